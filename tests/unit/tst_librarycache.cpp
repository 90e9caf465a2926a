// The offline library cache on a real SQLite file: round trip in chunks,
// partial rewrites, sealed rows useless to another local user, the size bound
// with least-recently-used eviction, clear (answering the work queued before
// it), disconnect and user removal.

#include "LibraryTestUsers.h"
#include "ResultSpy.h"
#include "TestDatabase.h"
#include "TestSuite.h"
#include "app/AppCore.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "session/UserContext.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace waveshelf;
using test::LibraryTestUsers;

namespace {

const LibraryList kLikes = LibraryList::of(LibraryList::Kind::Likes);

template <typename Item>
CachedList<Item> readBack(LibraryCache &cache, const LibraryList &list)
{
    test::ResultSpy<CachedList<Item>> spy;
    cache.read<Item>(list, spy.context(), spy.callback());
    if (!spy.wait(10'000) || !spy.last().ok())
        return {};
    return spy.last().value();
}

template <typename Item>
bool store(LibraryCache &cache, const LibraryList &list, const QList<Item> &items, const QUrl &next = {},
           int firstChangedRow = 0)
{
    test::ResultSpy<void> spy;
    cache.write(list, items, next, firstChangedRow, spy.context(), spy.callback());
    return spy.wait(10'000) && spy.last().ok();
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

}  // namespace

class TestLibraryCache final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { WAVESHELF_SKIP_WITHOUT_POSTGRES(); }
    void tracksRoundTripInChunks();
    void playlistsAndPeopleRoundTrip();
    void partialRewriteKeepsEarlierChunks();
    void listIdsRevealNothing();
    void anotherUsersRowsDoNotOpen();
    void sizeIsBoundedLeastRecentlyUsedFirst();
    void clearAndDisconnectDeleteTheCache();
    void clearAnswersTheWorkQueuedBeforeIt();
    void removingTheUserDeletesTheirCache();
};

void TestLibraryCache::tracksRoundTripInChunks()
{
    LibraryTestUsers users;
    LibraryCache &cache = users.add(QStringLiteral("dana")).library().cache();
    const QList<Track> tracks = LibraryTestUsers::tracks(1'234);
    const QUrl next(QStringLiteral("https://api.example.org/me/likes/tracks?cursor=abc&limit=200"));
    QVERIFY(!readBack<Track>(cache, kLikes).found);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(store(cache, kLikes, tracks, next));
    QCOMPARE(count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_chunks")), 3);
    const CachedList<Track> cached = readBack<Track>(cache, kLikes);
    QVERIFY(cached.found);
    QCOMPARE(cached.items, tracks);
    QCOMPARE(cached.nextHref, next);
    QVERIFY(cached.fetchedAt >= before);
    QVERIFY(cached.oldestChunkAt <= cached.fetchedAt);
    // Nothing of the plain text is in the database.
    QSqlQuery query(users.database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT chunk_enc FROM library_cache_chunks")));
    while (query.next())
        QVERIFY(!query.value(0).toByteArray().contains("Track 0"));
    // An empty list is a list too; a shorter list drops the chunks beyond it.
    QVERIFY(store(cache, kLikes, QList<Track>()));
    const CachedList<Track> empty = readBack<Track>(cache, kLikes);
    QVERIFY(empty.found);
    QVERIFY(empty.items.isEmpty());
    QVERIFY(empty.nextHref.isEmpty());
    QCOMPARE(count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_chunks")), 0);
}

void TestLibraryCache::playlistsAndPeopleRoundTrip()
{
    LibraryTestUsers users;
    LibraryCache &cache = users.add(QStringLiteral("dana")).library().cache();
    const LibraryList playlists = LibraryList::of(LibraryList::Kind::Playlists);
    const LibraryList followings = LibraryList::of(LibraryList::Kind::Followings);
    QVERIFY(store(cache, playlists, LibraryTestUsers::playlists(12)));
    QVERIFY(store(cache, followings, LibraryTestUsers::people(600)));
    QCOMPARE(readBack<Playlist>(cache, playlists).items, LibraryTestUsers::playlists(12));
    QCOMPARE(readBack<SoundCloudUser>(cache, followings).items, LibraryTestUsers::people(600));
    // A list read as another kind of item is not found.
    QVERIFY(!readBack<Track>(cache, playlists).found);
}

void TestLibraryCache::partialRewriteKeepsEarlierChunks()
{
    LibraryTestUsers users;
    LibraryCache &cache = users.add(QStringLiteral("dana")).library().cache();
    QList<Track> tracks = LibraryTestUsers::tracks(1'100);
    QVERIFY(store(cache, kLikes, tracks));
    QSqlQuery mark(users.database().connection());
    QVERIFY(mark.exec(QStringLiteral("UPDATE library_cache_chunks SET fetched_ms = 1000")));
    tracks[1'050].title = QStringLiteral("Renamed");
    tracks.append(LibraryTestUsers::tracks(1'200).mid(1'100));
    QVERIFY(store(cache, kLikes, tracks, {}, 1'050));
    // Chunks 0 and 1 were kept as stored; chunk 2 was written again.
    QCOMPARE(
        count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_chunks WHERE fetched_ms = 1000")),
        2);
    const CachedList<Track> cached = readBack<Track>(cache, kLikes);
    QCOMPARE(cached.items, tracks);
    QCOMPARE(cached.oldestChunkAt.toMSecsSinceEpoch(), 1000);
}

void TestLibraryCache::listIdsRevealNothing()
{
    LibraryTestUsers users;
    LibraryCache &dana = users.add(QStringLiteral("dana")).library().cache();
    LibraryCache &erik = users.add(QStringLiteral("erik")).library().cache();
    const LibraryList playlist = LibraryList::of(LibraryList::Kind::PlaylistTracks,
                                                 QStringLiteral("soundcloud:playlists:7"));
    const QString id = dana.listId(playlist);
    QCOMPARE(id.size(), 64);
    QVERIFY(!id.contains(QStringLiteral("playlist")));
    QCOMPARE(dana.listId(playlist), id);   // stable
    QVERIFY(erik.listId(playlist) != id);  // per user
    QVERIFY(dana.listId(LibraryList::of(LibraryList::Kind::PlaylistTracks, QStringLiteral("soundcloud:playlists:8")))
            != id);
}

void TestLibraryCache::anotherUsersRowsDoNotOpen()
{
    LibraryTestUsers users;
    UserContext &dana = users.add(QStringLiteral("dana"));
    UserContext &erik = users.add(QStringLiteral("erik"));
    QVERIFY(store(dana.library().cache(), kLikes, LibraryTestUsers::tracks(600)));
    // Erik's own cache is empty, and dana's rows copied under his id and list id do not open.
    QVERIFY(!readBack<Track>(erik.library().cache(), kLikes).found);
    QSqlQuery copy(users.database().connection());
    const QString erikId = erik.library().cache().listId(kLikes);
    const QString danaId = dana.library().cache().listId(kLikes);
    for (const QString &sql :
         {QStringLiteral("INSERT INTO library_cache_lists (user_id, list_id, meta_enc, used_ms, bytes) "
                         "SELECT %1, '%2', meta_enc, used_ms, bytes FROM library_cache_lists WHERE list_id = '%3'"),
          QStringLiteral("INSERT INTO library_cache_chunks (user_id, list_id, chunk_index, fetched_ms, chunk_enc) "
                         "SELECT %1, '%2', chunk_index, fetched_ms, chunk_enc FROM library_cache_chunks "
                         "WHERE list_id = '%3'")}) {
        QVERIFY2(copy.exec(sql.arg(erik.user().id).arg(erikId, danaId)), qPrintable(copy.lastError().text()));
    }
    QCOMPARE(count(users.database(),
                   QStringLiteral("SELECT COUNT(*) FROM library_cache_chunks WHERE user_id = %1").arg(erik.user().id)),
             2);
    QVERIFY(!readBack<Track>(erik.library().cache(), kLikes).found);
    QCOMPARE(readBack<Track>(dana.library().cache(), kLikes).items.size(), 600);
}

void TestLibraryCache::sizeIsBoundedLeastRecentlyUsedFirst()
{
    LibraryTestUsers users;
    LibraryCache &cache = users.add(QStringLiteral("dana")).library().cache();
    const auto list = [](int n) {
        return LibraryList::of(LibraryList::Kind::PlaylistTracks, QStringLiteral("soundcloud:playlists:%1").arg(n));
    };
    QVERIFY(store(cache, list(1), LibraryTestUsers::tracks(400, QStringLiteral("one"))));
    test::ResultSpy<qint64> size;
    cache.totalBytes(size.context(), size.callback());
    QVERIFY(size.wait(10'000));
    const qint64 one = size.last().value();
    QVERIFY(one > 400 * 100);
    QVERIFY(store(cache, list(2), LibraryTestUsers::tracks(400, QStringLiteral("two"))));
    QVERIFY(readBack<Track>(cache, list(1)).found);  // list 1 is now the most recently used
    cache.setLimitBytes(one * 5 / 2);                // room for two lists, not three
    QVERIFY(store(cache, list(3), LibraryTestUsers::tracks(400, QStringLiteral("three"))));
    QVERIFY(readBack<Track>(cache, list(1)).found);
    QVERIFY(!readBack<Track>(cache, list(2)).found);  // the least recently used went
    QVERIFY(readBack<Track>(cache, list(3)).found);
    size.clear();
    cache.totalBytes(size.context(), size.callback());
    QVERIFY(size.wait(10'000));
    QVERIFY(size.last().value() <= cache.limitBytes());
    // A list larger than the limit is still kept (alone) while shown.
    cache.setLimitBytes(1);
    QVERIFY(store(cache, list(4), LibraryTestUsers::tracks(10)));
    QCOMPARE(count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_lists")), 1);
}

void TestLibraryCache::clearAndDisconnectDeleteTheCache()
{
    LibraryTestUsers users;
    UserContext &dana = users.add(QStringLiteral("dana"));
    UserContext &erik = users.add(QStringLiteral("erik"));
    QVERIFY(store(dana.library().cache(), kLikes, LibraryTestUsers::tracks(700)));
    QVERIFY(store(erik.library().cache(), kLikes, LibraryTestUsers::tracks(10)));
    QVERIFY(dana.library().clearCache().ok());
    QVERIFY(!readBack<Track>(dana.library().cache(), kLikes).found);
    QVERIFY(readBack<Track>(erik.library().cache(), kLikes).found);  // only dana's went
    QVERIFY(store(dana.library().cache(), kLikes, LibraryTestUsers::tracks(700)));
    // A write still queued when the cache is cleared is dropped or cleared with it.
    dana.library().cache().write(kLikes, LibraryTestUsers::tracks(900), {}, 0, nullptr, {});
    const Result<void> disconnected = dana.disconnect();  // no connection stored: only the cache matters here
    QVERIFY(disconnected.ok() || disconnected.error().kind == ErrorKind::NotFound);
    QCOMPARE(count(users.database(),
                   QStringLiteral("SELECT COUNT(*) FROM library_cache_lists WHERE user_id = %1").arg(dana.user().id)),
             0);
    QCOMPARE(count(users.database(),
                   QStringLiteral("SELECT COUNT(*) FROM library_cache_chunks WHERE user_id = %1").arg(dana.user().id)),
             0);
}

void TestLibraryCache::clearAnswersTheWorkQueuedBeforeIt()
{
    LibraryTestUsers users;
    UserContext &dana = users.add(QStringLiteral("dana"));
    UserContext &erik = users.add(QStringLiteral("erik"));
    QVERIFY(store(erik.library().cache(), kLikes, LibraryTestUsers::tracks(10)));
    LibraryCache &cache = dana.library().cache();
    QStringList answered;
    test::ResultSpy<void> written;
    test::ResultSpy<CachedList<Track>> read;
    test::ResultSpy<void> cleared;
    auto noting = [&answered](const QString &what, auto callback) {
        return [&answered, what, callback](auto result) {
            answered.append(what);
            callback(std::move(result));
        };
    };
    // A write and a read queued, then the clear: each is answered, in order.
    cache.write(kLikes, LibraryTestUsers::tracks(1'200), {}, 0, written.context(),
                noting(QStringLiteral("write"), written.callback()));
    cache.read<Track>(kLikes, read.context(), noting(QStringLiteral("read"), read.callback()));
    dana.library().clearCache(cleared.context(), noting(QStringLiteral("clear"), cleared.callback()));
    QVERIFY(cleared.isEmpty());  // answered later: the caller's thread does not wait
    QVERIFY(cleared.wait(10'000));
    QCOMPARE(answered, QStringList({QStringLiteral("write"), QStringLiteral("read"), QStringLiteral("clear")}));
    QVERIFY(written.last().ok());
    QVERIFY(read.last().ok() && read.last().value().found);
    QCOMPARE(read.last().value().items.size(), 1'200);
    QVERIFY(cleared.last().ok());
    // Nothing of dana's cache remains; erik's does.
    const QString where = QStringLiteral(" WHERE user_id = %1").arg(dana.user().id);
    QCOMPARE(count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_lists") + where), 0);
    QCOMPARE(count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_chunks") + where), 0);
    QVERIFY(readBack<Track>(erik.library().cache(), kLikes).found);
    // Work queued after the clear runs after it.
    test::ResultSpy<void> later;
    cleared.clear();
    cache.clear(cleared.context(), cleared.callback());
    cache.write(kLikes, LibraryTestUsers::tracks(3), {}, 0, later.context(), later.callback());
    QVERIFY(later.wait(10'000) && cleared.count() == 1);
    QCOMPARE(readBack<Track>(cache, kLikes).items.size(), 3);
}

void TestLibraryCache::removingTheUserDeletesTheirCache()
{
    LibraryTestUsers users;
    UserContext &dana = users.add(QStringLiteral("dana"));
    QVERIFY(store(dana.library().cache(), kLikes, LibraryTestUsers::tracks(1'200)));
    QVERIFY(count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_chunks")) == 3);
    QVERIFY(users.core().users().remove(dana.user().id).ok());
    QCOMPARE(count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_lists")), 0);
    QCOMPARE(count(users.database(), QStringLiteral("SELECT COUNT(*) FROM library_cache_chunks")), 0);
}

WAVESHELF_TEST_GUILESS_MAIN(TestLibraryCache)
#include "tst_librarycache.moc"
