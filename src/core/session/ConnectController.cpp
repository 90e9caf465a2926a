#include "session/ConnectController.h"

#include "auth/LoopbackReceiver.h"
#include "common/LogCategories.h"
#include "config/AppConfig.h"
#include "session/ConnectFlow.h"
#include "session/SignInWindow.h"
#include "session/SignInWindowFactory.h"
#include "session/UserContext.h"

namespace waveshelf {

ConnectController::ConnectController(UserContext &context, SignInWindowFactory *windows, BrowserOpener opener,
                                     QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_windows(windows)
    , m_opener(std::move(opener))
    , m_browserTimeout(LoopbackReceiver::kDefaultTimeout)
{
}

ConnectController::~ConnectController()
{
    // A running attempt ends without a word: nothing is stored, the port and the window close.
    if (ConnectFlow *flow = m_flow.data()) {
        flow->disconnect(this);
        delete flow;
    }
    delete m_receiver.data();
    delete m_window.data();
}

Result<void> ConnectController::checkCanConnect(const AppConfig &config)
{
    if (config.hasClientId())
        return {};
    return Error{ErrorKind::InvalidInput,
                 tr("No SoundCloud app is set up yet. Enter your app's client ID in Waveshelf's File → Settings "
                    "(or set WAVESHELF_CLIENT_ID)."),
                 QStringLiteral("no client id")};
}

Result<void> ConnectController::checkCanUseBrowser(const AppConfig &config)
{
    if (const Result<void> ready = checkCanConnect(config); !ready.ok())
        return ready;
    if (const Result<quint16> port = LoopbackReceiver::loopbackPort(config.redirectUri); !port.ok())
        return port.error();
    return {};
}

SignInWindow *ConnectController::signInWindow() const
{
    return m_window.data();
}

bool ConnectController::isWaitingForBrowser() const
{
    return !m_receiver.isNull();
}

void ConnectController::setBrowserOpener(BrowserOpener opener)
{
    m_opener = std::move(opener);
}

void ConnectController::setBrowserTimeout(std::chrono::milliseconds timeout)
{
    m_browserTimeout = timeout;
}

void ConnectController::connectInWindow()
{
    if (bringForward())
        return;
    if (const Result<void> ready = checkCanConnect(m_context.config()); !ready.ok()) {
        emit failed(ready.error());
        return;
    }
    if (!m_windows) {
        emit failed(Error{ErrorKind::NotFound,
                          tr("Waveshelf's own sign-in window is not available here. Sign in with your web "
                             "browser instead."),
                          QStringLiteral("no embedded sign-in window")});
        return;
    }
    const Result<SignInWindow *> made = m_windows->create(m_context.user().id, this);
    if (!made.ok()) {
        emit failed(made.error());  // the web browser remains
        return;
    }
    SignInWindow *window = made.value();
    const ConnectFlow *flow = startFlow();
    m_window = window;
    connect(window, &SignInWindow::redirectReceived, this, [this](const QUrl &url) {
        dropWindow();
        if (m_flow)
            m_flow->complete(url);
    });
    connect(window, &SignInWindow::closedByUser, this, [this] {
        dropWindow();
        if (m_flow)
            m_flow->cancelByUser();
    });
    connect(window, &SignInWindow::browserSignInRequested, this, &ConnectController::switchToBrowser);
    setState(State::InWindow);
    window->open(flow->request().url, flow->request().redirectUri);
}

void ConnectController::switchToBrowser()
{
    // The window's attempt ends here (no failure to report); a browser attempt replaces it.
    endAttempt();
    connectWithBrowser();
}

void ConnectController::connectWithBrowser()
{
    if (bringForward())
        return;
    if (const Result<void> ready = checkCanUseBrowser(m_context.config()); !ready.ok()) {
        emit failed(ready.error());
        return;
    }
    ConnectFlow *flow = startFlow();
    flow->setConfirmFirstConnection(true);  // see confirmAccount()
    auto *receiver = new LoopbackReceiver(flow->request().redirectUri, flow->request().state, this);
    receiver->setTimeout(m_browserTimeout);
    if (const Result<void> started = receiver->start(); !started.ok()) {
        delete receiver;
        finishWithError(started.error());  // no browser opened for an answer nobody could receive
        return;
    }
    m_receiver = receiver;
    connect(receiver, &LoopbackReceiver::redirectReceived, this, [this](const QUrl &url) {
        if (m_flow)
            m_flow->complete(url);
    });
    connect(receiver, &LoopbackReceiver::failed, this, &ConnectController::finishWithError);
    setState(State::WaitingForBrowser);
    emit waitingForBrowser(receiver->serverPort());
    if (!m_opener || !m_opener(flow->request().url)) {
        finishWithError(Error{ErrorKind::Unreachable,
                              m_windows ? tr("Waveshelf could not open your web browser. Check that a default web "
                                             "browser is set up, or connect in Waveshelf's own window instead.")
                                        : tr("Waveshelf could not open your web browser. Check that a default web "
                                             "browser is set up."),
                              QStringLiteral("opening the system browser failed")});
    }
}

void ConnectController::openBrowserAgain()
{
    if (m_state == State::WaitingForBrowser && m_flow && m_opener)
        m_opener(m_flow->request().url);
}

bool ConnectController::bringForward()
{
    if (m_window) {
        m_window->raise();
        return true;
    }
    if (m_state == State::WaitingForBrowser) {
        openBrowserAgain();
        return true;
    }
    return m_state != State::Idle;  // finishing or asking: nothing to start or show
}

ConnectFlow *ConnectController::startFlow()
{
    ConnectFlow *flow = m_context.startConnect();
    m_flow = flow;
    connect(flow, &ConnectFlow::exchanging, this, [this] {
        setState(State::Exchanging);
        emit exchanging();
    });
    connect(flow, &ConnectFlow::connected, this, [this](const SoundCloudAccount &account) {
        endAttempt();
        emit connected(account);
    });
    connect(flow, &ConnectFlow::failed, this, &ConnectController::finishWithError);
    connect(flow, &ConnectFlow::differentAccount, this,
            [this](const SoundCloudAccount &stored, const SoundCloudAccount &signedIn) {
                setState(State::ConfirmingAccount);
                emit differentAccount(stored, signedIn);
            });
    connect(flow, &ConnectFlow::confirmAccount, this, [this](const SoundCloudAccount &signedIn) {
        setState(State::ConfirmingAccount);
        emit confirmAccount(signedIn);
    });
    // The context ended the attempt (disconnected, or is going away): so does the controller.
    connect(flow, &QObject::destroyed, this, &ConnectController::endAttempt);
    return flow;
}

void ConnectController::cancel()
{
    switch (m_state) {
    case State::Idle:
        return;
    case State::WaitingForBrowser:
        if (m_receiver)
            m_receiver->cancel();  // failed(Cancelled) with its own words -> finishWithError
        return;
    case State::ConfirmingAccount:
        decline();
        return;
    case State::InWindow:
    case State::Exchanging:
        qCInfo(lcAuth) << "connect attempt cancelled";
        finishWithError(Error{ErrorKind::Cancelled, tr("Connecting to SoundCloud was cancelled. Nothing was changed."),
                              QStringLiteral("connect attempt cancelled")});
        return;
    }
}

void ConnectController::confirm()
{
    if (m_state == State::ConfirmingAccount && m_flow)
        m_flow->confirm();
}

void ConnectController::decline()
{
    if (m_state == State::ConfirmingAccount && m_flow)
        m_flow->decline();
}

void ConnectController::confirmReplace()
{
    confirm();
}

void ConnectController::keepExisting()
{
    decline();
}

void ConnectController::disconnectAccount(QObject *context, std::function<void(Result<void>)> done)
{
    endAttempt();  // an attempt still running ends with the connection
    m_context.disconnect(context, std::move(done));
    if (m_windows)
        m_windows->forgetSignIn(m_context.user().id);
}

Result<void> ConnectController::disconnectAccount()
{
    endAttempt();
    if (const Result<void> removed = m_context.disconnect(); !removed.ok())
        return removed;
    if (m_windows)
        m_windows->forgetSignIn(m_context.user().id);
    return {};
}

void ConnectController::dropWindow()
{
    if (SignInWindow *window = m_window.data()) {
        m_window = nullptr;
        window->disconnect(this);
        window->close();
        window->deleteLater();  // possibly inside its own signal
    }
}

void ConnectController::endAttempt()
{
    if (ConnectFlow *flow = m_flow.data()) {
        m_flow = nullptr;
        flow->disconnect(this);
        flow->deleteLater();
    }
    if (LoopbackReceiver *receiver = m_receiver.data()) {
        m_receiver = nullptr;
        receiver->disconnect(this);
        receiver->cancel();  // closes the port now if it is still open; nobody hears its signal
        receiver->deleteLater();
    }
    dropWindow();
    setState(State::Idle);
}

void ConnectController::finishWithError(const Error &error)
{
    endAttempt();
    emit failed(error);
}

void ConnectController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

}  // namespace waveshelf
