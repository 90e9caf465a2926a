#pragma once

#include "accounts/KdfLimits.h"
#include "accounts/UserSession.h"
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

// Changes a local user's password. The user gets a NEW data key, wrapped
// under the new password: a copy of the old users row with the old password
// opens nothing sealed after the change. In one write transaction the
// password hash and the new vault material are replaced (only if the hash is
// still the one checked) and the user's SoundCloud tokens are opened with
// the old key and sealed with the new one (refused, and nothing written,
// while a refresh of that connection holds its lease). The slow part
// (Argon2id verify, unwrap, new wrap, hash) runs on the global thread pool;
// the database is used on the thread that owns this object. The result (the
// user with the new vault: a session still holding the old one can no longer
// open the tokens) goes to `done`, unless `context` was destroyed first.
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
    explicit PasswordChange(UserRepository &users, QObject *parent = nullptr);
    ~PasswordChange() override;

    // The user whose password was changed, with the new vault.
    void change(const QString &username, const QString &oldPassword, const QString &newPassword, QObject *context,
                std::function<void(Result<UserSession>)> done);
    [[nodiscard]] bool isBusy() const { return m_worker.isBusy(); }
    // For tests only: cheaper Argon2id limits (never below interactive).
    void setKdfLimits(KdfLimits limits) { m_limits = KdfLimits::atLeastInteractive(limits); }

signals:
    void busyChanged(bool busy);

private:
    [[nodiscard]] Result<void> store(const StoredUser &user, const Credentials &fresh,
                                     const std::shared_ptr<const Vault> &oldVault, const Vault &newVault);

    UserRepository &m_users;
    KdfLimits m_limits = KdfLimits::recommended();
    SerialWorker m_worker;
};

}  // namespace waveshelf
