#pragma once

#include "accounts/UserSession.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace waveshelf {

class PasswordChange;
struct Error;

// "Change Password…": the current password and the new one twice. The
// user's SoundCloud connection survives (its tokens are sealed again under
// the user's new data key; session() holds the new vault). The slow key work
// runs off the GUI thread with a busy state.
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(PasswordChange &change, QString username, QWidget *parent = nullptr);

    void accept() override;
    // After acceptance: the user with the new vault.
    [[nodiscard]] const UserSession &session() const { return m_session; }

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void onFailed(const Error &error);

    PasswordChange &m_change;
    QString m_username;
    UserSession m_session;
    QLineEdit *m_currentLineEdit;
    QLineEdit *m_newLineEdit;
    QLineEdit *m_repeatLineEdit;
    QLabel *m_errorLabel;
    QProgressBar *m_busyProgressBar;
    QDialogButtonBox *m_buttonBox;
};

}  // namespace waveshelf
