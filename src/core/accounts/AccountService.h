#pragma once

#include "accounts/KdfLimits.h"
#include "accounts/LoginThrottle.h"
#include "accounts/UserSession.h"
#include "common/Error.h"
#include "common/Result.h"
#include "common/SerialWorker.h"

#include <QObject>
#include <QString>

#include <functional>

namespace waveshelf {

class UserRepository;

// Creates local accounts and logs users in. The slow part (Argon2id hashing
// and key derivation) runs on the global thread pool; database reads and
// writes run on the thread that owns the service. New hashes and wrapped
// keys use KdfLimits::recommended(); a user whose were made with weaker
// limits is upgraded at a successful login (same data key, one UPDATE).
// Failed logins are throttled per name through the database (LoginThrottle),
// so every process on it shares the backoff. Each request's result goes
// to its `done`, unless `context` was destroyed first (the request still
// finishes: an account being created is created).
//
// One request at a time: a call while isBusy() is ignored (logged; its `done`
// never runs). Invalid input is reported through `done` before the call
// returns. Deleting the service while a job runs is safe; the job's result is
// dropped.
class AccountService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)

public:
    static constexpr int kMaxUsernameLength = 64;
    static constexpr int kMinPasswordLength = 8;

    explicit AccountService(UserRepository &users, QObject *parent = nullptr);
    ~AccountService() override;

    using SessionCallback = std::function<void(Result<UserSession>)>;

    // Validates, hashes, creates the user and the vault; the new user's session.
    // Fails with InvalidInput, AlreadyExists, Database or Crypto.
    void createAccount(const QString &username, const QString &password, QObject *context, SessionCallback done);
    // Verifies and unlocks; the user's session. An unknown user and a wrong
    // password fail alike (WrongCredentials, same message, similar time);
    // repeated failures for a name are refused for a while (RateLimited).
    void logIn(const QString &username, const QString &password, QObject *context, SessionCallback done);
    [[nodiscard]] bool isBusy() const { return m_worker.isBusy(); }
    // Whether this computer has any local account yet (the login page opens on
    // "Create account" when not).
    [[nodiscard]] Result<bool> hasAccounts() const;

    // The clock the login throttle reads (tests set one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // For tests only, to keep a suite that makes many users fast: cheaper
    // Argon2id limits for what this service makes (never below interactive).
    void setKdfLimits(KdfLimits limits) { m_limits = KdfLimits::atLeastInteractive(limits); }
    [[nodiscard]] KdfLimits kdfLimits() const { return m_limits; }

    // The trimmed username, or InvalidInput (1..64 characters, no control characters).
    [[nodiscard]] static Result<QString> validateUsername(const QString &username);
    // InvalidInput unless at least 8 characters.
    [[nodiscard]] static Result<void> validatePassword(const QString &password);

signals:
    void busyChanged(bool busy);

private:
    void continueCreate(const QString &username, const QString &password, const QByteArray &hash,
                        const Delivery<UserSession> &delivery);
    [[nodiscard]] Error throttleError(const QDateTime &until) const;

    UserRepository &m_users;
    LoginThrottle m_throttle;
    std::function<QDateTime()> m_clock = &QDateTime::currentDateTimeUtc;
    KdfLimits m_limits = KdfLimits::recommended();
    SerialWorker m_worker;
};

}  // namespace waveshelf
