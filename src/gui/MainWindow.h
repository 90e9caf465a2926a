#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QStackedWidget;

namespace waveshelf {

class AppCore;
class ClientSecretStore;
class FirstRunPage;
class LibraryPage;
class PlaybackUi;
class SandboxProcess;
class LoginPage;
class SignInWindowFactory;
class UserContext;
struct AppConfig;
struct UserSession;

// The one main window: the local login, then the logged-in user's library.
// Thin: pages do the work; this wires menus, title and status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Both must outlive the window.
    MainWindow(AppCore &core, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] LoginPage *loginPage() const { return m_loginPage; }
    // The first-run guide while it shows (no SoundCloud app configured), else nullptr.
    [[nodiscard]] FirstRunPage *firstRunPage() const;
    [[nodiscard]] LibraryPage *libraryPage() const;
    // The player bar, queue and Playback menu (the user's player while logged in).
    [[nodiscard]] PlaybackUi &playback() const { return *m_playback; }

    void logOut();

private:
    void onLoggedIn(const UserSession &session);
    void leaveFirstRun(const AppConfig &config);
    void loadClientSecret();
    void openSettings();
    void changePassword();
    void showAbout();
    void updateTitle();
    void updateActions();

    AppCore &m_core;
    std::unique_ptr<SignInWindowFactory> m_signInWindows;  // outlives m_user
    std::unique_ptr<ClientSecretStore> m_secrets;
    SandboxProcess *m_sandbox;  // child; stops the sandbox (if started) with the window

    std::unique_ptr<UserContext> m_user;
    QStackedWidget *m_stack;
    LoginPage *m_loginPage;
    QPointer<FirstRunPage> m_firstRun;
    QPointer<LibraryPage> m_libraryPage;
    QLabel *m_serviceLabel;
    PlaybackUi *m_playback = nullptr;
    QAction *m_logOutAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
};

}  // namespace waveshelf
