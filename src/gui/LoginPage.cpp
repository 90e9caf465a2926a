#include "LoginPage.h"

#include "ui_LoginPage.h"

#include "ErrorLabelStyle.h"
#include "accounts/AccountService.h"

#include <QAccessible>
#include <QFont>

namespace waveshelf {

LoginPage::LoginPage(AccountService &accounts, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginPage>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);

    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    ErrorLabelStyle::apply(m_ui->errorLabel);
    m_ui->errorLabel->hide();
    // Hidden, the busy indicator keeps its place: the form stays where it is.
    QSizePolicy busyPolicy = m_ui->busyWidget->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_ui->busyWidget->setSizePolicy(busyPolicy);
    m_ui->busyWidget->hide();

    // A plain QWidget has no default button: Enter in any field submits.
    connect(m_ui->usernameLineEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->passwordLineEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->repeatPasswordLineEdit, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_ui->logInPushButton, &QPushButton::clicked, this, &LoginPage::logIn);
    connect(m_ui->createAccountPushButton, &QPushButton::clicked, this, &LoginPage::createAccount);
    connect(m_ui->backPushButton, &QPushButton::clicked, this, [this] { setCreating(false); });

    connect(&m_accounts, &AccountService::busyChanged, this, &LoginPage::setBusy);

    // A new username starts the count of wrong passwords again.
    connect(m_ui->usernameLineEdit, &QLineEdit::textEdited, this, [this] { m_wrongPasswords = 0; });

    setCreating(!hasAccounts());
    setBusy(m_accounts.isBusy());
    setFocusProxy(m_ui->usernameLineEdit);
}

bool LoginPage::hasAccounts() const
{
    // Unreadable: the login form, where logging in names the database's fault.
    const Result<bool> any = m_accounts.hasAccounts();
    return !any.ok() || any.value();
}

LoginPage::~LoginPage() = default;

void LoginPage::reset()
{
    m_ui->usernameLineEdit->clear();
    clearPasswords();
    clearError();
    m_wrongPasswords = 0;
    setCreating(!hasAccounts());
    m_ui->usernameLineEdit->setFocus();
}

void LoginPage::submit()
{
    if (m_creating)
        createAccount();
    else
        logIn();
}

void LoginPage::logIn()
{
    if (m_accounts.isBusy())
        return;
    if (m_creating) {
        setCreating(false);
        return;
    }
    clearError();
    m_accounts.logIn(m_ui->usernameLineEdit->text(), m_ui->passwordLineEdit->text(), this,
                     [this](const Result<UserSession> &answer) { onAnswer(answer); });
    if (m_accounts.isBusy())
        emit loggingIn();
}

void LoginPage::createAccount()
{
    if (m_accounts.isBusy())
        return;
    if (!m_creating) {
        // First click: ask for the password a second time.
        setCreating(true);
        return;
    }
    clearError();
    if (m_ui->passwordLineEdit->text() != m_ui->repeatPasswordLineEdit->text()) {
        showError(tr("The two passwords are not the same. Please type them again."));
        clearPasswords();
        m_ui->passwordLineEdit->setFocus();
        return;
    }
    m_accounts.createAccount(m_ui->usernameLineEdit->text(), m_ui->passwordLineEdit->text(), this,
                             [this](const Result<UserSession> &answer) { onAnswer(answer); });
}

void LoginPage::setCreating(bool creating)
{
    m_creating = creating;
    clearError();
    m_ui->titleLabel->setText(creating ? tr("Create a Waveshelf account") : tr("Log in to Waveshelf"));
    m_ui->repeatPasswordLabel->setVisible(creating);
    m_ui->repeatPasswordLineEdit->setVisible(creating);
    m_ui->repeatPasswordLineEdit->clear();
    m_ui->backPushButton->setVisible(creating);
    m_ui->logInPushButton->setVisible(!creating);
    m_ui->logInPushButton->setDefault(!creating);
    m_ui->createAccountPushButton->setDefault(creating);
    m_ui->passwordLineEdit->setPlaceholderText(
        creating ? tr("At least %n characters", nullptr, AccountService::kMinPasswordLength) : QString());
    if (creating) {
        if (m_ui->usernameLineEdit->text().trimmed().isEmpty())
            m_ui->usernameLineEdit->setFocus();
        else if (m_ui->passwordLineEdit->text().isEmpty())
            m_ui->passwordLineEdit->setFocus();
        else
            m_ui->repeatPasswordLineEdit->setFocus();
    }
}

void LoginPage::setBusy(bool busy)
{
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->usernameLineEdit), static_cast<QWidget *>(m_ui->passwordLineEdit),
          static_cast<QWidget *>(m_ui->repeatPasswordLineEdit), static_cast<QWidget *>(m_ui->logInPushButton),
          static_cast<QWidget *>(m_ui->createAccountPushButton), static_cast<QWidget *>(m_ui->backPushButton)}) {
        widget->setEnabled(!busy);
    }
    m_ui->busyLabel->setText(m_creating ? tr("Creating your account…") : tr("Checking your password…"));
    m_ui->busyProgressBar->setAccessibleDescription(m_ui->busyLabel->text());
    m_ui->busyWidget->setVisible(busy);
    if (busy) {
        clearError();
        QAccessibleEvent event(m_ui->busyLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void LoginPage::onAnswer(const Result<UserSession> &answer)
{
    if (!answer.ok()) {
        onFailed(answer.error());
        return;
    }
    clearPasswords();
    emit loggedIn(answer.value());
}

void LoginPage::onFailed(const Error &error)
{
    QString message = error.message.isEmpty() ? tr("Something went wrong. Please try again.") : error.message;
    if (error.kind == ErrorKind::WrongCredentials && !m_creating && ++m_wrongPasswords >= 2) {
        // A second miss in a row may be a forgotten password (the first is usually a typo).
        // It also locks the user's SoundCloud tokens: nobody can reset it.
        message += QLatin1Char('\n')
            + tr("Forgot your password? It cannot be recovered, because it also locks your SoundCloud "
                 "connection. Create a new account and connect SoundCloud again.");
    }
    showError(message);
    clearPasswords();
    if (m_ui->usernameLineEdit->text().trimmed().isEmpty())
        m_ui->usernameLineEdit->setFocus();
    else
        m_ui->passwordLineEdit->setFocus();
}

void LoginPage::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setAccessibleDescription(message);
    m_ui->errorLabel->show();
    // Announce it as screen readers announce an alert.
    QAccessibleEvent event(m_ui->errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void LoginPage::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorLabel->setAccessibleDescription(QString());
    m_ui->errorLabel->hide();
}

void LoginPage::clearPasswords()
{
    m_ui->passwordLineEdit->clear();
    m_ui->repeatPasswordLineEdit->clear();
}

}  // namespace waveshelf
