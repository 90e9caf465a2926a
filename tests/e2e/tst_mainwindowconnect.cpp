// End to end: connecting a local account to SoundCloud in the real main window and
// WebEngine popup with a real SQLite database, against the in-process sandbox on
// loopback: connect and come back, and every way an attempt ends without tokens.

#include "ArtworkLoader.h"
#include "ConnectPopup.h"
#include "ConnectPopupOf.h"
#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "ListPane.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "MainWindowTestCase.h"
#include "PlaybackUi.h"
#include "PlayerController.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "UserPlayback.h"
#include "i18n/Translations.h"
#include "models/TrackListModel.h"

#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace mainwindowtest;
using namespace waveshelf;

class TestMainWindowConnect final : public MainWindowTestCase {
    Q_OBJECT

private slots:
    void createConnectBrowseAndComeBack();
    void secondLocalUserDoesNotInheritSoundCloudSession();
    void closingThePopupStoresNothing();
    void declineOnSoundCloudStoresNothing();
    void wrongStateIsRefused();
    void logOutDuringConnectDropsTheAttempt();
};

void TestMainWindowConnect::createConnectBrowseAndComeBack()
{
    test::TestDataDir dir;
    // The screenshot speaks English as the app does (its plural forms installed).
    Translations english;
    if (qEnvironmentVariableIsSet("WAVESHELF_SCREENSHOT"))
        english.use(QStringLiteral("en"));
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
        // The default view: alice's likes.
        QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() > 0, 10'000);
        QCOMPARE(library->browser()->place().sections.first().list.kind, LibraryList::Kind::Likes);
        auto *accountButton = library->findChild<QToolButton *>(QStringLiteral("accountButton"));
        QCOMPARE(accountButton->text(), QStringLiteral("SoundCloud: alice"));
        // Said once: the status bar does not repeat it (issue 19, defect 9).
        QVERIFY(!app.window->statusBar()->currentMessage().contains(QStringLiteral("alice")));
        // The account menu holds what concerns the connection and the login.
        QStringList menu;
        for (const QAction *action : accountButton->menu()->actions())
            menu << action->objectName();
        QVERIFY(menu.contains(QStringLiteral("disconnectAction")));
        auto *table = qobject_cast<QTableView *>(library->browser()->currentPane()->view());
        QVERIFY(table->isVisible());
        QCOMPARE(qobject_cast<QSortFilterProxyModel *>(table->model())->sourceModel(), library->tracksModel());
        // Scrolling to the end loads the next page.
        const int firstPage = library->tracksModel()->rowCount();
        table->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() > firstPage, 10'000);
        QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1);
        // WAVESHELF_SCREENSHOT=path.png saves the window for the README.
        if (const QString shot = qEnvironmentVariable("WAVESHELF_SCREENSHOT"); !shot.isEmpty()) {
            table->scrollToTop();
            app.window->resize(960, 640);
            QTRY_COMPARE(app.window->size(), QSize(960, 640));
            // The visible rows' artwork first.
            QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.artworkRequestCount() > 0 && library->artwork()->isIdle(), 10'000);
            // With headless audio (the player tests' environment), a track plays in the bar.
            if (qEnvironmentVariableIsSet("QT_MEDIA_BACKEND")) {
                int row = 0;
                while (table->model()->index(row, 0).data(LibraryListModel::AccessRole).toString()
                       != QLatin1String("playable"))
                    ++row;
                table->setCurrentIndex(table->model()->index(row, 0));
                QTest::keyClick(table, Qt::Key_Return);
                PlayerController &player = app.window->playback().playback()->player();
                QTRY_VERIFY_WITH_TIMEOUT(player.position() > 1'500, 20'000);
                player.pause();
                QTRY_COMPARE(player.state(), PlayerController::State::Paused);
            }
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

void TestMainWindowConnect::secondLocalUserDoesNotInheritSoundCloudSession()
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

void TestMainWindowConnect::closingThePopupStoresNothing()
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

void TestMainWindowConnect::declineOnSoundCloudStoresNothing()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("decliner"), QStringLiteral("decliner-secret")));
    ConnectPopup *popup = clickConnect(*app.window);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    runJs(popup,
          QStringLiteral("document.getElementById('username').value = 'carol';"
                         "document.getElementById('password').value = 'carol-password';"
                         "document.getElementById('deny').click(); true"));
    QTRY_VERIFY_WITH_TIMEOUT(!test::connectPopup(app.window->libraryPage()), kWebTimeoutMs);
    QTRY_VERIFY(messageText(*app.window).contains(QStringLiteral("declined")));
    QVERIFY(!app.window->libraryPage()->isConnected());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestMainWindowConnect::wrongStateIsRefused()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("forger"), QStringLiteral("forger-secret")));
    ConnectPopup *popup = clickConnect(*app.window);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    // A page (or an attacker's link) sends the browser to the redirect URI with another state.
    runJs(popup,
          QStringLiteral("window.location.href = 'http://127.0.0.1:8765/callback?code=stolen&state=forged'; true"));
    QTRY_VERIFY_WITH_TIMEOUT(!test::connectPopup(app.window->libraryPage()), kWebTimeoutMs);
    QTRY_VERIFY(!messageText(*app.window).isEmpty());
    QVERIFY(!app.window->libraryPage()->isConnected());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestMainWindowConnect::logOutDuringConnectDropsTheAttempt()
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

WAVESHELF_TEST_MAIN(TestMainWindowConnect)
#include "tst_mainwindowconnect.moc"
