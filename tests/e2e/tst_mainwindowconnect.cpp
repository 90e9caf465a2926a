// End to end: the real main window, the real WebEngine popup and a real SQLite
// database, against the in-process SoundCloud sandbox on loopback.

#include "RunningApp.h"
#include "ConnectPopup.h"
#include "ConnectPopupOf.h"
#include "LibraryPage.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "SandboxHost.h"
#include "SettingsDialog.h"
#include "TestDataDir.h"
#include "models/TrackListModel.h"
#include "storage/ConnectionStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace waveshelf;
using sandbox::SandboxHost;

namespace {

constexpr int kWebTimeoutMs = 30'000;

// Runs JavaScript in the popup's page and waits for its result.
QVariant runJs(ConnectPopup *popup, const QString &script)
{
    QVariant result;
    bool done = false;
    popup->view()->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kWebTimeoutMs))
        qWarning("the page did not answer a script in time");
    return result;
}

bool waitForElement(ConnectPopup *popup, const QString &id)
{
    return QTest::qWaitFor(
        [&] {
            return popup
                && runJs(popup, QStringLiteral("document.getElementById('%1') !== null").arg(id)).toBool();
        },
        kWebTimeoutMs);
}

// The message box named `objectName` that `parent` opened (with open(): no
// nested event loop), once it shows; nullptr if none shows in time.
QMessageBox *openedMessageBox(QWidget *parent, const QString &objectName)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox *>(objectName);
            return box && box->isVisible();
        },
        kWebTimeoutMs);
    return shown ? box : nullptr;
}

// Clicks the button of `box` whose text starts with `text`; false if there is none.
bool clickInMessageBox(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().startsWith(text)) {
            button->click();
            return true;
        }
    }
    return false;
}

}  // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void init();
    void createConnectBrowseAndComeBack();
    void secondLocalUserDoesNotInheritSoundCloudSession();
    void closingThePopupStoresNothing();
    void declineOnSoundCloudStoresNothing();
    void wrongStateIsRefused();
    void logOutDuringConnectDropsTheAttempt();
    void disconnectForgetsTokensAndSoundCloudSession();
    void revokedConnectionOffersReconnect();
    void reconnectAsAnotherAccountAsksFirst();
    void rateLimitedBacksOff();
    void logOutAbortsRequestsInFlight();
    void changingPasswordKeepsTheConnection();
    void unreachableServiceKeepsConnectionAndRetries();
    void sandboxIsLabelled();
    void savedSettingsApplyAndKeepTheSecret();

private:
    using App = test::RunningApp;
    App startApp(const test::TestDataDir &dir);
    static ConnectPopup *clickConnect(MainWindow &window);
    static void signInAndApprove(ConnectPopup *popup, const QString &user, const QString &password);
    static QString messageText(MainWindow &window);
    // Opens the popup and checks it shows SoundCloud's sign-in form, not "Signed in as …".
    static void expectFreshSignInForm(MainWindow &window);
    static void connectAs(MainWindow &window, const QString &user, const QString &password);

    SandboxHost m_sandbox;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestMainWindow::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
}

TestMainWindow::App TestMainWindow::startApp(const test::TestDataDir &dir)
{
    AppConfig config = dir.config(m_sandbox.baseUrl());
    config.clientId = QStringLiteral("waveshelf-sandbox");
    return test::RunningApp::start(config);
}

ConnectPopup *TestMainWindow::clickConnect(MainWindow &window)
{
    auto *button = window.libraryPage()->findChild<QPushButton *>(QStringLiteral("connectPushButton"));
    if (!button || !button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return test::connectPopup(window.libraryPage());
}

void TestMainWindow::signInAndApprove(ConnectPopup *popup, const QString &user, const QString &password)
{
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    runJs(popup, QStringLiteral("document.getElementById('username').value = '%1';"
                                "document.getElementById('password').value = '%2';"
                                "document.getElementById('approve').click(); true")
                     .arg(user, password));
}

QString TestMainWindow::messageText(MainWindow &window)
{
    auto *panel = window.libraryPage()->findChild<QWidget *>(QStringLiteral("messagePanel"));
    if (!panel || panel->isHidden())
        return {};
    return window.libraryPage()->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
}

void TestMainWindow::expectFreshSignInForm(MainWindow &window)
{
    ConnectPopup *popup = clickConnect(window);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    QVERIFY(!runJs(popup, QStringLiteral("document.getElementById('switch-account') !== null")).toBool());
    popup->reject();
}

void TestMainWindow::connectAs(MainWindow &window, const QString &user, const QString &password)
{
    ConnectPopup *popup = clickConnect(window);
    QVERIFY(popup);
    signInAndApprove(popup, user, password);
    QTRY_VERIFY_WITH_TIMEOUT(window.libraryPage()->isConnected(), kWebTimeoutMs);
}

void TestMainWindow::createConnectBrowseAndComeBack()
{
    test::TestDataDir dir;
    {
        App app = startApp(dir);
        QVERIFY(app.createAccount(QStringLiteral("Dana"), QStringLiteral("dana-secret-1")));
        ConnectPopup *popup = clickConnect(*app.window);
        QVERIFY(popup);
        QVERIFY(popup->isVisible());
        signInAndApprove(popup, QStringLiteral("alice"), QStringLiteral("alice-password"));
        LibraryPage *library = app.window->libraryPage();
        QTRY_VERIFY_WITH_TIMEOUT(library->isConnected(), kWebTimeoutMs);
        QVERIFY(!test::connectPopup(library));  // closed once the redirect was caught
        QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() > 0, 10'000);
        auto *accountLabel = library->findChild<QLabel *>(QStringLiteral("accountLabel"));
        QVERIFY(accountLabel->text().contains(QStringLiteral("alice")));
        auto *table = library->findChild<QTableView *>(QStringLiteral("tracksTableView"));
        QVERIFY(table->isVisible());
        QCOMPARE(table->model(), library->tracksModel());
        // Scrolling to the end loads the next page.
        const int firstPage = library->tracksModel()->rowCount();
        table->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() > firstPage, 10'000);
        QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1);
        // WAVESHELF_SCREENSHOT=path.png saves the window for the README.
        if (const QString shot = qEnvironmentVariable("WAVESHELF_SCREENSHOT"); !shot.isEmpty()) {
            table->scrollToTop();
            app.window->resize(1000, 620);
            QTRY_COMPARE(app.window->size(), QSize(1000, 620));
            QVERIFY(app.window->grab().save(shot));
        }
    }

    // Quit, start again, log in: tracks, and no popup, authorize or token request.
    m_sandbox.resetCounters();
    App again = startApp(dir);
    QVERIFY(again.logIn(QStringLiteral("dana"), QStringLiteral("dana-secret-1")));
    LibraryPage *library = again.window->libraryPage();
    QVERIFY(library->isConnected());
    QVERIFY(!test::connectPopup(library));
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() > 0, 10'000);
    QCOMPARE(m_sandbox.authorizeRequestCount(), 0);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestMainWindow::secondLocalUserDoesNotInheritSoundCloudSession()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("first"), QStringLiteral("first-secret-1")));
    ConnectPopup *popup = clickConnect(*app.window);
    QVERIFY(popup);
    signInAndApprove(popup, QStringLiteral("bob"), QStringLiteral("bob-password"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->libraryPage()->isConnected(), kWebTimeoutMs);

    // The same user connecting again sees "Signed in as bob" (the sandbox's session cookie)...
    app.window->libraryPage()->connectToSoundCloud();
    popup = test::connectPopup(app.window->libraryPage());
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("switch-account")));
    QVERIFY(!runJs(popup, QStringLiteral("document.getElementById('password') !== null")).toBool());
    popup->reject();
    QTRY_VERIFY(!test::connectPopup(app.window->libraryPage()));
    app.window->logOut();
    QVERIFY(app.createAccount(QStringLiteral("second"), QStringLiteral("second-secret-1")));
    QVERIFY(!app.window->libraryPage()->isConnected());
    // ...but a different local user gets a fresh sign-in form in their own profile.
    expectFreshSignInForm(*app.window);
}

void TestMainWindow::closingThePopupStoresNothing()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("closer"), QStringLiteral("closer-secret-1")));
    ConnectPopup *popup = clickConnect(*app.window);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    popup->reject();  // what the window's close button and Esc do
    QTRY_VERIFY(!test::connectPopup(app.window->libraryPage()));
    QVERIFY(!messageText(*app.window).isEmpty());
    QVERIFY(!app.window->libraryPage()->isConnected());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    // Still usable: the connect button works again.
    auto *button = app.window->libraryPage()->findChild<QPushButton *>(QStringLiteral("connectPushButton"));
    QVERIFY(button->isEnabled());
    popup = clickConnect(*app.window);
    QVERIFY(popup);
    popup->reject();
}

void TestMainWindow::declineOnSoundCloudStoresNothing()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("decliner"), QStringLiteral("decliner-secret")));
    ConnectPopup *popup = clickConnect(*app.window);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    runJs(popup, QStringLiteral("document.getElementById('username').value = 'carol';"
                                "document.getElementById('password').value = 'carol-password';"
                                "document.getElementById('deny').click(); true"));
    QTRY_VERIFY_WITH_TIMEOUT(!test::connectPopup(app.window->libraryPage()), kWebTimeoutMs);
    QTRY_VERIFY(messageText(*app.window).contains(QStringLiteral("declined")));
    QVERIFY(!app.window->libraryPage()->isConnected());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestMainWindow::wrongStateIsRefused()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("forger"), QStringLiteral("forger-secret")));
    ConnectPopup *popup = clickConnect(*app.window);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    // A page (or an attacker's link) sends the browser to the redirect URI with another state.
    runJs(popup, QStringLiteral("window.location.href = 'http://127.0.0.1:8765/callback?code=stolen&state=forged'; true"));
    QTRY_VERIFY_WITH_TIMEOUT(!test::connectPopup(app.window->libraryPage()), kWebTimeoutMs);
    QTRY_VERIFY(!messageText(*app.window).isEmpty());
    QVERIFY(!app.window->libraryPage()->isConnected());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestMainWindow::logOutDuringConnectDropsTheAttempt()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("leaver"), QStringLiteral("leaver-secret")));
    QPointer<ConnectPopup> popup = clickConnect(*app.window);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    app.window->logOut();
    QVERIFY(!popup);  // the pending attempt died with the session
    QVERIFY(app.window->libraryPage() == nullptr);
    QVERIFY(app.window->loginPage()->isVisible());
}

void TestMainWindow::disconnectForgetsTokensAndSoundCloudSession()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("quitter"), QStringLiteral("quitter-secret")));
    ConnectPopup *popup = clickConnect(*app.window);
    QVERIFY(popup);
    signInAndApprove(popup, QStringLiteral("bob"), QStringLiteral("bob-password"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->libraryPage()->isConnected(), kWebTimeoutMs);

    QTest::mouseClick(app.window->libraryPage()->findChild<QPushButton *>(QStringLiteral("disconnectPushButton")),
                      Qt::LeftButton);
    QMessageBox *box = openedMessageBox(app.window->libraryPage(), QStringLiteral("disconnectMessageBox"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!app.window->libraryPage()->isConnected());
    QCOMPARE(app.window->libraryPage()->tracksModel()->rowCount(), 0);

    // Disconnecting while a reconnect popup is open closes it and leaves the page usable.
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    app.window->libraryPage()->connectToSoundCloud();
    QPointer<ConnectPopup> pending = test::connectPopup(app.window->libraryPage());
    QVERIFY(pending);
    QTest::mouseClick(app.window->libraryPage()->findChild<QPushButton *>(QStringLiteral("disconnectPushButton")),
                      Qt::LeftButton);
    box = openedMessageBox(app.window->libraryPage(), QStringLiteral("disconnectMessageBox"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!app.window->libraryPage()->isConnected());
    QVERIFY(!pending);
    QVERIFY(app.window->libraryPage()->findChild<QPushButton *>(QStringLiteral("connectPushButton"))->isEnabled());

    // Logging in again finds no tokens...
    app.window->logOut();
    QVERIFY(app.logIn(QStringLiteral("quitter"), QStringLiteral("quitter-secret")));
    QVERIFY(!app.window->libraryPage()->isConnected());
    // ...and SoundCloud's page no longer knows this user: a fresh sign-in form.
    expectFreshSignInForm(*app.window);
}

void TestMainWindow::revokedConnectionOffersReconnect()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("revoked"), QStringLiteral("revoked-secret")));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    app.window->logOut();

    // SoundCloud forgets the grant: the stored token gets 401, its refresh invalid_grant.
    m_sandbox.revokeAllGrants(QStringLiteral("bob"));
    QVERIFY(app.logIn(QStringLiteral("revoked"), QStringLiteral("revoked-secret")));
    LibraryPage *library = app.window->libraryPage();
    QTRY_VERIFY_WITH_TIMEOUT(!messageText(*app.window).isEmpty(), 10'000);
    QVERIFY(messageText(*app.window).contains(QStringLiteral("reconnect"), Qt::CaseInsensitive));
    auto *reconnect = library->findChild<QPushButton *>(QStringLiteral("reconnectPushButton"));
    QVERIFY(reconnect->isVisible());
    QVERIFY(!library->findChild<QPushButton *>(QStringLiteral("retryPushButton"))->isVisible());

    // Reconnecting in the user's own profile: SoundCloud still knows them, one click.
    QTest::mouseClick(reconnect, Qt::LeftButton);
    ConnectPopup *popup = test::connectPopup(library);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("switch-account")));
    runJs(popup, QStringLiteral("document.getElementById('approve').click(); true"));
    QTRY_VERIFY_WITH_TIMEOUT(!test::connectPopup(library), kWebTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() == 3, 10'000);
    QVERIFY(messageText(*app.window).isEmpty());
}

void TestMainWindow::reconnectAsAnotherAccountAsksFirst()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("switcher"), QStringLiteral("switcher-secret")));
    connectAs(*app.window, QStringLiteral("carol"), QStringLiteral("carol-password"));
    LibraryPage *library = app.window->libraryPage();

    const auto reconnectAsBob = [&] {
        library->connectToSoundCloud();
        ConnectPopup *popup = test::connectPopup(library);
        QVERIFY(popup);
        QVERIFY(waitForElement(popup, QStringLiteral("switch-account")));  // SoundCloud still knows carol
        runJs(popup, QStringLiteral("document.getElementById('switch-account').click(); true"));
        signInAndApprove(popup, QStringLiteral("bob"), QStringLiteral("bob-password"));
    };

    const auto answerReplaceQuestion = [&](const QString &button) {
        QMessageBox *box = openedMessageBox(library, QStringLiteral("replaceAccountMessageBox"));
        QVERIFY(box);
        QVERIFY(clickInMessageBox(box, button));
    };

    // Declining keeps carol.
    reconnectAsBob();
    answerReplaceQuestion(QStringLiteral("Keep"));
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("nothing was changed")), kWebTimeoutMs);
    auto *accountLabel = library->findChild<QLabel *>(QStringLiteral("accountLabel"));
    QVERIFY(accountLabel->text().contains(QStringLiteral("carol")));

    // Confirming connects bob instead.
    reconnectAsBob();
    answerReplaceQuestion(QStringLiteral("Connect"));
    QTRY_VERIFY_WITH_TIMEOUT(accountLabel->text().contains(QStringLiteral("bob")), kWebTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() == 3, 10'000);
}

void TestMainWindow::rateLimitedBacksOff()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("hasty"), QStringLiteral("hasty-secret")));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    // The page loads the first tracks after connecting. Log out only once no page
    // is in flight: logging out aborts a request, but one already sent still
    // reaches the sandbox and would take the one-shot fault meant for the next login.
    TrackListModel *tracks = app.window->libraryPage()->tracksModel();
    QTRY_VERIFY_WITH_TIMEOUT(tracks->rowCount() > 0 && !tracks->isLoading(), 10'000);
    app.window->logOut();

    m_sandbox.injectFault(sandbox::Fault::rateLimited(QStringLiteral("/me/tracks"), false));
    QVERIFY(app.logIn(QStringLiteral("hasty"), QStringLiteral("hasty-secret")));
    LibraryPage *library = app.window->libraryPage();
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("busy")), 10'000);
    QVERIFY(library->isConnected());
    auto *retry = library->findChild<QPushButton *>(QStringLiteral("retryPushButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(!retry->isEnabled());  // no hammering a rate-limited service
    QVERIFY(!library->findChild<QPushButton *>(QStringLiteral("reconnectPushButton"))->isVisible());
}

void TestMainWindow::logOutAbortsRequestsInFlight()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("leaver"), QStringLiteral("leaver-secret")));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    TrackListModel *tracks = app.window->libraryPage()->tracksModel();
    QTRY_VERIFY_WITH_TIMEOUT(tracks->rowCount() > 0 && !tracks->isLoading(), 10'000);
    app.window->logOut();

    // The next login's first page is slow; the user logs out while it is on its way.
    m_sandbox.resetCounters();
    m_sandbox.injectFault(sandbox::Fault::slow(QStringLiteral("/me/tracks"), 1500));
    QVERIFY(app.logIn(QStringLiteral("leaver"), QStringLiteral("leaver-secret")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 1, 10'000);
    app.window->logOut();
    // The request was aborted: the sandbox finds the connection closed when it answers.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 0, 10'000);
    QCOMPARE(m_sandbox.slowAnswersAbandoned(), 1);
    QVERIFY(app.window->libraryPage() == nullptr);
}

void TestMainWindow::changingPasswordKeepsTheConnection()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("mover"), QStringLiteral("old-secret-1")));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));

    QAction *action = nullptr;
    for (QAction *candidate : app.window->findChildren<QAction *>()) {
        if (candidate->text().contains(QStringLiteral("Password")))
            action = candidate;
    }
    QVERIFY(action && action->isEnabled());
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *dialog = QApplication::activeModalWidget();
        dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordLineEdit"))->setText(QStringLiteral("old-secret-1"));
        dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordLineEdit"))->setText(QStringLiteral("new-secret-2"));
        dialog->findChild<QLineEdit *>(QStringLiteral("repeatPasswordLineEdit"))->setText(QStringLiteral("new-secret-2"));
        QMetaObject::invokeMethod(dialog, "accept");
        filled = true;
    });
    action->trigger();  // returns when the dialog closed after the change
    QVERIFY(filled);

    app.window->logOut();
    // The old password no longer opens the account...
    auto *page = app.window->loginPage();
    page->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("mover"));
    page->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("old-secret-1"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("logInPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible(), 20'000);
    QVERIFY(app.window->libraryPage() == nullptr);
    // ...the new one does, and the SoundCloud connection survived.
    m_sandbox.resetCounters();
    QVERIFY(app.logIn(QStringLiteral("mover"), QStringLiteral("new-secret-2")));
    QVERIFY(app.window->libraryPage()->isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(app.window->libraryPage()->tracksModel()->rowCount() == 3, 10'000);
    QCOMPARE(m_sandbox.authorizeRequestCount(), 0);
}

void TestMainWindow::unreachableServiceKeepsConnectionAndRetries()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("patient"), QStringLiteral("patient-secret")));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    // The first load is answered before the fault is set, or it could use the fault up.
    QTRY_VERIFY_WITH_TIMEOUT(app.window->libraryPage()->tracksModel()->rowCount() == 3, 10'000);
    app.window->logOut();

    m_sandbox.injectFault(sandbox::Fault::withStatus(QStringLiteral("/me/tracks"), 503));
    QVERIFY(app.logIn(QStringLiteral("patient"), QStringLiteral("patient-secret")));
    LibraryPage *library = app.window->libraryPage();
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("unreachable")), 10'000);
    QVERIFY(library->isConnected());  // tokens kept, no reconnect offered
    QVERIFY(!library->findChild<QPushButton *>(QStringLiteral("reconnectPushButton"))->isVisible());
    auto *retry = library->findChild<QPushButton *>(QStringLiteral("retryPushButton"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() == 3, 10'000);
    QVERIFY(messageText(*app.window).isEmpty());
}

void TestMainWindow::sandboxIsLabelled()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.window->windowTitle().contains(QStringLiteral("sandbox")));
    auto *label = app.window->findChild<QLabel *>(QStringLiteral("serviceLabel"));
    QVERIFY(label->text().contains(m_sandbox.baseUrl().authority()));
}

void TestMainWindow::savedSettingsApplyAndKeepTheSecret()
{
    test::TestDataDir dir;
    AppConfig config = dir.config(m_sandbox.baseUrl());
    config.clientSecret = QStringLiteral("secret-from-the-environment");
    App app = test::RunningApp::start(config);

    // Answers the settings dialog once it shows: a new API URL, then Save.
    bool saved = false;
    auto *timer = new QTimer;
    connect(timer, &QTimer::timeout, timer, [timer, &saved] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlLineEdit"))
            ->setText(QStringLiteral("https://api.example.org"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        saved = true;
        timer->deleteLater();
    });
    timer->start(50);
    QAction *settings = nullptr;
    const auto actions = app.window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QStringLiteral("&Settings…"))
            settings = action;
    }
    QVERIFY(settings);
    settings->trigger();  // returns once the dialog is closed
    QVERIFY(saved);

    // In effect at once (title, the next login's context), the secret from the environment kept.
    QCOMPARE(app.core->config().apiUrl, QUrl(QStringLiteral("https://api.example.org")));
    QCOMPARE(app.core->config().clientSecret, QStringLiteral("secret-from-the-environment"));
    QCOMPARE(app.core->config().dataDir, dir.path());
    QVERIFY2(app.window->windowTitle().contains(QStringLiteral("not SoundCloud: api.example.org")),
             qPrintable(app.window->windowTitle()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindowconnect.moc"
