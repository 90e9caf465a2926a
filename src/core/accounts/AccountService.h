#pragma once

#include "accounts/LoginThrottle.h"
#include "accounts/UserSession.h"
#include "common/Error.h"
#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace waveshelf {

class UserRepository;

// Creates local accounts and logs users in. The slow part (Argon2id hashing
// and key derivation) runs on the global thread pool; database reads and
// writes run on the thread that owns the service. Results arrive as signals.
//
// One request at a time: a call while isBusy() is ignored (logged, no signal).
// Invalid input is reported synchronously through failed(). Deleting the
// service while a job runs is safe; the job's result is dropped.
class AccountService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)

public:
    static constexpr int kMaxUsernameLength = 64;
    static constexpr int kMinPasswordLength = 8;

    explicit AccountService(UserRepository &users, QObject *parent = nullptr);
    ~AccountService() override;

    // Validates, hashes, creates the user and the vault; emits loggedIn.
    // Fails with InvalidInput, AlreadyExists, Database or Crypto.
    void createAccount(const QString &username, const QString &password);
    // Verifies and unlocks; emits loggedIn. An unknown user and a wrong
    // password fail alike (WrongCredentials, same message, similar time).
    void logIn(const QString &username, const QString &password);
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // The clock the login throttle reads (tests set one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // The trimmed username, or InvalidInput (1..64 characters, no control characters).
    [[nodiscard]] static Result<QString> validateUsername(const QString &username);
    // InvalidInput unless at least 8 characters.
    [[nodiscard]] static Result<void> validatePassword(const QString &password);

signals:
    void busyChanged(bool busy);
    void loggedIn(const waveshelf::UserSession &session);
    void failed(const waveshelf::Error &error);

private:
    template <typename T, typename Job, typename Done>
    void runOffThread(Job job, Done done);

    void setBusy(bool busy);
    void finishWithError(const Error &error);
    void finishWithSession(UserSession session);
    void continueCreate(const QString &username, const QString &password, const QByteArray &hash);

    UserRepository &m_users;
    LoginThrottle m_throttle;
    std::function<QDateTime()> m_clock = &QDateTime::currentDateTimeUtc;
    bool m_busy = false;
};

}  // namespace waveshelf
