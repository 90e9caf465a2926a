#pragma once

#include "accounts/LocalUser.h"
#include "common/Result.h"
#include "common/SerialWorker.h"

#include <QObject>
#include <QString>

#include <functional>

namespace waveshelf {

class UserRepository;

// Changes a local user's password. The user's data key is unwrapped with the
// old password and wrapped again under the new one, so the sealed SoundCloud
// tokens stay readable; the password hash and the new vault material are
// written in one statement. The slow part (Argon2id verify, unwrap, rewrap,
// hash) runs on the global thread pool; the database is used on the thread
// that owns this object. The result goes to `done`, unless `context` was
// destroyed first.
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

    // The user whose password was changed.
    void change(const QString &username, const QString &oldPassword, const QString &newPassword,
                QObject *context, std::function<void(Result<LocalUser>)> done);
    [[nodiscard]] bool isBusy() const { return m_worker.isBusy(); }

signals:
    void busyChanged(bool busy);

private:
    UserRepository &m_users;
    SerialWorker m_worker;
};

}  // namespace waveshelf
