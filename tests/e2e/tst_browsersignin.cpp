// End to end: "Sign in with your web browser instead" in the real main window.
// The injected browser opener stands in for the system browser: the test signs
// in on the sandbox's authorize page over HTTP (SandboxSignIn) and then follows
// the redirect to Waveshelf's loopback listener, as a browser would.

#include "ConnectPopup.h"
#include "ConnectPopupOf.h"
#include "LibraryPage.h"
#include "LoginPage.h"
#include "LoopbackPort.h"
#include "MainWindow.h"
#include "RunningApp.h"
#include "SandboxHost.h"
#include "SandboxSignIn.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "auth/RedirectParser.h"
#include "models/TrackListModel.h"
#include "session/ConnectController.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace waveshelf;
using sandbox::SandboxHost;

namespace {

constexpr int kTimeoutMs = 20'000;

// A browser's GET: the status (0 when nothing answered) and the page.
struct Page {
    int status = 0;
    QByteArray body;
};

Page browse(QNetworkAccessManager &browser, const QUrl &url)
{
    QNetworkReply *reply = browser.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Page page;
    if (finished.wait(kTimeoutMs)) {
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = reply->readAll();
    }
    reply->deleteLater();
    return page;
}

}  // namespace

class TestBrowserSignIn final : public QObject {
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void init();
    void signInWithTheBrowserConnects();
    void cancelClosesThePortAndStoresNothing();
    void declineInTheBrowserStoresNothing();
    void popupOffersTheBrowserInstead();
    void logOutWhileWaitingClosesThePort();
    void portInUseIsExplained();
    void notConfirmingTheAccountStoresNothing();

private:
    using App = test::RunningApp;
    [[nodiscard]] App startApp(const test::TestDataDir &dir) const;
    // Replaces the system browser: remembers the URL it was asked to open.
    void useTestBrowser(LibraryPage *library);
    // The question after a browser sign-in, once it is open (null if it never opens).
    [[nodiscard]] static QMessageBox *accountQuestion(LibraryPage *library);

    SandboxHost m_sandbox;
    quint16 m_port = 0;
    QUrl m_redirectUri;
    QList<QUrl> m_opened;
    QNetworkAccessManager m_browser;
};

void TestBrowserSignIn::initTestCase()
{
    m_port = test::LoopbackPort::free();
    QVERIFY(m_port != 0);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port));
    sandbox::SandboxOptions options;
    options.redirectUris = {m_redirectUri};
    QVERIFY(m_sandbox.start(options));
}

void TestBrowserSignIn::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    m_opened.clear();
    m_browser.setCookieJar(new QNetworkCookieJar(&m_browser));  // a fresh browser session per test
}

TestBrowserSignIn::App TestBrowserSignIn::startApp(const test::TestDataDir &dir) const
{
    AppConfig config = dir.config(m_sandbox.baseUrl());
    config.clientId = QStringLiteral("waveshelf-sandbox");
    config.redirectUri = m_redirectUri;
    return test::RunningApp::start(config);
}

void TestBrowserSignIn::useTestBrowser(LibraryPage *library)
{
    library->connectController().setBrowserOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
}

QMessageBox *TestBrowserSignIn::accountQuestion(LibraryPage *library)
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            box = library->findChild<QMessageBox *>(QStringLiteral("confirmAccountMessageBox"));
            return box && box->isVisible();
        },
        kTimeoutMs);
    return box && box->isVisible() ? box : nullptr;
}

void TestBrowserSignIn::signInWithTheBrowserConnects()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("Erin"), QStringLiteral("erin-secret-1")));
    LibraryPage *library = app.window->libraryPage();
    useTestBrowser(library);

    auto *button = library->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("Sign in with your web browser instead"));
    QCOMPARE(button->accessibleName(), button->text());
    QTest::mouseClick(button, Qt::LeftButton);

    // The system browser was asked to open SoundCloud's authorize page; Waveshelf waits.
    QCOMPARE(m_opened.size(), 1);
    const QUrl authorize = m_opened.first();
    QCOMPARE(authorize.adjusted(QUrl::RemoveQuery), m_sandbox.authorizeUrl());
    QCOMPARE(QUrlQuery(authorize).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             m_redirectUri.toString());
    QVERIFY(library->connectController().isWaitingForBrowser());
    QVERIFY(!test::connectPopup(library));
    QVERIFY(library->findChild<QWidget *>(QStringLiteral("browserWaitPanel"))->isVisible());
    QVERIFY(library->findChild<QLabel *>(QStringLiteral("browserWaitTitleLabel"))
                ->text()
                .startsWith(QStringLiteral("Waiting for you to approve Waveshelf in your web browser")));

    // The browser: the sign-in page, then SoundCloud's redirect to 127.0.0.1, plus a favicon.
    const QUrl location = test::SandboxSignIn::approve(m_browser, authorize, QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    QVERIFY(RedirectParser::matches(location, m_redirectUri));
    const Page favicon = browse(m_browser, location.resolved(QUrl(QStringLiteral("/favicon.ico"))));
    QCOMPARE(favicon.status, 404);
    QVERIFY(library->connectController().isWaitingForBrowser());
    const Page page = browse(m_browser, location);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("close this tab"));
    const QString code = QUrlQuery(location).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());
    QVERIFY(!page.body.contains(code.toUtf8()));

    // A first connection through the browser: Waveshelf names the account and asks.
    QMessageBox *question = accountQuestion(library);
    QVERIFY(question);
    QVERIFY(question->isModal());
    QVERIFY(question->text().contains(QStringLiteral("signed in to SoundCloud as alice")));
    QCOMPARE(question->accessibleName(), QStringLiteral("Is this your SoundCloud account?"));
    auto *confirm = question->findChild<QPushButton *>(QStringLiteral("confirmAccountButton"));
    auto *decline = question->findChild<QPushButton *>(QStringLiteral("declineAccountButton"));
    QVERIFY(confirm && decline);
    QCOMPARE(confirm->text(), QStringLiteral("Connect alice"));
    QCOMPARE(confirm->accessibleName(), confirm->text());
    QCOMPARE(question->defaultButton(), decline);  // Enter alone connects nobody
    QVERIFY(!library->isConnected());
    QTest::mouseClick(confirm, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(library->isConnected(), kTimeoutMs);
    QVERIFY(!library->connectController().isWaitingForBrowser());
    QVERIFY(
        library->findChild<QToolButton *>(QStringLiteral("accountButton"))->text().contains(QStringLiteral("alice")));
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() > 0, kTimeoutMs);
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1);
    QVERIFY(test::LoopbackPort::isClosed(m_port));

    // Stored like any connection: the next login finds it.
    app.window->logOut();
    QVERIFY(app.logIn(QStringLiteral("erin"), QStringLiteral("erin-secret-1")));
    QVERIFY(app.window->libraryPage()->isConnected());
}

void TestBrowserSignIn::cancelClosesThePortAndStoresNothing()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("canceller"), QStringLiteral("canceller-secret")));
    LibraryPage *library = app.window->libraryPage();
    useTestBrowser(library);
    QTest::mouseClick(library->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton")), Qt::LeftButton);
    QVERIFY(library->connectController().isWaitingForBrowser());
    QVERIFY(!test::LoopbackPort::isClosed(m_port));

    auto *cancel = library->findChild<QPushButton *>(QStringLiteral("cancelBrowserSignInPushButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!library->connectController().isWaitingForBrowser());
    QVERIFY(test::messageText(library).contains(QStringLiteral("cancelled")));
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    QVERIFY(!library->findChild<QWidget *>(QStringLiteral("browserWaitPanel"))->isVisible());
    auto *button = library->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton"));
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());

    // Approving afterwards in the still-open browser tab reaches nobody.
    const QUrl location = test::SandboxSignIn::approve(m_browser, m_opened.constFirst(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QVERIFY(!location.isEmpty());
    QCOMPARE(browse(m_browser, location).status, 0);  // refused: the port is closed, nothing reached the app
    QVERIFY(!library->isConnected());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    app.window->logOut();
    QVERIFY(app.logIn(QStringLiteral("canceller"), QStringLiteral("canceller-secret")));
    QVERIFY(!app.window->libraryPage()->isConnected());
}

void TestBrowserSignIn::declineInTheBrowserStoresNothing()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("decliner"), QStringLiteral("decliner-secret")));
    LibraryPage *library = app.window->libraryPage();
    useTestBrowser(library);
    QTest::mouseClick(library->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton")), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);

    const QUrl location = test::SandboxSignIn::deny(m_browser, m_opened.first(), QStringLiteral("carol"),
                                                    QStringLiteral("carol-password"));
    QCOMPARE(QUrlQuery(location).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    const Page page = browse(m_browser, location);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("declined"));
    QTRY_VERIFY_WITH_TIMEOUT(test::messageText(library).contains(QStringLiteral("declined")), kTimeoutMs);
    QVERIFY(!library->isConnected());
    QVERIFY(!library->connectController().isWaitingForBrowser());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
}

void TestBrowserSignIn::popupOffersTheBrowserInstead()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("googler"), QStringLiteral("googler-secret")));
    LibraryPage *library = app.window->libraryPage();
    useTestBrowser(library);
    QTest::mouseClick(library->findChild<QPushButton *>(QStringLiteral("connectPushButton")), Qt::LeftButton);
    QPointer<ConnectPopup> popup = test::connectPopup(library);
    QVERIFY(popup);
    auto *link = popup->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton"));
    QVERIFY(link);
    QVERIFY(link->isVisible());
    QCOMPARE(link->accessibleName(), link->text());
    QVERIFY(link->text().contains(QStringLiteral("Sign in with your web browser instead")));
    QSignalSpy closedByUser(popup.data(), &ConnectPopup::closedByUser);
    QTest::mouseClick(link, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!popup, kTimeoutMs);
    QCOMPARE(closedByUser.count(), 0);
    QVERIFY(test::messageText(library).isEmpty());  // no "window closed" error
    QVERIFY(library->connectController().isWaitingForBrowser());
    QCOMPARE(m_opened.size(), 1);

    const QUrl location = test::SandboxSignIn::approve(m_browser, m_opened.first(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QCOMPARE(browse(m_browser, location).status, 200);
    QMessageBox *question = accountQuestion(library);
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("bob")));
    QTest::mouseClick(question->findChild<QPushButton *>(QStringLiteral("confirmAccountButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(library->isConnected(), kTimeoutMs);
    QVERIFY(library->findChild<QToolButton *>(QStringLiteral("accountButton"))->text().contains(QStringLiteral("bob")));
}

void TestBrowserSignIn::notConfirmingTheAccountStoresNothing()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("wary"), QStringLiteral("wary-secret-1")));
    LibraryPage *library = app.window->libraryPage();
    useTestBrowser(library);
    QTest::mouseClick(library->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton")), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    // Someone else finished the sign-in with their own account.
    const QUrl location = test::SandboxSignIn::approve(m_browser, m_opened.first(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QCOMPARE(browse(m_browser, location).status, 200);
    QMessageBox *question = accountQuestion(library);
    QVERIFY(question);
    QVERIFY(question->text().contains(QStringLiteral("bob")));
    QTest::keyClick(question, Qt::Key_Escape);

    QTRY_VERIFY_WITH_TIMEOUT(test::messageText(library).contains(QStringLiteral("nothing was saved")), kTimeoutMs);
    QVERIFY(!library->isConnected());
    QCOMPARE(library->connectController().state(), ConnectController::State::Idle);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    app.window->logOut();
    QVERIFY(app.logIn(QStringLiteral("wary"), QStringLiteral("wary-secret-1")));
    QVERIFY(!app.window->libraryPage()->isConnected());
}

void TestBrowserSignIn::logOutWhileWaitingClosesThePort()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("leaver"), QStringLiteral("leaver-secret")));
    LibraryPage *library = app.window->libraryPage();
    useTestBrowser(library);
    QTest::mouseClick(library->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton")), Qt::LeftButton);
    QVERIFY(library->connectController().isWaitingForBrowser());
    QVERIFY(!test::LoopbackPort::isClosed(m_port));

    app.window->logOut();
    QVERIFY(app.window->libraryPage() == nullptr);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    const QUrl location = test::SandboxSignIn::approve(m_browser, m_opened.constFirst(), QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    QCOMPARE(browse(m_browser, location).status, 0);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(app.logIn(QStringLiteral("leaver"), QStringLiteral("leaver-secret")));
    QVERIFY(!app.window->libraryPage()->isConnected());
}

void TestBrowserSignIn::portInUseIsExplained()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("blocked"), QStringLiteral("blocked-secret")));
    LibraryPage *library = app.window->libraryPage();
    useTestBrowser(library);
    auto *button = library->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!library->connectController().isWaitingForBrowser());
    QVERIFY(m_opened.isEmpty());  // no browser opened for an answer nobody could receive
    QVERIFY2(test::messageText(library).contains(QStringLiteral("Another program is using port %1").arg(m_port)),
             qPrintable(test::messageText(library)));
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QVERIFY(library->findChild<QPushButton *>(QStringLiteral("connectPushButton"))->isEnabled());
}

WAVESHELF_TEST_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
