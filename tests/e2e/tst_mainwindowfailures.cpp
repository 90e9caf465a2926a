// End to end: a connected main window when the service fails (rate limit, 503) or
// the user logs out with a request in flight, against the in-process sandbox.

#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "MainWindowTestCase.h"
#include "OfflineBanner.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "models/TrackListModel.h"

#include <QPushButton>
#include <QTest>

using namespace mainwindowtest;
using namespace waveshelf;

class TestMainWindowFailures final : public MainWindowTestCase {
    Q_OBJECT

private slots:
    void rateLimitedBacksOff();
    void logOutAbortsRequestsInFlight();
    void unreachableServiceKeepsConnectionAndRetries();
};

void TestMainWindowFailures::rateLimitedBacksOff()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("hasty"), QStringLiteral("hasty-secret")));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    // The page loads the first tracks (Likes, the default view) after connecting. Log out only once no page
    // is in flight: logging out aborts a request, but one already sent still
    // reaches the sandbox and would take the one-shot fault meant for the next login.
    TrackListModel *tracks = app.window->libraryPage()->tracksModel();
    QTRY_VERIFY_WITH_TIMEOUT(tracks->rowCount() > 0 && !tracks->isLoading(), 10'000);
    app.window->logOut();

    m_sandbox.injectFault(sandbox::Fault::rateLimited(QStringLiteral("/me/likes/tracks"), false));
    QVERIFY(app.logIn(QStringLiteral("hasty"), QStringLiteral("hasty-secret")));
    LibraryPage *library = app.window->libraryPage();
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("busy")), 10'000);
    QVERIFY(library->isConnected());
    auto *retry = library->findChild<QPushButton *>(QStringLiteral("retryPushButton"));
    QVERIFY(retry->isVisible());
    QVERIFY(!retry->isEnabled());  // no hammering a rate-limited service
    QVERIFY(!library->findChild<QPushButton *>(QStringLiteral("reconnectPushButton"))->isVisible());
}

void TestMainWindowFailures::logOutAbortsRequestsInFlight()
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
    m_sandbox.injectFault(sandbox::Fault::slow(QStringLiteral("/me/likes/tracks"), 1500));
    QVERIFY(app.logIn(QStringLiteral("leaver"), QStringLiteral("leaver-secret")));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 1, 10'000);
    app.window->logOut();
    // The request was aborted: the sandbox finds the connection closed when it answers.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 0, 10'000);
    QCOMPARE(m_sandbox.slowAnswersAbandoned(), 1);
    QVERIFY(app.window->libraryPage() == nullptr);
}

void TestMainWindowFailures::unreachableServiceKeepsConnectionAndRetries()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("patient"), QStringLiteral("patient-secret")));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    // The first load is answered before the fault is set, or it could use the fault up.
    QTRY_VERIFY_WITH_TIMEOUT(app.window->libraryPage()->tracksModel()->rowCount() == 7, 10'000);
    app.window->logOut();

    // Without a cached copy (Your uploads was never opened): the message bar says why, with Try again.
    m_sandbox.injectFault(sandbox::Fault::withStatus(QStringLiteral("/me/tracks"), 503));
    QVERIFY(app.logIn(QStringLiteral("patient"), QStringLiteral("patient-secret")));
    LibraryPage *library = app.window->libraryPage();
    library->browser()->showKind(LibraryList::Kind::Uploads);
    QTRY_VERIFY_WITH_TIMEOUT(messageText(*app.window).contains(QStringLiteral("unreachable")), 10'000);
    QVERIFY(library->isConnected());  // tokens kept, no reconnect offered
    QVERIFY(!library->findChild<QPushButton *>(QStringLiteral("reconnectPushButton"))->isVisible());
    auto *retry = library->findChild<QPushButton *>(QStringLiteral("retryPushButton"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() == 3, 10'000);  // bob's uploads
    QVERIFY(messageText(*app.window).isEmpty());

    // With a cached copy (Likes): the cached rows stay, the offline banner says so and retries.
    app.window->logOut();
    m_sandbox.injectFault(sandbox::Fault::withStatus(QStringLiteral("/me/likes/tracks"), 503));
    QVERIFY(app.logIn(QStringLiteral("patient"), QStringLiteral("patient-secret")));
    library = app.window->libraryPage();
    auto *banner = library->findChild<OfflineBanner *>(QStringLiteral("offlineBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
    QVERIFY(banner->text().startsWith(QStringLiteral("Offline")));
    QCOMPARE(library->tracksModel()->rowCount(), 7);
    QVERIFY(messageText(*app.window).isEmpty());  // the banner says it once
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("offlineRetryPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->isComplete(), 10'000);
    QCOMPARE(library->tracksModel()->rowCount(), 7);
}

WAVESHELF_TEST_MAIN(TestMainWindowFailures)
#include "tst_mainwindowfailures.moc"
