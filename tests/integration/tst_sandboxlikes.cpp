// Liking and unliking in the sandbox over loopback: POST and DELETE
// /likes/tracks/{urn} and /likes/playlists/{urn} with SoundCloud's status codes,
// later lists and user_favorite following, and a like refused by a fault.
// SandboxTestCase::init() puts the seed library's likes back before each test.

#include "SandboxTestCase.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

class TestSandboxLikes final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void likeAndUnlikeATrack();
    void likeStatusCodes_data();
    void likeStatusCodes();
    void likeAndUnlikeAPlaylist();
    void refusedLikeChangesNothing();

private:
    HttpResult send(const QByteArray &method, const QString &path, const QString &token)
    {
        return m_app.send(method, url(path), QByteArrayLiteral("OAuth ") + token.toUtf8());
    }
    QJsonArray likedTracks(const QString &token)
    {
        return walk(QStringLiteral("/me/likes/tracks?linked_partitioning=true&access=playable,preview,blocked"), token);
    }
};

void TestSandboxLikes::likeAndUnlikeATrack()
{
    const QString carol = connectUser(QStringLiteral("carol")).access;
    const QString bob = connectUser(QStringLiteral("bob")).access;
    const QString path = QStringLiteral("/likes/tracks/soundcloud:tracks:520002");
    QVERIFY(likedTracks(carol).isEmpty());
    QVERIFY(!api(QStringLiteral("/users/soundcloud:users:1004/tracks?linked_partitioning=true&limit=200"), carol)
                 .json()
                 .value(QStringLiteral("collection"))
                 .toArray()
                 .at(10)
                 .toObject()
                 .value(QStringLiteral("user_favorite"))
                 .toBool(true));

    const HttpResult liked = send("POST", path, carol);
    QCOMPARE(liked.status, 200);
    QCOMPARE(liked.json().value(QStringLiteral("status")).toString(), QStringLiteral("200 - OK"));
    QCOMPARE(send("POST", path, carol).status, 200);  // liking twice changes nothing
    const QJsonArray likes = likedTracks(carol);
    QCOMPARE(likes.size(), 1);
    QCOMPARE(likes.at(0).toObject().value(QStringLiteral("urn")).toString(),
             QStringLiteral("soundcloud:tracks:520002"));
    QVERIFY(likes.at(0).toObject().value(QStringLiteral("user_favorite")).toBool());
    // In every list, for carol only.
    const auto favouriteIn = [this](const QString &token) {
        const QJsonArray tracks = walk(
            QStringLiteral(
                "/users/soundcloud:users:1004/tracks?linked_partitioning=true&access=playable,preview,blocked"),
            token);
        for (const QJsonValue &track : tracks) {
            if (track.toObject().value(QStringLiteral("urn")).toString() == QLatin1String("soundcloud:tracks:520002"))
                return track.toObject().value(QStringLiteral("user_favorite")).toBool();
        }
        return false;
    };
    QVERIFY(favouriteIn(carol));
    QVERIFY(!favouriteIn(bob));

    // A new like comes first.
    QCOMPARE(send("POST", QStringLiteral("/likes/tracks/soundcloud:tracks:510001"), carol).status, 200);
    QCOMPARE(likedTracks(carol).at(0).toObject().value(QStringLiteral("urn")).toString(),
             QStringLiteral("soundcloud:tracks:510001"));

    QCOMPARE(send("DELETE", path, carol).status, 200);
    QCOMPARE(likedTracks(carol).size(), 1);
    QVERIFY(!favouriteIn(carol));
    QCOMPARE(send("DELETE", path, carol).status, 200);  // not liked: nothing to do
}

void TestSandboxLikes::likeStatusCodes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("bare id") << QByteArray("POST") << QStringLiteral("/likes/tracks/520003") << 200;
    QTest::newRow("unknown track") << QByteArray("POST") << QStringLiteral("/likes/tracks/soundcloud:tracks:42") << 404;
    QTest::newRow("unlike unknown") << QByteArray("DELETE") << QStringLiteral("/likes/tracks/soundcloud:tracks:42")
                                    << 404;
    QTest::newRow("malformed urn") << QByteArray("POST") << QStringLiteral("/likes/tracks/soundcloud:tracks:abc")
                                   << 400;
    QTest::newRow("wrong kind") << QByteArray("POST") << QStringLiteral("/likes/tracks/soundcloud:users:1002") << 400;
    QTest::newRow("unknown playlist") << QByteArray("POST") << QStringLiteral("/likes/playlists/soundcloud:playlists:9")
                                      << 404;
    QTest::newRow("GET is no like") << QByteArray("GET") << QStringLiteral("/likes/tracks/soundcloud:tracks:520003")
                                    << 404;
}

void TestSandboxLikes::likeStatusCodes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const QString token = connectUser(QStringLiteral("carol")).access;
    QCOMPARE(send(method, path, token).status, status);
    QCOMPARE(m_host->requestCount(path), method == "GET" ? 0 : 1);  // no route, not counted
}

void TestSandboxLikes::likeAndUnlikeAPlaylist()
{
    const QString carol = connectUser(QStringLiteral("carol")).access;
    const QString likes = QStringLiteral("/me/likes/playlists?linked_partitioning=true");
    QVERIFY(walk(likes, carol).isEmpty());
    QCOMPARE(send("POST", QStringLiteral("/likes/playlists/soundcloud:playlists:700001"), carol).status, 200);
    const QJsonArray liked = walk(likes, carol);
    QCOMPARE(liked.size(), 1);
    QCOMPARE(liked.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Road Trip"));
    QCOMPARE(send("DELETE", QStringLiteral("/likes/playlists/soundcloud:playlists:700001"), carol).status, 200);
    QVERIFY(walk(likes, carol).isEmpty());
}

void TestSandboxLikes::refusedLikeChangesNothing()
{
    const QString carol = connectUser(QStringLiteral("carol")).access;
    m_host->injectFault(Fault::withStatus(QStringLiteral("/likes/tracks/"), 403));
    QCOMPARE(send("POST", QStringLiteral("/likes/tracks/soundcloud:tracks:520002"), carol).status, 403);
    QVERIFY(likedTracks(carol).isEmpty());
    m_host->injectFault(Fault::rateLimited(QStringLiteral("/likes/")));
    QCOMPARE(send("POST", QStringLiteral("/likes/tracks/soundcloud:tracks:520002"), carol).status, 429);
    QVERIFY(likedTracks(carol).isEmpty());
    QCOMPARE(send("POST", QStringLiteral("/likes/tracks/soundcloud:tracks:520002"), carol).status, 200);
    QCOMPARE(likedTracks(carol).size(), 1);
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxLikes)
#include "tst_sandboxlikes.moc"
