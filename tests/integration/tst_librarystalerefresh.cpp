// The refresh policy against the sandbox on loopback: a cached list whose
// oldest chunk is older than LibraryListModel::kStaleAfterSecs is refreshed to
// its end in the background without scrolling; a fresh one only over its
// cached part (the rest as the user scrolls); Library::refreshStale refreshes
// the stale lists of those it is given, oldest first, and leaves fresh ones.

#include "ConnectedUserFixture.h"
#include "ResultSpy.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "session/UserContext.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace waveshelf;
using sandbox::SandboxHost;

namespace {

const LibraryList kLikes = LibraryList::of(LibraryList::Kind::Likes);
const LibraryList kUploads = LibraryList::of(LibraryList::Kind::Uploads);
const QString kUploadsPath = QStringLiteral("/me/tracks");
const QString kLikesPath = QStringLiteral("/me/likes/tracks");
constexpr int kAliceUploads = 1234;  // 7 pages

CachedList<Track> cachedTracks(LibraryCache &cache, const LibraryList &list)
{
    test::ResultSpy<CachedList<Track>> spy;
    cache.read<Track>(list, spy.context(), spy.callback());
    return spy.wait(10'000) && spy.last().ok() ? spy.last().value() : CachedList<Track>();
}

}  // namespace

class TestLibraryStaleRefresh final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void freshCacheRefreshesOnlyItsCachedPart();
    void staleCacheIsRefreshedToItsEndWithoutScrolling();
    void refreshStaleTakesTheOldestFirstAndLeavesFreshLists();

private:
    // Loads the first page of `list` into the cache and waits until it is stored.
    static void loadFirstPage(Library &library, const LibraryList &list);
    // Dates every cached chunk of `list` `days` days back.
    static bool age(test::ConnectedUserFixture &user, const LibraryList &list, int days);

    SandboxHost m_sandbox;
};

void TestLibraryStaleRefresh::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestLibraryStaleRefresh::loadFirstPage(Library &library, const LibraryList &list)
{
    std::unique_ptr<TrackListModel> model(library.createTrackModel(nullptr));
    QSignalSpy stored(&library, &Library::cacheChanged);
    model->load(list);
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 10'000);
}

bool TestLibraryStaleRefresh::age(test::ConnectedUserFixture &user, const LibraryList &list, int days)
{
    QSqlQuery query(user.database().connection());
    query.prepare(QStringLiteral("UPDATE library_cache_chunks SET fetched_ms = ? WHERE user_id = ? AND list_id = ?"));
    query.addBindValue(QDateTime::currentDateTimeUtc().addDays(-days).toMSecsSinceEpoch());
    query.addBindValue(user.session().user.id);
    query.addBindValue(user.context().library().cache().listId(list));
    return query.exec() && query.numRowsAffected() > 0;
}

void TestLibraryStaleRefresh::freshCacheRefreshesOnlyItsCachedPart()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    Library &library = user.context().library();
    loadFirstPage(library, kUploads);

    TrackListModel *model = library.createTrackModel(this);
    QSignalSpy refreshed(model, &LibraryListModel::refreshed);
    QSignalSpy loaded(model, &LibraryListModel::pageLoaded);
    m_sandbox.resetCounters();
    model->load(kUploads);
    QVERIFY(refreshed.wait(10'000));
    QTRY_VERIFY(!loaded.isEmpty() && !model->isLoading());
    QVERIFY(!model->isWalkingToEnd());
    QCOMPARE(m_sandbox.requestCount(kUploadsPath), 1);  // its one cached page, no more
    QCOMPARE(model->rowCount(), ApiClient::kPageSize);
    QVERIFY(model->canFetchMore({}));
    delete model;
}

void TestLibraryStaleRefresh::staleCacheIsRefreshedToItsEndWithoutScrolling()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    Library &library = user.context().library();
    loadFirstPage(library, kUploads);
    QVERIFY(age(user, kUploads, 2));
    QVERIFY(LibraryListModel::isStale(cachedTracks(library.cache(), kUploads).oldestChunkAt));

    TrackListModel *model = library.createTrackModel(this);
    QSignalSpy shown(model, &LibraryListModel::cacheShown);
    m_sandbox.resetCounters();
    model->load(kUploads);
    QVERIFY(shown.wait(10'000));
    QVERIFY(model->isWalkingToEnd());
    QTRY_VERIFY_WITH_TIMEOUT(model->isComplete(), 20'000);  // no fetchMore: nobody scrolled
    QCOMPARE(model->rowCount(), kAliceUploads);
    QCOMPARE(m_sandbox.requestCount(kUploadsPath), (kAliceUploads + ApiClient::kPageSize - 1) / ApiClient::kPageSize);
    // All of it went back into the cache, fresh.
    QTRY_COMPARE_WITH_TIMEOUT(cachedTracks(library.cache(), kUploads).items.size(), kAliceUploads, 10'000);
    QVERIFY(!LibraryListModel::isStale(cachedTracks(library.cache(), kUploads).oldestChunkAt));
    delete model;
}

void TestLibraryStaleRefresh::refreshStaleTakesTheOldestFirstAndLeavesFreshLists()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    Library &library = user.context().library();
    loadFirstPage(library, kLikes);
    loadFirstPage(library, kUploads);

    // Both fresh: nothing to do, no request.
    m_sandbox.resetCounters();
    test::ResultSpy<int> none;
    library.refreshStale({kUploads, kLikes}, none.context(), none.callback());
    QVERIFY(none.wait(10'000));
    QCOMPARE(none.last().value(), 0);
    QCOMPARE(m_sandbox.requestCount(kUploadsPath) + m_sandbox.requestCount(kLikesPath), 0);

    // Likes older than uploads: likes first, then uploads.
    QVERIFY(age(user, kLikes, 3));
    QVERIFY(age(user, kUploads, 2));
    int uploadsRequestsAtFirstStore = -1;
    const QMetaObject::Connection watch = connect(&library, &Library::cacheChanged, this, [&] {
        if (uploadsRequestsAtFirstStore < 0)
            uploadsRequestsAtFirstStore = m_sandbox.requestCount(kUploadsPath);
    });
    test::ResultSpy<int> both;
    library.refreshStale({kUploads, kLikes}, both.context(), both.callback());
    QVERIFY(both.wait(20'000));
    QVERIFY(both.last().ok());
    disconnect(watch);
    QCOMPARE(both.last().value(), 2);
    QCOMPARE(uploadsRequestsAtFirstStore, 0);
    QCOMPARE(m_sandbox.requestCount(kLikesPath), 1);
    QCOMPARE(m_sandbox.requestCount(kUploadsPath), 1);
    QTRY_VERIFY(!LibraryListModel::isStale(cachedTracks(library.cache(), kLikes).oldestChunkAt));
    QTRY_VERIFY(!LibraryListModel::isStale(cachedTracks(library.cache(), kUploads).oldestChunkAt));

    // Only the stale one of a stale and a fresh list.
    QVERIFY(age(user, kUploads, 2));
    m_sandbox.resetCounters();
    test::ResultSpy<int> one;
    library.refreshStale({kLikes, kUploads}, one.context(), one.callback());
    QVERIFY(one.wait(20'000));
    QCOMPARE(one.last().value(), 1);
    QCOMPARE(m_sandbox.requestCount(kLikesPath), 0);
    QCOMPARE(m_sandbox.requestCount(kUploadsPath), 1);
}

WAVESHELF_TEST_MAIN(TestLibraryStaleRefresh)
#include "tst_librarystalerefresh.moc"
