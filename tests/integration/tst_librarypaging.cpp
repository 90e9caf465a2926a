// Every kind of library list (LibraryList) walked with the one pager
// (PageCursor) from ApiClient::firstPage against the sandbox: all items arrive,
// in the sandbox's order, one request per page with next_href followed as given
// (cursor or offset), recently played in one unpaged request, and lena's 10,000
// likes with their previews and blocked tracks.

#include "ConnectedUserFixture.h"
#include "ListenerSeed.h"
#include "ResultSpy.h"
#include "SandboxData.h"
#include "SandboxHost.h"
#include "SeedText.h"
#include "TestSuite.h"
#include "network/ApiClient.h"
#include "network/PageCursor.h"
#include "soundcloud/ApiJson.h"
#include "soundcloud/LibraryList.h"

#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace waveshelf;
using sandbox::ListenerSeed;
using sandbox::SandboxData;
using sandbox::SandboxHost;
using Kind = LibraryList::Kind;

Q_DECLARE_METATYPE(waveshelf::LibraryList)

namespace {

constexpr int kTimeoutMs = 20'000;
constexpr int kPageSize = 37;  // pages of an odd size, so page ends fall anywhere

QStringList urns(const QString &prefix, const QList<qint64> &ids)
{
    QStringList result;
    for (const qint64 id : ids)
        result.append(prefix + QString::number(id));
    return result;
}

QStringList trackUrns(const QList<qint64> &ids)
{
    return urns(QStringLiteral("soundcloud:tracks:"), ids);
}

// What the walk saw: the items' urns, the pages asked for after the first.
struct Walk {
    QStringList urns;
    QList<QUrl> followed;
    bool ok = false;
};

template <typename Item, typename Parse, typename Page>
Walk walk(ApiClient &api, const LibraryList &list, int pageSize, Parse parse, QList<Item> Page::*items)
{
    Walk seen;
    PageCursor<Item> cursor(api, parse, items);
    cursor.restart(api.firstPage(list, pageSize));
    while (!cursor.atEnd()) {
        test::ResultSpy<QList<Item>> page;
        cursor.fetchNext(page.context(), page.callback());
        if (!page.wait(kTimeoutMs) || !page.at(0).ok())
            return seen;
        for (const Item &item : page.at(0).value())
            seen.urns.append(item.urn);
        if (!cursor.atEnd())
            seen.followed.append(cursor.nextPage());
    }
    seen.ok = true;
    return seen;
}

Walk walkAny(ApiClient &api, const LibraryList &list, int pageSize)
{
    switch (list.items()) {
    case LibraryList::Items::Tracks:
        return walk(api, list, pageSize, &ApiJson::parseTrackPage, &TrackPage::tracks);
    case LibraryList::Items::Playlists:
        return walk(api, list, pageSize, &ApiJson::parsePlaylistPage, &PlaylistPage::playlists);
    case LibraryList::Items::Users:
        return walk(api, list, pageSize, &ApiJson::parseUserPage, &UserPage::users);
    }
    return {};
}

}  // namespace

class TestLibraryPaging final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyListArrivesWholeAndInOrder_data();
    void everyListArrivesWholeAndInOrder();
    void recentlyPlayedIsOneRequest();
    void streamCarriesWhenItWasAdded();
    void lenaHasTenThousandLikes();

private:
    SandboxHost m_sandbox;
    SandboxData m_data;  // the same seed the sandbox serves
    std::unique_ptr<test::ConnectedUserFixture> m_alice;
};

void TestLibraryPaging::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_alice = std::make_unique<test::ConnectedUserFixture>(m_sandbox);
    QVERIFY(m_alice->connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
}

void TestLibraryPaging::cleanup()
{
    m_sandbox.clearFaults();
}

void TestLibraryPaging::everyListArrivesWholeAndInOrder_data()
{
    QTest::addColumn<LibraryList>("list");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("position");  // what next_href carries: "cursor" or "offset"

    const sandbox::SandboxUser &alice = *m_data.userByUsername(QStringLiteral("alice"));
    QList<qint64> feed;
    for (const sandbox::SandboxActivity &activity : alice.feed)
        feed.append(activity.trackId);
    const QString playlistPrefix = QStringLiteral("soundcloud:playlists:");
    const QString userPrefix = QStringLiteral("soundcloud:users:");
    const QString cursor = QStringLiteral("cursor");
    const QString offset = QStringLiteral("offset");

    QTest::newRow("stream") << LibraryList::of(Kind::Stream) << trackUrns(feed) << cursor;
    QTest::newRow("likes") << LibraryList::of(Kind::Likes) << trackUrns(alice.likedTrackIds) << cursor;
    QTest::newRow("uploads") << LibraryList::of(Kind::Uploads) << trackUrns(alice.trackIds) << cursor;
    QTest::newRow("playlists") << LibraryList::of(Kind::Playlists) << urns(playlistPrefix, alice.playlistIds) << cursor;
    QTest::newRow("liked playlists") << LibraryList::of(Kind::LikedPlaylists)
                                     << urns(playlistPrefix, alice.likedPlaylistIds) << cursor;
    QTest::newRow("followings") << LibraryList::of(Kind::Followings) << urns(userPrefix, alice.followingIds) << offset;
    QTest::newRow("300-track playlist") << LibraryList::of(Kind::PlaylistTracks, playlistPrefix + u"700010")
                                        << trackUrns(m_data.playlist(700010)->trackIds) << cursor;
    QTest::newRow("1-track playlist") << LibraryList::of(Kind::PlaylistTracks, playlistPrefix + u"700014")
                                      << trackUrns(m_data.playlist(700014)->trackIds) << cursor;
    QTest::newRow("artist's tracks") << LibraryList::of(Kind::UserTracks, userPrefix + u"2001")
                                     << trackUrns(m_data.user(2001)->trackIds) << cursor;
    QTest::newRow("dave's tracks") << LibraryList::of(Kind::UserTracks, userPrefix + u"1004")
                                   << trackUrns(m_data.user(1004)->trackIds) << cursor;
    QTest::newRow("bob's playlists") << LibraryList::of(Kind::UserPlaylists, userPrefix + u"1002")
                                     << urns(playlistPrefix, m_data.user(1002)->playlistIds) << cursor;

    // Searches list matches in id order.
    QList<qint64> sessions;
    for (int a = 0; a < ListenerSeed::kArtistCount; ++a)
        sessions.append(ListenerSeed::kFirstAlbumId + a);
    QTest::newRow("search playlists") << LibraryList::of(Kind::SearchPlaylists, QStringLiteral("SESSIONS"))
                                      << urns(playlistPrefix, sessions) << offset;
    QList<qint64> novas;
    for (int a = 0; a < ListenerSeed::kArtistCount; a += 20)
        novas.append(ListenerSeed::kFirstArtistId + a);
    QTest::newRow("search users") << LibraryList::of(Kind::SearchUsers, QStringLiteral("nova"))
                                  << urns(userPrefix, novas) << offset;
    QList<qint64> warehouse;
    for (const qint64 id : m_data.trackIds()) {
        if (m_data.track(id)->title.contains(QLatin1String("warehouse session"), Qt::CaseInsensitive))
            warehouse.append(id);  // blocked ones too: firstPage() asks for every access level
    }
    QTest::newRow("search tracks") << LibraryList::of(Kind::SearchTracks, QStringLiteral("Warehouse Session"))
                                   << trackUrns(warehouse) << offset;
    QTest::newRow("search, nothing") << LibraryList::of(Kind::SearchTracks, QStringLiteral("zzz-nothing"))
                                     << QStringList() << offset;
}

void TestLibraryPaging::everyListArrivesWholeAndInOrder()
{
    QFETCH(LibraryList, list);
    QFETCH(QStringList, expected);
    QFETCH(QString, position);
    m_sandbox.resetCounters();

    const Walk seen = walkAny(m_alice->api(), list, kPageSize);
    QVERIFY(seen.ok);
    QCOMPARE(seen.urns.size(), expected.size());
    QCOMPARE(seen.urns, expected);
    // One request per page, each page the previous one's next_href.
    const int pages = qMax(1, int((expected.size() + kPageSize - 1) / kPageSize));
    QCOMPARE(m_sandbox.requestCount(list.path()), pages);
    QCOMPARE(seen.followed.size(), pages - 1);
    for (const QUrl &next : seen.followed) {
        QCOMPARE(next.path(), list.path());
        QVERIFY2(QUrlQuery(next).hasQueryItem(position), qPrintable(next.toString()));
        if (!list.searchQuery().isEmpty())
            QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), list.searchQuery());
    }
}

void TestLibraryPaging::recentlyPlayedIsOneRequest()
{
    m_sandbox.resetCounters();
    const LibraryList recent = LibraryList::of(Kind::RecentlyPlayed);
    const QUrl first = m_alice->api().firstPage(recent, 5);
    QVERIFY(!QUrlQuery(first).hasQueryItem(QStringLiteral("limit")));
    const Walk seen = walkAny(m_alice->api(), recent, 5);
    QVERIFY(seen.ok);
    QCOMPARE(seen.urns, trackUrns(m_data.user(1001)->recentlyPlayedIds));
    QCOMPARE(seen.urns.size(), ListenerSeed::kRecentlyPlayedMax);
    QCOMPARE(m_sandbox.requestCount(recent.path()), 1);
}

void TestLibraryPaging::streamCarriesWhenItWasAdded()
{
    PageCursor<Track> cursor(m_alice->api(), &ApiJson::parseTrackPage, &TrackPage::tracks);
    cursor.restart(m_alice->api().firstPage(LibraryList::of(Kind::Stream), 50));
    test::ResultSpy<QList<Track>> page;
    cursor.fetchNext(page.context(), page.callback());
    QVERIFY(page.wait(kTimeoutMs));
    const QList<Track> tracks = page.at(0).value();
    const QList<sandbox::SandboxActivity> &feed = m_data.user(1001)->feed;
    QCOMPARE(tracks.size(), 50);
    for (int i = 0; i < tracks.size(); ++i) {
        QCOMPARE(tracks.at(i).addedAt, feed.at(i).createdAt);
        QVERIFY(!tracks.at(i).title.isEmpty());
    }
}

void TestLibraryPaging::lenaHasTenThousandLikes()
{
    test::ConnectedUserFixture lena(m_sandbox, QStringLiteral("lena-local"));
    QVERIFY(lena.connectAs(QStringLiteral("lena"), QStringLiteral("lena-password")));
    m_sandbox.resetCounters();
    PageCursor<Track> cursor(lena.api(), &ApiJson::parseTrackPage, &TrackPage::tracks);
    cursor.restart(lena.api().firstPage(LibraryList::of(Kind::Likes)));
    test::ResultSpy<QList<Track>> all;
    cursor.collect(0, all.context(), all.callback());
    QVERIFY(all.wait(60'000));
    QVERIFY2(all.at(0).ok(), qPrintable(all.firstError().detail));
    const QList<Track> &likes = all.at(0).value();
    QCOMPARE(likes.size(), ListenerSeed::kLenaLikeCount);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/me/likes/tracks")),
             ListenerSeed::kLenaLikeCount / ApiClient::kPageSize);
    int previews = 0;
    int blocked = 0;
    QSet<QString> titles;
    QSet<QString> artists;
    for (const Track &track : likes) {
        previews += track.isPreview() ? 1 : 0;
        blocked += track.isBlocked() ? 1 : 0;
        QVERIFY(track.liked);
        titles.insert(track.title);
        artists.insert(track.artistUrn);
    }
    QCOMPARE(blocked, ListenerSeed::kLenaLikeCount / 97);
    QVERIFY(previews > 600);
    QCOMPARE(titles.size(), ListenerSeed::kLenaLikeCount);
    QCOMPARE(artists.size(), ListenerSeed::kArtistCount);
    QVERIFY(likes.constFirst().title.endsWith(sandbox::SeedText::uniqueWord(0)));
}

WAVESHELF_TEST_GUILESS_MAIN(TestLibraryPaging)
#include "tst_librarypaging.moc"
