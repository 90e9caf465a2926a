// End to end: disconnecting and reconnecting in the real main window and WebEngine
// popup, against the in-process sandbox: forgetting tokens and the SoundCloud
// session, a revoked grant, and reconnecting as another SoundCloud account.

#include "ConnectPopup.h"
#include "ConnectPopupOf.h"
#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "MainWindowTestCase.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "models/TrackListModel.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace mainwindowtest;
using namespace waveshelf;

namespace {

// SoundCloud → Disconnect (a menu's, never a button beside the lists).
QAction *disconnectAction(MainWindow &window)
{
    return window.findChild<QAction *>(QStringLiteral("disconnectAction"));
}

}  // namespace

class TestMainWindowReconnect final : public MainWindowTestCase {
    Q_OBJECT

private slots:
    void disconnectForgetsTokensAndSoundCloudSession();
    void revokedConnectionOffersReconnect();
    void reconnectAsAnotherAccountAsksFirst();
};

void TestMainWindowReconnect::disconnectForgetsTokensAndSoundCloudSession()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("quitter"), QStringLiteral("quitter-secret")));
    ConnectPopup *popup = clickConnect(*app.window);
    QVERIFY(popup);
    signInAndApprove(popup, QStringLiteral("bob"), QStringLiteral("bob-password"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->libraryPage()->isConnected(), kWebTimeoutMs);

    disconnectAction(*app.window)->trigger();
    QMessageBox *box = openedMessageBox(app.window->libraryPage(), QStringLiteral("disconnectMessageBox"));
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(!app.window->libraryPage()->isConnected());
    QVERIFY(!app.window->libraryPage()->tracksModel());  // the library is gone with the connection

    // Disconnecting while a reconnect popup is open closes it and leaves the page usable.
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    app.window->libraryPage()->connectToSoundCloud();
    QPointer<ConnectPopup> pending = test::connectPopup(app.window->libraryPage());
    QVERIFY(pending);
    disconnectAction(*app.window)->trigger();
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

void TestMainWindowReconnect::revokedConnectionOffersReconnect()
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
    // Issue 19, defect 9: "Connected as bob" stayed beside "SoundCloud no longer accepts
    // this connection".
    QCOMPARE(library->browser()->accountText(), QStringLiteral("SoundCloud: bob (reconnect needed)"));

    // Reconnecting in the user's own profile: SoundCloud still knows them, one click.
    QTest::mouseClick(reconnect, Qt::LeftButton);
    ConnectPopup *popup = test::connectPopup(library);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("switch-account")));
    runJs(popup, QStringLiteral("document.getElementById('approve').click(); true"));
    QTRY_VERIFY_WITH_TIMEOUT(!test::connectPopup(library), kWebTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() == 7, 10'000);  // bob's likes
    QVERIFY(messageText(*app.window).isEmpty());
    QCOMPARE(library->browser()->accountText(), QStringLiteral("SoundCloud: bob"));
}

void TestMainWindowReconnect::reconnectAsAnotherAccountAsksFirst()
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
    auto *accountButton = library->findChild<QToolButton *>(QStringLiteral("accountButton"));
    QVERIFY(accountButton->text().contains(QStringLiteral("carol")));

    // Confirming connects bob instead.
    reconnectAsBob();
    answerReplaceQuestion(QStringLiteral("Connect"));
    QTRY_VERIFY_WITH_TIMEOUT(accountButton->text().contains(QStringLiteral("bob")), kWebTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() == 7, 10'000);  // bob's likes, not carol's
}

WAVESHELF_TEST_MAIN(TestMainWindowReconnect)
#include "tst_mainwindowreconnect.moc"
