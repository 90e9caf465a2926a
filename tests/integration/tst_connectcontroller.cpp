// ConnectController: one connect attempt at a time for a local user, in an
// embedded sign-in window or in the web browser with the loopback receiver,
// against the sandbox on loopback. The test plays the browser over HTTP
// (SandboxSignIn) and stands in for the embedded window with a SignInWindow
// that does the same; the real WebEngine popup is covered by the e2e tests.

#include "ConnectedUserFixture.h"
#include "LoopbackPort.h"
#include "SandboxHost.h"
#include "SandboxSignIn.h"
#include "app/AppCore.h"
#include "common/RetryBackoff.h"
#include "session/ConnectController.h"
#include "session/SignInWindow.h"
#include "session/SignInWindowFactory.h"
#include "session/UserContext.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace waveshelf;
using sandbox::SandboxHost;
using State = ConnectController::State;

namespace {

constexpr int kTimeoutMs = 20'000;

// What a browser's GET got: the status (0 when nothing answered).
int browse(QNetworkAccessManager &browser, const QUrl &url)
{
    QNetworkReply *reply = browser.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const int status = finished.wait(kTimeoutMs) ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                                                 : -1;
    reply->deleteLater();
    return status;
}

// The embedded window, played over HTTP: "signing in" posts the sandbox's
// form and hands its redirect back, as the popup does when it refuses the
// navigation to the redirect URI.
class HttpSignInWindow final : public SignInWindow {
    Q_OBJECT

public:
    using SignInWindow::SignInWindow;

    void open(const QUrl &authorizeUrl, const QUrl &redirectUri) override
    {
        m_authorizeUrl = authorizeUrl;
        m_redirectUri = redirectUri;
        m_open = true;
    }
    void raise() override { ++m_raised; }
    void close() override { m_open = false; }

    [[nodiscard]] bool approve(const QString &user, const QString &password)
    {
        QNetworkAccessManager browser;  // its own cookies: a fresh sign-in form
        const QUrl location = test::SandboxSignIn::approve(browser, m_authorizeUrl, user, password);
        if (location.isEmpty() || !m_open)
            return false;
        m_open = false;
        emit redirectReceived(location);
        return true;
    }
    void closeByUser()
    {
        m_open = false;
        emit closedByUser();
    }
    void askForBrowser()
    {
        m_open = false;
        emit browserSignInRequested();
    }

    [[nodiscard]] const QUrl &authorizeUrl() const { return m_authorizeUrl; }
    [[nodiscard]] const QUrl &redirectUri() const { return m_redirectUri; }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] int raised() const { return m_raised; }

private:
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    bool m_open = false;
    int m_raised = 0;
};

class HttpSignInWindows final : public SignInWindowFactory {
public:
    Result<SignInWindow *> create(qint64 userId, QObject *parent) override
    {
        ++created;
        lastUserId = userId;
        auto *window = new HttpSignInWindow(parent);
        last = window;
        return window;
    }
    void forgetSignIn(qint64 userId) override { forgotten.append(userId); }

    int created = 0;
    qint64 lastUserId = 0;
    QPointer<HttpSignInWindow> last;
    QList<qint64> forgotten;
};

// A logged-in local user with a controller, as MainWindow builds it: the
// controller is the context's child; the browser opener records the URLs.
struct Harness {
    Harness(SandboxHost &sandbox, const QUrl &redirectUri, bool withWindows = true, bool withClientId = true)
        : user(sandbox)
    {
        AppConfig config = user.config();
        config.redirectUri = redirectUri;
        if (!withClientId)
            config.clientId.clear();
        user.core().setConfig(config);
        context = user.core().createUserContext(user.session());
        controller = new ConnectController(
            *context, withWindows ? &windows : nullptr,
            [this](const QUrl &url) {
                opened.append(url);
                return true;
            },
            context.get());
    }

    [[nodiscard]] std::optional<SoundCloudAccount> stored() const
    {
        const auto account = context->connectedAccount();
        return account.ok() ? account.value() : std::nullopt;
    }

    test::ConnectedUserFixture user;
    HttpSignInWindows windows;  // outlives the context and its controller
    std::unique_ptr<UserContext> context;
    QPointer<ConnectController> controller;
    QList<QUrl> opened;
};

}  // namespace

class TestConnectController final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void browserSignInConnects();
    void decliningTheBrowserAccountStoresNothing();
    void browserReconnectOfTheSameAccountAsksNothing();
    void cancelClosesThePortAndStoresNothing();
    void timeoutEndsTheWait();
    void portInUseOpensNoBrowser();
    void browserThatCannotOpenEndsTheAttempt();
    void missingClientIdIsExplained();
    void redirectUriMustBeOnThisComputerForTheBrowser();
    void windowSignInConnects();
    void oneAttemptAtATime();
    void closingTheWindowStoresNothing();
    void windowCanSwitchToTheBrowser();
    void noEmbeddedWindowOffersTheBrowser();
    void differentAccountIsKeptUnlessConfirmed();
    void disconnectEndsTheAttemptAndForgetsTheSignIn();
    void destroyingTheControllerClosesThePort();
    void destroyingTheUserContextEndsTheAttempt();
    void rateLimitBackoff();

private:
    [[nodiscard]] bool connectInWindowAs(Harness &h, const QString &user, const QString &password);

    SandboxHost m_sandbox;
    quint16 m_port = 0;
    QUrl m_redirectUri;
    std::unique_ptr<QNetworkAccessManager> m_browser;
};

void TestConnectController::initTestCase()
{
    m_port = test::LoopbackPort::free();
    QVERIFY(m_port != 0);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port));
    sandbox::SandboxOptions options;
    options.redirectUris = {m_redirectUri};
    QVERIFY(m_sandbox.start(options));
}

void TestConnectController::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    m_browser = std::make_unique<QNetworkAccessManager>();  // a fresh browser session per test
}

bool TestConnectController::connectInWindowAs(Harness &h, const QString &user, const QString &password)
{
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    h.controller->connectInWindow();
    return h.windows.last && h.windows.last->approve(user, password)
        && QTest::qWaitFor([&] { return !connected.isEmpty(); }, kTimeoutMs);
}

void TestConnectController::browserSignInConnects()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy states(h.controller.data(), &ConnectController::stateChanged);
    QSignalSpy waiting(h.controller.data(), &ConnectController::waitingForBrowser);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);

    h.controller->connectWithBrowser();
    QCOMPARE(h.opened.size(), 1);
    QCOMPARE(h.opened.first().adjusted(QUrl::RemoveQuery), m_sandbox.authorizeUrl());
    QCOMPARE(QUrlQuery(h.opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             m_redirectUri.toString());
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().first().value<quint16>(), m_port);
    QCOMPARE(h.controller->state(), State::WaitingForBrowser);
    QVERIFY(h.controller->isWaitingForBrowser());
    QCOMPARE(h.windows.created, 0);
    QVERIFY(!test::LoopbackPort::isClosed(m_port));

    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    QVERIFY(!location.isEmpty());
    // A stray request (the browser's favicon) does not end the wait.
    QCOMPARE(browse(*m_browser, location.resolved(QUrl(QStringLiteral("/favicon.ico")))), 404);
    QVERIFY(h.controller->isWaitingForBrowser());
    QCOMPARE(browse(*m_browser, location), 200);

    // A first connection through the browser: the account is named and
    // nothing is stored until the user says it is theirs.
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, kTimeoutMs);
    QCOMPARE(asked.first().first().value<SoundCloudAccount>().username, QStringLiteral("alice"));
    QCOMPARE(h.controller->state(), State::ConfirmingAccount);
    QVERIFY(!h.stored());
    QCOMPARE(connected.size(), 0);
    h.controller->confirm();

    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.first().first().value<SoundCloudAccount>().username, QStringLiteral("alice"));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.controller->isWaitingForBrowser());
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    QCOMPARE(h.stored()->username, QStringLiteral("alice"));
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1);
    QList<State> seen;
    for (const QList<QVariant> &change : std::as_const(states))
        seen.append(change.first().value<State>());
    QCOMPARE(seen, (QList<State>{State::WaitingForBrowser, State::Exchanging, State::ConfirmingAccount, State::Idle}));
}

void TestConnectController::decliningTheBrowserAccountStoresNothing()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QCOMPARE(browse(*m_browser, location), 200);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, kTimeoutMs);
    QCOMPARE(asked.first().first().value<SoundCloudAccount>().username, QStringLiteral("bob"));

    h.controller->decline();
    QCOMPARE(failed.size(), 1);
    const Error declined = failed.first().first().value<Error>();
    QCOMPARE(declined.kind, ErrorKind::Cancelled);
    QVERIFY2(declined.message.contains(QStringLiteral("bob"))
                 && declined.message.contains(QStringLiteral("nothing was saved")),
             qPrintable(declined.message));
    QCOMPARE(connected.size(), 0);
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.stored());
    h.controller->confirm();  // too late: the tokens are gone
    QVERIFY(!h.stored());

    // Cancelling while asked is declining too.
    h.controller->connectWithBrowser();
    const QUrl again = test::SandboxSignIn::approve(*m_browser, h.opened.last(), QStringLiteral("bob"),
                                                    QStringLiteral("bob-password"));
    QCOMPARE(browse(*m_browser, again), 200);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, kTimeoutMs);
    h.controller->cancel();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.stored());
    QCOMPARE(connected.size(), 0);
}

void TestConnectController::browserReconnectOfTheSameAccountAsksNothing()
{
    Harness h(m_sandbox, m_redirectUri);
    QVERIFY(connectInWindowAs(h, QStringLiteral("carol"), QStringLiteral("carol-password")));
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    h.controller->connectWithBrowser();
    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("carol"),
                                                       QStringLiteral("carol-password"));
    QCOMPARE(browse(*m_browser, location), 200);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kTimeoutMs);
    QCOMPARE(asked.size(), 0);  // not a first connection: the same account again
}

void TestConnectController::cancelClosesThePortAndStoresNothing()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QVERIFY(!test::LoopbackPort::isClosed(m_port));

    h.controller->cancel();
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(error.message.contains(QStringLiteral("cancelled")));
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.controller->isWaitingForBrowser());
    QVERIFY(test::LoopbackPort::isClosed(m_port));

    // Approving afterwards in the still-open browser tab reaches nobody.
    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QCOMPARE(browse(*m_browser, location), 0);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(!h.stored());
    QCOMPARE(failed.size(), 1);
}

void TestConnectController::timeoutEndsTheWait()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->setBrowserTimeout(std::chrono::milliseconds(300));
    h.controller->connectWithBrowser();
    QVERIFY(h.controller->isWaitingForBrowser());
    QVERIFY(failed.wait(kTimeoutMs));
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(error.message.contains(QStringLiteral("stopped waiting")));
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    QVERIFY(!h.stored());
}

void TestConnectController::portInUseOpensNoBrowser()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy states(h.controller.data(), &ConnectController::stateChanged);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(
        QStringLiteral("Another program is using port %1").arg(m_port)));
    QVERIFY(h.opened.isEmpty());  // no browser opened for an answer nobody could receive
    QCOMPARE(states.size(), 0);
    QVERIFY(!h.controller->isBusy());
}

void TestConnectController::browserThatCannotOpenEndsTheAttempt()
{
    Harness h(m_sandbox, m_redirectUri);
    h.controller->setBrowserOpener([](const QUrl &) { return false; });
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("could not open your web browser")));
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
}

void TestConnectController::missingClientIdIsExplained()
{
    Harness h(m_sandbox, m_redirectUri, true, false);
    QSignalSpy states(h.controller.data(), &ConnectController::stateChanged);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    const Result<void> check = ConnectController::checkCanConnect(h.context->config());
    QVERIFY(!check.ok());
    QCOMPARE(check.error().kind, ErrorKind::InvalidInput);
    QVERIFY(check.error().message.contains(QStringLiteral("client ID")));

    h.controller->connectWithBrowser();
    h.controller->connectInWindow();
    QCOMPARE(failed.size(), 2);
    for (const QList<QVariant> &signal : failed)
        QCOMPARE(signal.first().value<Error>().message, check.error().message);  // one message for app and CLI
    QVERIFY(h.opened.isEmpty());
    QCOMPARE(h.windows.created, 0);
    QCOMPARE(states.size(), 0);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
}

void TestConnectController::redirectUriMustBeOnThisComputerForTheBrowser()
{
    Harness h(m_sandbox, QUrl(QStringLiteral("https://example.com/callback")));
    QVERIFY(ConnectController::checkCanConnect(h.context->config()).ok());
    const Result<void> check = ConnectController::checkCanUseBrowser(h.context->config());
    QVERIFY(!check.ok());
    QCOMPARE(check.error().kind, ErrorKind::InvalidInput);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().message, check.error().message);
    QVERIFY(h.opened.isEmpty());
    // The embedded window catches any redirect URI: it still starts.
    h.controller->connectInWindow();
    QCOMPARE(h.windows.created, 1);
    QCOMPARE(h.controller->state(), State::InWindow);
}

void TestConnectController::windowSignInConnects()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy exchanging(h.controller.data(), &ConnectController::exchanging);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);
    h.controller->connectInWindow();
    QCOMPARE(h.windows.created, 1);
    QCOMPARE(h.windows.lastUserId, h.context->user().id);
    QPointer<HttpSignInWindow> window = h.windows.last;
    QVERIFY(window && window->isOpen());
    QCOMPARE(h.controller->signInWindow(), window.data());
    QCOMPARE(window->authorizeUrl().adjusted(QUrl::RemoveQuery), m_sandbox.authorizeUrl());
    QCOMPARE(window->redirectUri(), m_redirectUri);
    QCOMPARE(h.controller->state(), State::InWindow);
    QVERIFY(h.opened.isEmpty());
    QVERIFY(test::LoopbackPort::isClosed(m_port));  // the window needs no port

    QVERIFY(window->approve(QStringLiteral("carol"), QStringLiteral("carol-password")));
    QVERIFY(!h.controller->signInWindow());
    QCOMPARE(exchanging.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kTimeoutMs);
    QCOMPARE(h.controller->state(), State::Idle);
    QCOMPARE(h.stored()->username, QStringLiteral("carol"));
    QCOMPARE(asked.size(), 0);  // the embedded window needs no question
    QTRY_VERIFY(!window);       // the controller let go of it
}

void TestConnectController::oneAttemptAtATime()
{
    Harness h(m_sandbox, m_redirectUri);
    h.controller->connectInWindow();
    h.controller->connectInWindow();
    h.controller->connectWithBrowser();
    QCOMPARE(h.windows.created, 1);
    QCOMPARE(h.windows.last->raised(), 2);  // brought forward instead
    QVERIFY(h.opened.isEmpty());
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    h.windows.last->closeByUser();

    h.controller->connectWithBrowser();
    h.controller->connectWithBrowser();
    h.controller->connectInWindow();
    QCOMPARE(h.windows.created, 1);
    QCOMPARE(h.opened.size(), 3);  // the same page opened again
    QCOMPARE(h.opened.at(1), h.opened.at(0));
    QCOMPARE(h.opened.at(2), h.opened.at(0));
    h.controller->openBrowserAgain();
    QCOMPARE(h.opened.size(), 4);
    QCOMPARE(h.controller->state(), State::WaitingForBrowser);
}

void TestConnectController::closingTheWindowStoresNothing()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectInWindow();
    h.windows.last->closeByUser();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Cancelled);
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.controller->signInWindow());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(!h.stored());

    // The next attempt starts afresh, with a new state.
    const QUrl first = h.windows.last ? h.windows.last->authorizeUrl() : QUrl();
    h.controller->connectInWindow();
    QCOMPARE(h.windows.created, 2);
    QVERIFY(QUrlQuery(h.windows.last->authorizeUrl()).queryItemValue(QStringLiteral("state"))
            != QUrlQuery(first).queryItemValue(QStringLiteral("state")));
}

void TestConnectController::windowCanSwitchToTheBrowser()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);
    h.controller->connectInWindow();
    h.windows.last->askForBrowser();
    QCOMPARE(failed.size(), 0);  // not a failure: the attempt moved to the browser
    QVERIFY(!h.controller->signInWindow());
    QCOMPARE(h.controller->state(), State::WaitingForBrowser);
    QCOMPARE(h.opened.size(), 1);

    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QCOMPARE(browse(*m_browser, location), 200);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, kTimeoutMs);  // signed in through the browser: asked
    QVERIFY(!h.stored());
    h.controller->confirm();
    QCOMPARE(connected.size(), 1);
    QCOMPARE(h.stored()->username, QStringLiteral("bob"));
}

void TestConnectController::noEmbeddedWindowOffersTheBrowser()
{
    Harness h(m_sandbox, m_redirectUri, false);
    QVERIFY(!h.controller->hasSignInWindow());
    QSignalSpy states(h.controller.data(), &ConnectController::stateChanged);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectInWindow();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("web browser")));
    QCOMPARE(states.size(), 0);

    h.controller->connectWithBrowser();
    QCOMPARE(h.controller->state(), State::WaitingForBrowser);
    QCOMPARE(h.opened.size(), 1);
    h.controller->cancel();
    QVERIFY(test::LoopbackPort::isClosed(m_port));
}

void TestConnectController::differentAccountIsKeptUnlessConfirmed()
{
    Harness h(m_sandbox, m_redirectUri);
    QVERIFY(connectInWindowAs(h, QStringLiteral("carol"), QStringLiteral("carol-password")));
    QSignalSpy different(h.controller.data(), &ConnectController::differentAccount);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);

    // Declining keeps carol; bob's tokens are dropped.
    h.controller->connectInWindow();
    QVERIFY(h.windows.last->approve(QStringLiteral("bob"), QStringLiteral("bob-password")));
    QTRY_COMPARE_WITH_TIMEOUT(different.size(), 1, kTimeoutMs);
    QCOMPARE(different.first().at(0).value<SoundCloudAccount>().username, QStringLiteral("carol"));
    QCOMPARE(different.first().at(1).value<SoundCloudAccount>().username, QStringLiteral("bob"));
    QCOMPARE(h.controller->state(), State::ConfirmingAccount);
    h.controller->keepExisting();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(h.controller->state(), State::Idle);
    QCOMPARE(h.stored()->username, QStringLiteral("carol"));

    // Confirming connects bob instead.
    h.controller->connectInWindow();
    QVERIFY(h.windows.last->approve(QStringLiteral("bob"), QStringLiteral("bob-password")));
    QTRY_COMPARE_WITH_TIMEOUT(different.size(), 2, kTimeoutMs);
    h.controller->confirmReplace();
    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.first().first().value<SoundCloudAccount>().username, QStringLiteral("bob"));
    QCOMPARE(h.controller->state(), State::Idle);
    QCOMPARE(h.stored()->username, QStringLiteral("bob"));
    QCOMPARE(failed.size(), 1);
}

void TestConnectController::disconnectEndsTheAttemptAndForgetsTheSignIn()
{
    Harness h(m_sandbox, m_redirectUri);
    QVERIFY(connectInWindowAs(h, QStringLiteral("carol"), QStringLiteral("carol-password")));
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QVERIFY(!test::LoopbackPort::isClosed(m_port));

    QVERIFY(h.controller->disconnectAccount().ok());
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    QCOMPARE(h.controller->state(), State::Idle);
    QCOMPARE(failed.size(), 0);  // ended with the connection, not failed
    QCOMPARE(h.windows.forgotten, QList<qint64>{h.context->user().id});
    QVERIFY(!h.stored());

    // An embedded window open at that moment closes too.
    h.controller->connectInWindow();
    QPointer<HttpSignInWindow> window = h.windows.last;
    QVERIFY(h.controller->disconnectAccount().ok());
    QVERIFY(!h.controller->signInWindow());
    QVERIFY(!window || !window->isOpen());
}

void TestConnectController::destroyingTheControllerClosesThePort()
{
    Harness h(m_sandbox, m_redirectUri);
    h.controller->connectWithBrowser();
    QVERIFY(!test::LoopbackPort::isClosed(m_port));
    delete h.controller.data();
    QVERIFY(test::LoopbackPort::isClosed(m_port));

    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    QVERIFY(!location.isEmpty());
    QCOMPARE(browse(*m_browser, location), 0);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(!h.stored());
}

void TestConnectController::destroyingTheUserContextEndsTheAttempt()
{
    {
        Harness h(m_sandbox, m_redirectUri);
        h.controller->connectWithBrowser();
        QVERIFY(!test::LoopbackPort::isClosed(m_port));
        h.context.reset();  // log out
        QVERIFY(!h.controller);
        QVERIFY(test::LoopbackPort::isClosed(m_port));
    }
    Harness h(m_sandbox, m_redirectUri);
    h.controller->connectInWindow();
    QPointer<HttpSignInWindow> window = h.windows.last;
    QVERIFY(window);
    h.context.reset();
    QVERIFY(!window);  // the window went with the session
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestConnectController::rateLimitBackoff()
{
    using std::chrono::milliseconds;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto rateLimited = [](const QDateTime &retryAt) {
        return Error{ErrorKind::RateLimited, QStringLiteral("busy"), QString(), retryAt};
    };
    QCOMPARE(retryBackoff(Error{ErrorKind::Unreachable, QStringLiteral("down")}, now), milliseconds(0));
    QCOMPARE(retryBackoff(Error{ErrorKind::ReconnectNeeded, QStringLiteral("gone")}, now), milliseconds(0));
    QCOMPARE(retryBackoff(rateLimited(QDateTime()), now), kRateLimitBackoff);
    QCOMPARE(kRateLimitBackoff, milliseconds(30'000));
    QCOMPARE(retryBackoff(rateLimited(now.addSecs(-5)), now), kRateLimitBackoff);
    QCOMPARE(retryBackoff(rateLimited(now.addSecs(90)), now), milliseconds(90'000));
    QCOMPARE(retryBackoff(rateLimited(now.addDays(1)), now), kMaxRetryBackoff);
}

QTEST_GUILESS_MAIN(TestConnectController)
#include "tst_connectcontroller.moc"
