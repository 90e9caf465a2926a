// The library against the sandbox on loopback: cached rows first (before any
// request), then SoundCloud's pages merged in place (no reset: persistent
// indexes survive), next_href followed after the cached part, offline with
// the cache's time and a retry, and requests dropped on clear.

#include "ConnectedUserFixture.h"
#include "ResultSpy.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "session/UserContext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

const LibraryList kLikes = LibraryList::of(LibraryList::Kind::Likes);
const LibraryList kUploads = LibraryList::of(LibraryList::Kind::Uploads);

CachedList<Track> cachedTracks(LibraryCache &cache, const LibraryList &list)
{
    test::ResultSpy<CachedList<Track>> spy;
    cache.read<Track>(list, spy.context(), spy.callback());
    return spy.wait(10'000) && spy.last().ok() ? spy.last().value() : CachedList<Track>();
}

}  // namespace

class TestLibraryCacheRefresh final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cachedFirstThenUpdatedInPlace();
    void refreshCoversTheCachedPartThenPagesOn();
    void offlineShowsTheCacheAndRetryRefreshes();
    void clearDropsTheRefreshInFlight();

private:
    // Loads `list` from SoundCloud into an empty cache (`pages` pages) and waits until it is stored.
    void loadIntoCache(Library &library, const LibraryList &list, int pages);

    SandboxHost m_sandbox;
};

void TestLibraryCacheRefresh::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestLibraryCacheRefresh::init()
{
    m_sandbox.clearFaults();
}

void TestLibraryCacheRefresh::loadIntoCache(Library &library, const LibraryList &list, int pages)
{
    TrackListModel *model = library.createTrackModel(nullptr);
    QSignalSpy stored(&library, &Library::cacheChanged);
    QSignalSpy loaded(model, &LibraryListModel::pageLoaded);
    model->load(list);
    for (int page = 1; page <= pages; ++page) {
        QTRY_COMPARE_WITH_TIMEOUT(stored.count(), page, 10'000);
        QCOMPARE(loaded.count(), page);
        if (page < pages)
            model->fetchMore({});
    }
    delete model;
}

void TestLibraryCacheRefresh::cachedFirstThenUpdatedInPlace()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    Library &library = user.context().library();
    loadIntoCache(library, kLikes, 1);
    const QList<Track> fresh = cachedTracks(library.cache(), kLikes).items;
    QCOMPARE(fresh.size(), 7);

    // What a previous session stored differs from SoundCloud's answer now:
    // one title changed, one like gone since (row 3), one liked since (not cached).
    QList<Track> stale = fresh;
    stale[1].title = QStringLiteral("An old title");
    Track gone = fresh.at(2);
    gone.urn = QStringLiteral("soundcloud:tracks:1");
    gone.title = QStringLiteral("Unliked since");
    stale.insert(3, gone);
    stale.removeAt(5);
    test::ResultSpy<void> written;
    library.cache().write(kLikes, stale, {}, 0, written.context(), written.callback());
    QVERIFY(written.wait(10'000));

    TrackListModel *model = library.createTrackModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(model, &LibraryListModel::cacheShown);
    QSignalSpy refreshed(model, &LibraryListModel::refreshed);
    m_sandbox.resetCounters();
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    int requestsWhenShown = -1;
    connect(model, &LibraryListModel::cacheShown, this, [&] {
        requestsWhenShown = m_sandbox.requestCount(QStringLiteral("/me/likes/tracks"));
        inserted.clear();  // the cached rows; from here on, only the refresh's changes
    });
    model->load(kLikes);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QVERIFY(shown.wait(10'000));
    QCOMPARE(requestsWhenShown, 0);  // shown before any request: no network wait
    QCOMPARE(model->rowCount(), stale.size());
    QCOMPARE(model->trackAt(1).title, QStringLiteral("An old title"));
    const QPersistentModelIndex kept(model->index(6, TrackListModel::TitleColumn));  // fresh.at(6)
    const QPersistentModelIndex renamed(model->index(1, TrackListModel::ArtistColumn));

    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model->items(), fresh);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(kept.isValid() && renamed.isValid());  // what a selection holds survives
    QCOMPARE(kept.data(TrackListModel::UrnRole).toString(), fresh.at(6).urn);
    QCOMPARE(renamed.row(), 1);
    QVERIFY(model->isComplete());
    QVERIFY(!model->isOffline());
    // What the refresh saw went back into the cache.
    QTRY_COMPARE_WITH_TIMEOUT(cachedTracks(library.cache(), kLikes).items, fresh, 10'000);
    delete model;
}

void TestLibraryCacheRefresh::refreshCoversTheCachedPartThenPagesOn()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    Library &library = user.context().library();
    loadIntoCache(library, kUploads, 2);
    const CachedList<Track> cached = cachedTracks(library.cache(), kUploads);
    QCOMPARE(cached.items.size(), 2 * ApiClient::kPageSize);
    QVERIFY(!cached.nextHref.isEmpty());

    TrackListModel *model = library.createTrackModel(this);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(model, &LibraryListModel::refreshed);
    m_sandbox.resetCounters();
    model->load(kUploads);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QVERIFY(refreshed.wait(10'000));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/me/tracks")), 2);  // the cached part, no more
    QCOMPARE(model->rowCount(), 2 * ApiClient::kPageSize);
    QTRY_VERIFY(model->canFetchMore({}));
    QVERIFY(model->hasMore());
    model->fetchMore({});
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3 * ApiClient::kPageSize, 10'000);
    QCOMPARE(resets.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(cachedTracks(library.cache(), kUploads).items.size(), 3 * ApiClient::kPageSize, 10'000);
    delete model;
}

void TestLibraryCacheRefresh::offlineShowsTheCacheAndRetryRefreshes()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    Library &library = user.context().library();
    loadIntoCache(library, kLikes, 1);
    const CachedList<Track> cached = cachedTracks(library.cache(), kLikes);

    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/me/likes/tracks"), 503, 50));
    TrackListModel *model = library.createTrackModel(this);
    QSignalSpy offline(model, &LibraryListModel::offlineChanged);
    QSignalSpy libraryOffline(&library, &Library::offlineChanged);
    model->load(kLikes);
    QVERIFY(offline.wait(20'000));
    QVERIFY(offline.constLast().at(0).toBool());
    QCOMPARE(offline.constLast().at(1).toDateTime(), cached.fetchedAt);
    QCOMPARE(model->cachedAt(), cached.fetchedAt);
    QCOMPARE(model->items(), cached.items);  // browsable
    QVERIFY(model->isOffline());
    QTRY_VERIFY(library.isOffline());
    QCOMPARE(library.offlineSince(), cached.fetchedAt);
    QVERIFY(!libraryOffline.isEmpty());

    m_sandbox.clearFaults();
    QSignalSpy refreshed(model, &LibraryListModel::refreshed);
    library.retryAll();  // back online
    QVERIFY(refreshed.wait(10'000));
    QVERIFY(!model->isOffline());
    QVERIFY(!offline.constLast().at(0).toBool());
    QTRY_VERIFY(!library.isOffline());
    QTRY_VERIFY(cachedTracks(library.cache(), kLikes).fetchedAt > cached.fetchedAt);
    delete model;
}

void TestLibraryCacheRefresh::clearDropsTheRefreshInFlight()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    Library &library = user.context().library();
    loadIntoCache(library, kLikes, 1);
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/me/likes/tracks"), 300));
    TrackListModel *model = library.createTrackModel(this);
    QSignalSpy shown(model, &LibraryListModel::cacheShown);
    const int before = m_sandbox.requestCount(QStringLiteral("/me/likes/tracks"));
    model->load(kLikes);
    QVERIFY(shown.wait(10'000));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(QStringLiteral("/me/likes/tracks")), before + 1, 10'000);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    model->clear();  // log out, or the view left
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 0, 10'000);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(!model->isLoading());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/me/likes/tracks")), before + 1);
    delete model;
}

WAVESHELF_TEST_MAIN(TestLibraryCacheRefresh)
#include "tst_librarycacherefresh.moc"
