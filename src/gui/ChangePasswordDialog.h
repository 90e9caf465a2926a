#pragma once

#include "accounts/PasswordChange.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace waveshelf {

struct Error;

// "Change Password…": the current password and the new one twice. The
// user's SoundCloud connection survives (its grant renewed, its tokens sealed
// again under the user's new data key; changed() holds the new vault). The
// slow key work and the renewal run off the GUI thread with a busy state.
class ChangePasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(PasswordChange &change, QString username, QWidget *parent = nullptr);

    void accept() override;
    // After acceptance: the user with the new vault, and what became of the grant.
    [[nodiscard]] const PasswordChanged &changed() const { return m_changed; }
    // What the window says once the change is done.
    [[nodiscard]] static QString doneMessage(GrantRenewal grant);

private:
    void setBusy(bool busy);
    void showError(const QString &message);
    void onFailed(const Error &error);

    PasswordChange &m_change;
    QString m_username;
    PasswordChanged m_changed;
    QLineEdit *m_currentLineEdit;
    QLineEdit *m_newLineEdit;
    QLineEdit *m_repeatLineEdit;
    QLabel *m_errorLabel;
    QProgressBar *m_busyProgressBar;
    QDialogButtonBox *m_buttonBox;
};

}  // namespace waveshelf
