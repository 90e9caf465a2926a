#include "ChangePasswordDialog.h"

#include "ErrorLabelStyle.h"
#include "accounts/AccountService.h"
#include "accounts/PasswordChange.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace waveshelf {

namespace {

QLineEdit *passwordField(QWidget *parent, const QString &objectName, const QString &label)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(label);
    return edit;
}

}  // namespace

ChangePasswordDialog::ChangePasswordDialog(PasswordChange &change, QString username, QWidget *parent)
    : QDialog(parent)
    , m_change(change)
    , m_username(std::move(username))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change Password"));
    const QString currentLabel = tr("Current password");
    const QString newLabel = tr("New password");
    const QString repeatLabel = tr("Repeat new password");
    m_currentLineEdit = passwordField(this, QStringLiteral("currentPasswordLineEdit"), currentLabel);
    m_newLineEdit = passwordField(this, QStringLiteral("newPasswordLineEdit"), newLabel);
    m_repeatLineEdit = passwordField(this, QStringLiteral("repeatPasswordLineEdit"), repeatLabel);

    auto *intro = new QLabel(tr("You stay connected to SoundCloud: Waveshelf renews your SoundCloud sign-in and "
                                "locks it with the new password, so the old password opens nothing that still "
                                "works."),
                             this);
    intro->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    ErrorLabelStyle::apply(m_errorLabel);
    m_errorLabel->hide();
    m_busyProgressBar = new QProgressBar(this);
    m_busyProgressBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyProgressBar->setRange(0, 0);
    m_busyProgressBar->setAccessibleName(tr("Changing your password"));
    m_busyProgressBar->hide();
    m_buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Change Password"));
    m_buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Change Password"));

    auto *form = new QFormLayout;
    form->addRow(currentLabel, m_currentLineEdit);
    form->addRow(newLabel, m_newLineEdit);
    form->addRow(repeatLabel, m_repeatLineEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyProgressBar);
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_change, &PasswordChange::busyChanged, this, &ChangePasswordDialog::setBusy);
}

void ChangePasswordDialog::accept()
{
    if (m_change.isBusy())
        return;
    m_errorLabel->hide();
    if (m_newLineEdit->text() != m_repeatLineEdit->text()) {
        showError(tr("The new passwords do not match."));
        m_repeatLineEdit->clear();
        m_repeatLineEdit->setFocus();
        return;
    }
    if (const Result<void> valid = AccountService::validatePassword(m_newLineEdit->text()); !valid.ok()) {
        showError(valid.error().message);
        m_newLineEdit->setFocus();
        return;
    }
    m_change.change(m_username, m_currentLineEdit->text(), m_newLineEdit->text(), this,
                    [this](const Result<PasswordChanged> &changed) {
                        if (changed.ok()) {
                            m_changed = changed.value();
                            QDialog::accept();
                        } else {
                            onFailed(changed.error());
                        }
                    });
}

QString ChangePasswordDialog::doneMessage(GrantRenewal grant)
{
    switch (grant) {
    case GrantRenewal::Renewed:
        return tr("Your password was changed, and your SoundCloud sign-in renewed.");
    case GrantRenewal::AtNextUse:
        return tr("Your password was changed. Your SoundCloud sign-in is renewed the next time Waveshelf reaches "
                  "SoundCloud.");
    case GrantRenewal::NoConnection:
        break;
    }
    return tr("Your password was changed.");
}

void ChangePasswordDialog::setBusy(bool busy)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_currentLineEdit), static_cast<QWidget *>(m_newLineEdit),
                            static_cast<QWidget *>(m_repeatLineEdit), static_cast<QWidget *>(m_buttonBox)})
        widget->setEnabled(!busy);
    m_busyProgressBar->setVisible(busy);
}

void ChangePasswordDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setAccessibleDescription(message);
    m_errorLabel->show();
}

void ChangePasswordDialog::onFailed(const Error &error)
{
    showError(error.message);
    m_currentLineEdit->clear();
    m_currentLineEdit->setFocus();
}

}  // namespace waveshelf
