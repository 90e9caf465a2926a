#pragma once

#include "common/Error.h"
#include "common/Result.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>

namespace waveshelf {

struct AppConfig;
class ConnectFlow;
class LoopbackReceiver;
class SignInWindow;
class SignInWindowFactory;
class UserContext;

// "Connect to SoundCloud" for one logged-in local user, as the app and the
// command line both run it. One attempt at a time, in one of two ways:
// - an embedded sign-in window (SignInWindow, made by the factory passed in;
//   without a factory that way is unavailable and says so), or
// - the system web browser (RFC 8252): the injected opener shows the authorize
//   URL (the app: QDesktopServices; the CLI prints it) and a LoopbackReceiver
//   on 127.0.0.1 at the redirect URI's port takes the answer (exact path, state
//   checked, strays ignored, timeout, cancel).
// Either way ConnectFlow then checks the state, exchanges the code (PKCE),
// reads /me and stores the connection. A request for a new attempt while one
// runs brings the running one forward (raises the window, opens the page
// again) instead.
//
// Progress is announced with signals: stateChanged() on every change, then
// connected() or failed() once per attempt (after the state is back to Idle).
// differentAccount() waits for confirmReplace() or keepExisting().
// After a web browser sign-in for a FIRST connection, confirmAccount() names
// the signed-in SoundCloud account and waits for confirm() or decline():
// the sign-in address (state, code challenge) passes through xdg-open's
// command line, which other local users can read, so one of them could
// finish the sign-in with their own account. Nothing is stored until
// confirm(); decline() drops the tokens. The embedded window asks nothing.
// Destroying the controller (it is a child of the UserContext in the app) ends
// a running attempt without a signal: the window closes, the port closes and a
// late answer is dropped. It must not outlive its UserContext.
class ConnectController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectController)

public:
    enum class State {
        Idle,
        InWindow,           // the embedded window shows SoundCloud's sign-in page
        WaitingForBrowser,  // the loopback port is open for the web browser's answer
        Exchanging,         // code received: waiting for SoundCloud's token and account answers
        ConfirmingAccount,  // waiting for the user: confirmAccount() or differentAccount()
    };
    Q_ENUM(State)

    // Shows a URL in the system web browser; false if that failed.
    using BrowserOpener = std::function<bool(const QUrl &)>;

    // windows may be null (no embedded sign-in); otherwise it must outlive the controller.
    ConnectController(UserContext &context, SignInWindowFactory *windows, BrowserOpener opener,
                      QObject *parent = nullptr);
    ~ConnectController() override;

    // Whether this configuration can connect at all (a client ID), and through
    // the web browser (also a redirect URI this computer can receive on).
    // The same words for the app and the command line.
    [[nodiscard]] static Result<void> checkCanConnect(const AppConfig &config);
    [[nodiscard]] static Result<void> checkCanUseBrowser(const AppConfig &config);

    void connectInWindow();
    void connectWithBrowser();
    // While waiting for the web browser: shows the sign-in page in it again.
    void openBrowserAgain();
    // Ends the running attempt with failed(Cancelled); nothing is stored.
    void cancel();
    // After differentAccount(): replace the connected account, or keep it.
    void confirmReplace();
    void keepExisting();
    // After confirmAccount(): connect the signed-in account, or store nothing.
    void confirm();
    void decline();
    // Forgets the connection (ending a running attempt without a signal) and
    // what the user's sign-in windows remember, at once; the library cache is
    // deleted on its worker, then `done` (UserContext::disconnect).
    void disconnectAccount(QObject *context, std::function<void(Result<void>)> done);
    // The same, waiting for the cache on the caller's thread (prefer the above).
    [[nodiscard]] Result<void> disconnectAccount();

    void setBrowserOpener(BrowserOpener opener);
    // How long to wait for the web browser (LoopbackReceiver's default: 5 minutes).
    void setBrowserTimeout(std::chrono::milliseconds timeout);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isBusy() const { return m_state != State::Idle; }
    [[nodiscard]] bool hasSignInWindow() const { return m_windows != nullptr; }
    // The open embedded window of the running attempt, if any.
    [[nodiscard]] SignInWindow *signInWindow() const;
    // From the start of a web browser attempt until it ends (connected or failed).
    [[nodiscard]] bool isWaitingForBrowser() const;

signals:
    void stateChanged(waveshelf::ConnectController::State state);
    // The web browser was sent to SoundCloud; the answer is awaited on this port.
    void waitingForBrowser(quint16 port);
    void exchanging();
    void connected(const waveshelf::SoundCloudAccount &account);
    void failed(const waveshelf::Error &error);
    void differentAccount(const waveshelf::SoundCloudAccount &stored, const waveshelf::SoundCloudAccount &signedIn);
    // The web browser signed in to this account for a first connection: is it the user's?
    void confirmAccount(const waveshelf::SoundCloudAccount &signedIn);

private:
    [[nodiscard]] bool bringForward();
    [[nodiscard]] ConnectFlow *startFlow();
    void switchToBrowser();
    void dropWindow();
    void endAttempt();
    void finishWithError(const Error &error);
    void setState(State state);

    UserContext &m_context;
    SignInWindowFactory *m_windows;
    BrowserOpener m_opener;
    std::chrono::milliseconds m_browserTimeout;
    State m_state = State::Idle;
    QPointer<ConnectFlow> m_flow;
    QPointer<SignInWindow> m_window;
    QPointer<LoopbackReceiver> m_receiver;
};

}  // namespace waveshelf
