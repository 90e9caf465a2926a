// The library's value types read from SoundCloud's JSON: the new track fields,
// feed activities, users; the list descriptors; artwork sizes.

#include "TestSuite.h"
#include "soundcloud/ApiJson.h"
#include "soundcloud/ArtworkUrl.h"
#include "soundcloud/ItemJson.h"
#include "soundcloud/LibraryList.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace waveshelf;

class TestLibraryItems final : public QObject {
    Q_OBJECT

private slots:
    void trackFields();
    void onlyWebLinks();
    void feedActivityUnwrapsOrigin();
    void trackArtistUrnFromUserId();
    void userPage();
    void timestamps_data();
    void timestamps();
    void listPathsAndKeys();
    void searchWordsNotInKey();
    void artworkSizes_data();
    void artworkSizes();
};

namespace {

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

}  // namespace

void TestLibraryItems::trackFields()
{
    const Track track = ItemJson::track(object(R"({"urn":"soundcloud:tracks:5","title":"Five","duration":1000,
        "user":{"urn":"soundcloud:users:9","username":"nine"},"artwork_url":"https://i1.sndcdn.com/artworks-5-large.jpg",
        "created_at":"2024/03/01 10:00:00 +0000","playback_count":12,"favoritings_count":3,"user_favorite":true,
        "access":"preview"})"));
    QCOMPARE(track.urn, QStringLiteral("soundcloud:tracks:5"));
    QCOMPARE(track.artist, QStringLiteral("nine"));
    QCOMPARE(track.artistUrn, QStringLiteral("soundcloud:users:9"));
    QCOMPARE(track.artworkUrl, QUrl(QStringLiteral("https://i1.sndcdn.com/artworks-5-large.jpg")));
    QCOMPARE(track.createdAt, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(track.playbackCount, 12);
    QCOMPARE(track.likesCount, 3);  // favoritings_count when likes_count is absent
    QVERIFY(track.liked);
    QVERIFY(track.isPreview());
    QVERIFY(!track.addedAt.isValid());
    // likes_count wins where both exist.
    QCOMPARE(ItemJson::track(object(R"({"likes_count":8,"favoritings_count":3})")).likesCount, 8);
}

void TestLibraryItems::onlyWebLinks()
{
    const Track track = ItemJson::track(object(R"({"id":1,"permalink_url":"file:///etc/passwd",
        "artwork_url":"qrc:/sql/0001_initial.sql","user":{"id":2,"avatar_url":"smb://host/share"}})"));
    QVERIFY(track.permalinkUrl.isEmpty());
    QVERIFY(track.artworkUrl.isEmpty());
    const SoundCloudUser user = ItemJson::user(object(R"json({"id":2,"avatar_url":"smb://host/share",
        "permalink_url":"javascript:alert(1)"})json"));
    QVERIFY(user.avatarUrl.isEmpty());
    QVERIFY(user.permalinkUrl.isEmpty());
    QCOMPARE(ItemJson::playlist(object(R"({"artwork_url":"HTTPS://i1.sndcdn.com/a-large.jpg"})")).artworkUrl,
             QUrl(QStringLiteral("HTTPS://i1.sndcdn.com/a-large.jpg")));
}

void TestLibraryItems::feedActivityUnwrapsOrigin()
{
    const auto page = ApiJson::parseTrackPage(R"({"collection":[
        {"type":"track","created_at":"2020/10/12 12:03:00 +0000","origin":{"urn":"soundcloud:tracks:1","title":"One"}},
        {"type":"track-repost","created_at":"2020/10/11 08:00:00 +0000","origin":{"id":2,"title":"Two"}}],
        "next_href":"https://api.soundcloud.com/me/feed/tracks?cursor=x"})");
    QVERIFY(page.ok());
    QCOMPARE(page.value().tracks.size(), 2);
    QCOMPARE(page.value().tracks.at(0).title, QStringLiteral("One"));
    QCOMPARE(page.value().tracks.at(0).addedAt, QDateTime(QDate(2020, 10, 12), QTime(12, 3), Qt::UTC));
    QCOMPARE(page.value().tracks.at(1).urn, QStringLiteral("soundcloud:tracks:2"));
    QVERIFY(!page.value().nextHref.isEmpty());
}

void TestLibraryItems::trackArtistUrnFromUserId()
{
    QCOMPARE(ItemJson::track(object(R"({"id":3,"user_id":44})")).artistUrn, QStringLiteral("soundcloud:users:44"));
}

void TestLibraryItems::userPage()
{
    const auto page = ApiJson::parseUserPage(R"({"collection":[{"id":1009,"username":"dj-dave","full_name":"Dave D",
        "avatar_url":"https://i1.sndcdn.com/avatars-9-large.jpg","track_count":40,"playlist_count":2,
        "followers_count":-5,"city":"Lyon"}],"next_href":null})");
    QVERIFY(page.ok());
    QCOMPARE(page.value().users.size(), 1);
    const SoundCloudUser &user = page.value().users.at(0);
    QCOMPARE(user.urn, QStringLiteral("soundcloud:users:1009"));
    QCOMPARE(user.username, QStringLiteral("dj-dave"));
    QCOMPARE(user.fullName, QStringLiteral("Dave D"));
    QCOMPARE(user.trackCount, 40);
    QCOMPARE(user.playlistCount, 2);
    QCOMPARE(user.followersCount, 0);  // negative counts read as 0
    QCOMPARE(user.city, QStringLiteral("Lyon"));
    QVERIFY(page.value().nextHref.isEmpty());
    QVERIFY(!ApiJson::parseUserPage("{\"collection\":[1]}").ok());
}

void TestLibraryItems::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("soundcloud") << "2015/06/01 09:49:40 +0000"
                                << QDateTime(QDate(2015, 6, 1), QTime(9, 49, 40), Qt::UTC);
    QTest::newRow("offset") << "2015/06/01 11:49:40 +0200" << QDateTime(QDate(2015, 6, 1), QTime(9, 49, 40), Qt::UTC);
    QTest::newRow("iso") << "2015-06-01T09:49:40Z" << QDateTime(QDate(2015, 6, 1), QTime(9, 49, 40), Qt::UTC);
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestLibraryItems::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(ItemJson::timestamp(text), expected);
}

void TestLibraryItems::listPathsAndKeys()
{
    using Kind = LibraryList::Kind;
    QCOMPARE(LibraryList::of(Kind::Stream).path(), QStringLiteral("/me/feed/tracks"));
    QCOMPARE(LibraryList::of(Kind::Likes).key(), QStringLiteral("likes"));
    const LibraryList playlist = LibraryList::of(Kind::PlaylistTracks, QStringLiteral("soundcloud:playlists:7"));
    QCOMPARE(playlist.path(), QStringLiteral("/playlists/soundcloud:playlists:7/tracks"));
    QCOMPARE(playlist.key(), QStringLiteral("playlist-tracks:soundcloud:playlists:7"));
    QCOMPARE(playlist.items(), LibraryList::Items::Tracks);
    QCOMPARE(LibraryList::of(Kind::Followings).items(), LibraryList::Items::Users);
    QCOMPARE(LibraryList::of(Kind::LikedPlaylists).items(), LibraryList::Items::Playlists);
    QVERIFY(!LibraryList::of(Kind::RecentlyPlayed).isPaged());
    QVERIFY(LibraryList::of(Kind::Likes).isPaged());
    QVERIFY(LibraryList::of(Kind::Likes).isCached());
    QVERIFY(LibraryList::of(Kind::Likes) != LibraryList::of(Kind::Stream));
}

void TestLibraryItems::searchWordsNotInKey()
{
    const LibraryList search = LibraryList::of(LibraryList::Kind::SearchTracks, QStringLiteral("secret words"));
    QCOMPARE(search.path(), QStringLiteral("/tracks"));
    QCOMPARE(search.searchQuery(), QStringLiteral("secret words"));
    QVERIFY(!search.isCached());
    QVERIFY(!search.key().contains(QStringLiteral("secret")));
    QVERIFY(LibraryList::of(LibraryList::Kind::Likes).searchQuery().isEmpty());
    // Related tracks: a track's path, no search words, not cached.
    const LibraryList related = LibraryList::of(LibraryList::Kind::RelatedTracks,
                                                QStringLiteral("soundcloud:tracks:9"));
    QCOMPARE(related.path(), QStringLiteral("/tracks/soundcloud:tracks:9/related"));
    QVERIFY(related.searchQuery().isEmpty());
    QVERIFY(!related.isCached());
}

void TestLibraryItems::artworkSizes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("expected");
    QTest::newRow("small") << "https://i1.sndcdn.com/artworks-000-large.jpg" << int(ArtworkUrl::Size::Small)
                           << "https://i1.sndcdn.com/artworks-000-t67x67.jpg";
    QTest::newRow("medium") << "https://i1.sndcdn.com/avatars-1-large.png?x=1" << int(ArtworkUrl::Size::Medium)
                            << "https://i1.sndcdn.com/avatars-1-t300x300.png?x=1";
    QTest::newRow("large") << "http://127.0.0.1:8/images/artworks-9-large" << int(ArtworkUrl::Size::Large)
                           << "http://127.0.0.1:8/images/artworks-9-t500x500";
    QTest::newRow("other") << "https://i1.sndcdn.com/artworks-000-original.jpg" << int(ArtworkUrl::Size::Small)
                           << "https://i1.sndcdn.com/artworks-000-original.jpg";
}

void TestLibraryItems::artworkSizes()
{
    QFETCH(QString, url);
    QFETCH(int, size);
    QFETCH(QString, expected);
    QCOMPARE(ArtworkUrl::sized(QUrl(url), ArtworkUrl::Size(size)), QUrl(expected));
    QCOMPARE(ArtworkUrl::fitting(40), ArtworkUrl::Size::Small);
    QCOMPARE(ArtworkUrl::fitting(200), ArtworkUrl::Size::Medium);
    QCOMPARE(ArtworkUrl::fitting(800), ArtworkUrl::Size::Large);
}

WAVESHELF_TEST_GUILESS_MAIN(TestLibraryItems)
#include "tst_libraryitems.moc"
