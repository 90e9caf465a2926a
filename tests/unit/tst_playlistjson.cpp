// Playlist pages from /me/playlists: linked partitioning, bare arrays, ids
// without URNs, counts without a track_count, and the malformed answers.

#include "TestSuite.h"
#include "soundcloud/ApiJson.h"

#include <QTest>

using namespace waveshelf;

class TestPlaylistJson final : public QObject {
    Q_OBJECT

private slots:
    void linkedPartitioningPage();
    void lastPageHasNullNextHref();
    void bareArrayPage();
    void numericIdBecomesUrn();
    void trackCountFallsBackToTracks();
    void missingFieldsAreEmpty();
    void pageMalformed_data();
    void pageMalformed();
};

void TestPlaylistJson::linkedPartitioningPage()
{
    const auto page = ApiJson::parsePlaylistPage(R"({"collection":[
        {"kind":"playlist","urn":"soundcloud:playlists:700002","title":"First EP","duration":416500,
         "track_count":3,"playlist_type":"ep","permalink_url":"https://soundcloud.com/bob/sets/first-ep",
         "user":{"urn":"soundcloud:users:1002","username":"bob"},"tracks":[]},
        {"kind":"playlist","urn":"soundcloud:playlists:700001","title":"Road Trip","duration":900000,
         "track_count":4,"playlist_type":"playlist","user":{"username":"bob"}}],
        "next_href":"https://api.soundcloud.com/me/playlists?cursor=a%2Bb&linked_partitioning=true"})");
    QVERIFY(page.ok());
    QCOMPARE(page.value().playlists.size(), 2);
    const Playlist &first = page.value().playlists.at(0);
    QCOMPARE(first.urn, QStringLiteral("soundcloud:playlists:700002"));
    QCOMPARE(first.title, QStringLiteral("First EP"));
    QCOMPARE(first.owner, QStringLiteral("bob"));
    QCOMPARE(first.trackCount, 3);  // track_count wins over an empty "tracks"
    QCOMPARE(first.durationMs, 416500);
    QCOMPARE(first.playlistType, QStringLiteral("ep"));
    QCOMPARE(first.permalinkUrl, QUrl(QStringLiteral("https://soundcloud.com/bob/sets/first-ep")));
    QCOMPARE(page.value().playlists.at(1).trackCount, 4);
    // next_href is kept exactly as given, cursor encoding included.
    QCOMPARE(page.value().nextHref.toString(QUrl::FullyEncoded),
             QStringLiteral("https://api.soundcloud.com/me/playlists?cursor=a%2Bb&linked_partitioning=true"));
}

void TestPlaylistJson::lastPageHasNullNextHref()
{
    const auto page = ApiJson::parsePlaylistPage(R"({"collection":[],"next_href":null})");
    QVERIFY(page.ok());
    QVERIFY(page.value().playlists.isEmpty());
    QVERIFY(page.value().nextHref.isEmpty());
}

void TestPlaylistJson::bareArrayPage()
{
    const auto page = ApiJson::parsePlaylistPage(R"([{"urn":"soundcloud:playlists:7","title":"Seven"}])");
    QVERIFY(page.ok());
    QCOMPARE(page.value().playlists.size(), 1);
    QCOMPARE(page.value().playlists.at(0).title, QStringLiteral("Seven"));
    QVERIFY(page.value().nextHref.isEmpty());
}

void TestPlaylistJson::numericIdBecomesUrn()
{
    const auto page = ApiJson::parsePlaylistPage(R"([{"id":123456789012,"title":"Old style"}])");
    QVERIFY(page.ok());
    QCOMPARE(page.value().playlists.at(0).urn, QStringLiteral("soundcloud:playlists:123456789012"));
}

void TestPlaylistJson::trackCountFallsBackToTracks()
{
    const auto page = ApiJson::parsePlaylistPage(R"([{"urn":"u","tracks":[{"urn":"a"},{"urn":"b"}]}])");
    QVERIFY(page.ok());
    QCOMPARE(page.value().playlists.at(0).trackCount, 2);
}

void TestPlaylistJson::missingFieldsAreEmpty()
{
    const auto page = ApiJson::parsePlaylistPage(
        R"([{"urn":"u","title":null,"duration":-5,"track_count":-1,"user":null,"playlist_type":null}])");
    QVERIFY(page.ok());
    const Playlist &playlist = page.value().playlists.at(0);
    QVERIFY(playlist.title.isEmpty());
    QVERIFY(playlist.owner.isEmpty());
    QVERIFY(playlist.playlistType.isEmpty());
    QCOMPARE(playlist.durationMs, 0);
    QCOMPARE(playlist.trackCount, 0);
}

void TestPlaylistJson::pageMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"collection":[{"title":"a"})");
    QTest::newRow("object without collection") << QByteArray(R"({"playlists":[]})");
    QTest::newRow("collection not array") << QByteArray(R"({"collection":{}})");
    QTest::newRow("item not object") << QByteArray(R"({"collection":["x"]})");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>");
    QTest::newRow("invalid next_href") << QByteArray(R"({"collection":[],"next_href":"http://exa mple/%zz"})");
}

void TestPlaylistJson::pageMalformed()
{
    QFETCH(QByteArray, body);
    const auto page = ApiJson::parsePlaylistPage(body);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ErrorKind::Protocol);
    QVERIFY(!page.error().message.isEmpty());
}

WAVESHELF_TEST_GUILESS_MAIN(TestPlaylistJson)
#include "tst_playlistjson.moc"
