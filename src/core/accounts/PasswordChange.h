#pragma once

#include "accounts/LocalUser.h"
#include "common/Error.h"

#include <QObject>
#include <QString>

namespace waveshelf {

class UserRepository;

// Changes a local user's password. The user's data key is unwrapped with the
// old password and wrapped again under the new one, so the sealed SoundCloud
// tokens stay readable; the password hash and the new vault material are
// written in one statement. The slow part (Argon2id verify, unwrap, rewrap,
// hash) runs on the global thread pool; the database is used on the thread
// that owns this object. Results arrive as signals.
//
// One change at a time: a call while isBusy() is ignored (logged, no signal).
// Invalid input is reported synchronously through failed(). An unknown user
// and a wrong old password fail alike (WrongCredentials, same message, same
// cost). Deleting the object while a job runs is safe; its result is dropped
// and nothing is written.
class PasswordChange final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChange)

public:
    explicit PasswordChange(UserRepository &users, QObject *parent = nullptr);
    ~PasswordChange() override;

    void change(const QString &username, const QString &oldPassword, const QString &newPassword);
    [[nodiscard]] bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    void changed(const waveshelf::LocalUser &user);
    void failed(const waveshelf::Error &error);

private:
    void setBusy(bool busy);
    void finishWithError(const Error &error);

    UserRepository &m_users;
    bool m_busy = false;
};

}  // namespace waveshelf
