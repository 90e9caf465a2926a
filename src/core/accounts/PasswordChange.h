#pragma once

#include "accounts/KdfLimits.h"
#include "accounts/UserSession.h"
#include "auth/GrantRenewal.h"
#include "common/Result.h"
#include "common/SerialWorker.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace waveshelf {

class UserRepository;
class Vault;
struct Credentials;
struct StoredUser;

// What a password change gives back.
struct PasswordChanged {
    UserSession session;  // the user, with the new vault
    GrantRenewal grant = GrantRenewal::NoConnection;
};

// Changes a local user's password. The user gets a NEW data key, wrapped
// under the new password: a copy of the old users row with the old password
// opens nothing sealed after the change. In one write transaction the
// password hash and the new vault material are replaced (only if the hash is
// still the one checked) and the user's SoundCloud tokens are opened with
// the old key and sealed with the new one (refused, and nothing written,
// while a refresh of that connection holds its lease).
//
// Before that, with the old password checked, the SoundCloud grant itself is
// renewed (setGrantRenewal, GrantRotation: one refresh, so the pair that a
// copy of the database from before the change holds is dead at SoundCloud).
// When that cannot happen now (offline; no renewal set) the change still
// completes and the connection is marked for renewal at its next use. After
// the commit the write-ahead log is checkpointed, so the old rows leave the
// database files (the connections use secure_delete). The slow part
// (Argon2id verify, unwrap, new wrap, hash) runs on the global thread pool;
// the database is used on the thread that owns this object. The result (the
// user with the new vault: a session still holding the old one can no longer
// open the tokens; what became of the grant) goes to `done`, unless `context`
// was destroyed first.
//
// One change at a time: a call while isBusy() is ignored (logged; its `done`
// never runs). Invalid input is reported through `done` before the call
// returns. An unknown user and a wrong old password fail alike
// (WrongCredentials, same message, same cost). Deleting the object while a job
// runs is safe; its result is dropped and nothing is written.
class PasswordChange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChange)

public:
    // Renews the grant of the user whose vault (opened with the old password)
    // it gets; calls `done` unless `context` is gone (GrantRotation::renew).
    using RenewGrant = std::function<void(std::shared_ptr<const Vault> oldVault, QObject *context,
                                          std::function<void(GrantRenewal)> done)>;

    explicit PasswordChange(UserRepository &users, QObject *parent = nullptr);
    ~PasswordChange() override;

    void change(const QString &username, const QString &oldPassword, const QString &newPassword, QObject *context,
                std::function<void(Result<PasswordChanged>)> done);
    // Without one, a connected user's grant is left for renewal at its next use.
    void setGrantRenewal(RenewGrant renew) { m_renewGrant = std::move(renew); }
    [[nodiscard]] bool isBusy() const { return m_worker.isBusy(); }
    // For tests only: cheaper Argon2id limits (never below interactive).
    void setKdfLimits(KdfLimits limits) { m_limits = KdfLimits::atLeastInteractive(limits); }

signals:
    void busyChanged(bool busy);

private:
    // Whether a connection was re-sealed (then marked for renewal unless `renewed`).
    [[nodiscard]] Result<bool> store(const StoredUser &user, const Credentials &fresh,
                                     const std::shared_ptr<const Vault> &oldVault, const Vault &newVault, bool renewed);

    UserRepository &m_users;
    RenewGrant m_renewGrant;
    KdfLimits m_limits = KdfLimits::recommended();
    SerialWorker m_worker;
};

}  // namespace waveshelf
