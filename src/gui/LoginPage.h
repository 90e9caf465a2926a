#pragma once

#include "accounts/UserSession.h"
#include "common/Result.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LoginPage;
}

namespace waveshelf {

class AccountService;

// The local login: username and password, "Log in" or "Create account" (which asks
// for the password twice; the page opens on it while the computer has no account). Shows the busy state while the password is checked and
// failures inline, in plain words. The window listens to loggedIn.
class LoginPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)

public:
    explicit LoginPage(AccountService &accounts, QWidget *parent = nullptr);
    ~LoginPage() override;

    // Back to a blank login form (after logging out).
    void reset();

    [[nodiscard]] bool isCreatingAccount() const { return m_creating; }

signals:
    // A user logged in or created an account here.
    void loggedIn(const waveshelf::UserSession &session);
    // A login was handed to the accounts (its key derivation runs now).
    void loggingIn();

private:
    void submit();
    void logIn();
    void createAccount();
    void setCreating(bool creating);
    void setBusy(bool busy);
    void showError(const QString &message);
    void clearError();
    void onAnswer(const Result<UserSession> &answer);
    void onFailed(const Error &error);
    void clearPasswords();
    [[nodiscard]] bool hasAccounts() const;

    std::unique_ptr<Ui::LoginPage> m_ui;
    AccountService &m_accounts;
    bool m_creating = false;
    int m_wrongPasswords = 0;  // in a row, for the username typed
};

}  // namespace waveshelf
