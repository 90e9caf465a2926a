#include "TestSuite.h"
#include "network/RemoteUrl.h"
#include "soundcloud/ApiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace waveshelf;

class TestApiJson final : public QObject {
    Q_OBJECT

private slots:
    void parsesMe();
    void meWithNumericIdOnly();
    void meMalformed_data();
    void meMalformed();
    void linkedPartitioningPage();
    void lastPageHasNullNextHref();
    void bareArrayPage();
    void artistPrefersMetadataArtist();
    void pageMalformed_data();
    void pageMalformed();
    void classifyFailure_data();
    void classifyFailure();
    void rateLimitResetTime();
    void linksOnlyOverHttpsOrOnThisComputer_data();
    void linksOnlyOverHttpsOrOnThisComputer();
};

void TestApiJson::parsesMe()
{
    const auto me = ApiJson::parseMe(R"({"id":1001,"urn":"soundcloud:users:1001","username":"alice","kind":"user"})");
    QVERIFY(me.ok());
    QCOMPARE(me.value().urn, QStringLiteral("soundcloud:users:1001"));
    QCOMPARE(me.value().username, QStringLiteral("alice"));
}

void TestApiJson::meWithNumericIdOnly()
{
    const auto me = ApiJson::parseMe(R"({"id":42,"username":"x"})");
    QVERIFY(me.ok());
    QCOMPARE(me.value().urn, QStringLiteral("soundcloud:users:42"));
}

void TestApiJson::meMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"urn":"soundcloud:users:1","usern)");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("no id") << QByteArray(R"({"username":"x"})");
    QTest::newRow("html") << QByteArray("<html><body>Forbidden</body></html>");
}

void TestApiJson::meMalformed()
{
    QFETCH(QByteArray, body);
    const auto me = ApiJson::parseMe(body);
    QVERIFY(!me.ok());
    QCOMPARE(me.error().kind, ErrorKind::Protocol);
    QVERIFY(!me.error().message.isEmpty());
}

void TestApiJson::linkedPartitioningPage()
{
    const auto page = ApiJson::parseTrackPage(R"({"collection":[
        {"urn":"soundcloud:tracks:1","title":"One","duration":61000,"genre":"Ambient","access":"playable",
         "user":{"urn":"soundcloud:users:9","username":"alice"}},
        {"id":2,"title":"Two","duration":1000,"genre":null,"access":"blocked","user":{"username":"bob"}}],
        "next_href":"https://api.soundcloud.com/me/tracks?cursor=abc%2Bdef&limit=2&linked_partitioning=true"})");
    QVERIFY(page.ok());
    QCOMPARE(page.value().tracks.size(), 2);
    const Track &first = page.value().tracks.at(0);
    QCOMPARE(first.urn, QStringLiteral("soundcloud:tracks:1"));
    QCOMPARE(first.title, QStringLiteral("One"));
    QCOMPARE(first.artist, QStringLiteral("alice"));
    QCOMPARE(first.durationMs, 61000);
    QCOMPARE(first.genre, QStringLiteral("Ambient"));
    QVERIFY(first.isPlayable());
    const Track &second = page.value().tracks.at(1);
    QCOMPARE(second.urn, QStringLiteral("soundcloud:tracks:2"));
    QVERIFY(second.genre.isEmpty());
    QVERIFY(!second.isPlayable());
    // next_href is kept exactly as given, cursor encoding included.
    QCOMPARE(page.value().nextHref.toString(QUrl::FullyEncoded),
             QStringLiteral("https://api.soundcloud.com/me/tracks?cursor=abc%2Bdef&limit=2&linked_partitioning=true"));
}

void TestApiJson::lastPageHasNullNextHref()
{
    const auto page = ApiJson::parseTrackPage(R"({"collection":[],"next_href":null})");
    QVERIFY(page.ok());
    QVERIFY(page.value().tracks.isEmpty());
    QVERIFY(page.value().nextHref.isEmpty());
}

void TestApiJson::bareArrayPage()
{
    const auto page = ApiJson::parseTrackPage(R"([{"urn":"soundcloud:tracks:7","title":"Seven"}])");
    QVERIFY(page.ok());
    QCOMPARE(page.value().tracks.size(), 1);
    QVERIFY(page.value().nextHref.isEmpty());
}

void TestApiJson::artistPrefersMetadataArtist()
{
    const auto page = ApiJson::parseTrackPage(
        R"([{"urn":"u","title":"t","metadata_artist":"The Band","user":{"username":"uploader"}}])");
    QVERIFY(page.ok());
    QCOMPARE(page.value().tracks.at(0).artist, QStringLiteral("The Band"));
}

void TestApiJson::pageMalformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(R"({"collection":[{"title":"a"})");
    QTest::newRow("object without collection") << QByteArray(R"({"tracks":[]})");
    QTest::newRow("item not object") << QByteArray(R"({"collection":[1,2]})");
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><html></html>");
    QTest::newRow("invalid next_href") << QByteArray(R"({"collection":[],"next_href":"http://exa mple/%zz"})");
}

void TestApiJson::pageMalformed()
{
    QFETCH(QByteArray, body);
    const auto page = ApiJson::parseTrackPage(body);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ErrorKind::Protocol);
}

void TestApiJson::classifyFailure_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("401 soundcloud body")
        << 401 << QByteArray("application/json")
        << QByteArray(R"({"code":401,"message":"","status":"401 - Unauthorized","errors":[],"error":null})")
        << ErrorKind::ReconnectNeeded;
    QTest::newRow("429 json") << 429 << QByteArray("application/json")
                              << QByteArray(R"({"errors":[{"meta":{"remaining_requests":0}}]})")
                              << ErrorKind::RateLimited;
    QTest::newRow("429 text") << 429 << QByteArray("text/plain") << QByteArray("Too Many Requests")
                              << ErrorKind::RateLimited;
    QTest::newRow("500") << 500 << QByteArray("application/json") << QByteArray("{}") << ErrorKind::Unreachable;
    QTest::newRow("502 empty") << 502 << QByteArray() << QByteArray() << ErrorKind::Unreachable;
    QTest::newRow("503") << 503 << QByteArray("text/html") << QByteArray("<html>") << ErrorKind::Unreachable;
    QTest::newRow("403 html cdn") << 403 << QByteArray("text/html; charset=utf-8")
                                  << QByteArray("<html><body>Access denied</body></html>") << ErrorKind::Unreachable;
    QTest::newRow("403 html sniffed") << 403 << QByteArray() << QByteArray("  <!DOCTYPE html><p>no</p>")
                                      << ErrorKind::Unreachable;
    QTest::newRow("404") << 404 << QByteArray("application/json") << QByteArray("{}") << ErrorKind::NotFound;
    QTest::newRow("400 json") << 400 << QByteArray("application/json") << QByteArray("{}") << ErrorKind::Protocol;
}

void TestApiJson::classifyFailure()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    const Error error = ApiJson::classifyFailure(status, contentType, body);
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(error.detail.contains(QString::number(status)));
}

void TestApiJson::rateLimitResetTime()
{
    const QByteArray body =
        R"({"errors":[{"meta":{"rate_limit":{"bucket":"by-client"},"remaining_requests":0,"reset_time":"2015/06/01 09:49:40 +0200"}}]})";
    const QDateTime reset = ApiJson::rateLimitReset(body);
    QVERIFY(reset.isValid());
    QCOMPARE(reset, QDateTime(QDate(2015, 6, 1), QTime(7, 49, 40), Qt::UTC));
    QVERIFY(!ApiJson::rateLimitReset("Too Many Requests").isValid());
    const Error error = ApiJson::classifyFailure(429, "application/json", body);
    QCOMPARE(error.kind, ErrorKind::RateLimited);
    QCOMPARE(error.retryAt, reset);
    QVERIFY(!ApiJson::classifyFailure(429, "text/plain", "slow down").retryAt.isValid());
    QVERIFY2(error.message.contains(QStringLiteral("2015")) || error.message.contains(QStringLiteral("15")),
             qPrintable(error.message));
}

WAVESHELF_TEST_GUILESS_MAIN(TestApiJson)
void TestApiJson::linksOnlyOverHttpsOrOnThisComputer_data()
{
    // Security review 3, item 4: artwork is fetched and handed to MPRIS clients.
    QTest::addColumn<QString>("link");
    QTest::addColumn<bool>("kept");
    QTest::newRow("https") << QStringLiteral("https://i1.sndcdn.com/artworks-1-large.jpg") << true;
    QTest::newRow("http on this computer") << QStringLiteral("http://127.0.0.1:8080/artwork/1.png") << true;
    QTest::newRow("http on localhost") << QStringLiteral("http://localhost:8080/artwork/1.png") << true;
    QTest::newRow("http on IPv6 loopback") << QStringLiteral("http://[::1]:8080/artwork/1.png") << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://i1.sndcdn.com/artworks-1-large.jpg") << false;
    QTest::newRow("a local file") << QStringLiteral("file://localhost/home/dana/.ssh/id_ed25519") << false;
    QTest::newRow("a file path") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("user info") << QStringLiteral("https://dana:secret@i1.sndcdn.com/a.jpg") << false;
    QTest::newRow("data") << QStringLiteral("data:image/png;base64,iVBORw0KGgo=") << false;
    QTest::newRow("another scheme") << QStringLiteral("ftp://i1.sndcdn.com/a.jpg") << false;
}

void TestApiJson::linksOnlyOverHttpsOrOnThisComputer()
{
    QFETCH(QString, link);
    QFETCH(bool, kept);
    QCOMPARE(RemoteUrl::isAcceptable(QUrl(link)), kept);
    QJsonObject track{{QStringLiteral("urn"), QStringLiteral("soundcloud:tracks:7")},
                      {QStringLiteral("title"), QStringLiteral("Seven")},
                      {QStringLiteral("artwork_url"), link},
                      {QStringLiteral("permalink_url"), link}};
    const auto page = ApiJson::parseTrackPage(QJsonDocument(QJsonArray{track}).toJson());
    QVERIFY(page.ok());
    QCOMPARE(page.value().tracks.at(0).artworkUrl, kept ? QUrl(link) : QUrl());
    QCOMPARE(page.value().tracks.at(0).permalinkUrl, kept ? QUrl(link) : QUrl());
}

#include "tst_apijson.moc"
