// End to end: the offline library. After a first visit, a returning user whose
// SoundCloud cannot be reached sees the cached library with the offline banner
// ("Offline — showing your library from <time>"); once SoundCloud is back,
// Retry refreshes it and the banner goes.

#include "CollectionPane.h"
#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "LibraryTestCase.h"
#include "MainWindow.h"
#include "OfflineBanner.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "models/TrackListModel.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace mainwindowtest;
using namespace waveshelf;
using Kind = LibraryList::Kind;

class TestLibraryOffline final : public LibraryTestCase {
    Q_OBJECT

private slots:
    void cachedLibraryShowsOfflineThenRefreshes();
    void bannerSaysWhen();
};

void TestLibraryOffline::cachedLibraryShowsOfflineThenRefreshes()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    LibraryPage *library = connectBob(app, QStringLiteral("traveller"));
    QVERIFY(library);
    auto *banner = library->findChild<OfflineBanner *>(QStringLiteral("offlineBanner"));
    QVERIFY(!banner->isVisible());
    choose(library, Kind::Playlists);  // visited: cached too
    QVERIFY(completeWith(pane(library)->model(), 2));
    app.window->logOut();

    // SoundCloud down: every library request fails.
    m_sandbox.injectFault(sandbox::Fault::withStatus(QStringLiteral("/me/"), 503, 1000));
    QVERIFY(app.logIn(QStringLiteral("traveller"), QStringLiteral("traveller-secret")));
    library = app.window->libraryPage();
    banner = library->findChild<OfflineBanner *>(QStringLiteral("offlineBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kLoadTimeoutMs);
    QVERIFY(banner->text().startsWith(QStringLiteral("Offline — showing your library from ")));
    QCOMPARE(banner->accessibleName(), banner->text());
    QCOMPARE(library->tracksModel()->rowCount(), 7);  // the cached likes
    QVERIFY(library->tracksModel()->isOffline());
    QVERIFY(messageText(*app.window).isEmpty());  // the banner says it, once
    // Issue 19, defect 9: "Connected as bob" stayed while offline.
    QCOMPARE(library->browser()->accountText(), QStringLiteral("SoundCloud: bob (offline)"));
    // Issue 19, defect 3: offline, the count said "0 loaded, more coming". It says
    // what is saved, and when a list is not.
    auto *count = library->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY2(count->text().startsWith(QStringLiteral("Offline: 7 track")), qPrintable(count->text()));
    QVERIFY(count->text().endsWith(QStringLiteral(" saved on this computer")));
    choose(library, Kind::Uploads);  // never visited: not saved
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("Offline: this list is not saved on this computer"),
                              kLoadTimeoutMs);
    // The cached playlists browse too.
    choose(library, Kind::Playlists);
    QTRY_COMPARE_WITH_TIMEOUT(pane(library)->model()->rowCount(), 2, kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane(library)->model()->isOffline(), kLoadTimeoutMs);
    QVERIFY(banner->isVisible());

    // Back online: Retry refreshes what is shown and the banner goes.
    m_sandbox.clearFaults();
    const int before = m_sandbox.requestCount(QStringLiteral("/me/playlists"));
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("offlineRetryPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kLoadTimeoutMs);
    QCOMPARE(library->browser()->accountText(), QStringLiteral("SoundCloud: bob"));
    QVERIFY(m_sandbox.requestCount(QStringLiteral("/me/playlists")) > before);
    QVERIFY(completeWith(pane(library)->model(), 2));
    choose(library, Kind::Likes);
    QVERIFY(completeWith(library->tracksModel(), 7));
    QVERIFY(!banner->isVisible());
}

void TestLibraryOffline::bannerSaysWhen()
{
    OfflineBanner banner;
    const QDateTime today = QDateTime::currentDateTime();
    banner.setOffline(true, today);
    QVERIFY(banner.text().endsWith(QLocale().toString(today.time(), QLocale::ShortFormat)));
    const QDateTime earlier = today.addDays(-3);
    banner.setOffline(true, earlier);
    QVERIFY(banner.text().endsWith(QLocale().toString(earlier, QLocale::ShortFormat)));
    banner.setOffline(false, {});
    QVERIFY(banner.isHidden());
}

WAVESHELF_TEST_MAIN(TestLibraryOffline)
#include "tst_libraryoffline.moc"
