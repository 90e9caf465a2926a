// Playlists in the sandbox over loopback, as SoundCloud's API defines the routes:
// GET, POST, PUT and DELETE /playlists/{urn} with their statuses and shapes, a
// PUT that replaces the whole track list, one that renames and keeps the
// tracks, private playlists hidden from others, and the refusals (someone
// else's playlist, no title, unknown tracks, past 500 tracks, a bad body).
// SandboxTestCase::init() puts the seed's playlists back before each test.

#include "SandboxTestCase.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

namespace {

const QString kSevenWonders = QStringLiteral("/playlists/soundcloud:playlists:700013");  // alice's, 7 tracks
const QString kRoadTrip = QStringLiteral("/playlists/soundcloud:playlists:700001");      // bob's, 4 tracks

QByteArray body(const QJsonObject &playlist)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("playlist"), playlist}}).toJson(QJsonDocument::Compact);
}

QJsonArray trackUrns(const QList<qint64> &ids)
{
    QJsonArray tracks;
    for (const qint64 id : ids)
        tracks.append(QJsonObject{{QStringLiteral("urn"), QStringLiteral("soundcloud:tracks:%1").arg(id)}});
    return tracks;
}

QList<qint64> idsOf(const QJsonArray &tracks)
{
    QList<qint64> ids;
    for (const QJsonValue &track : tracks)
        ids.append(track.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

}  // namespace

class TestSandboxPlaylists final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void readOne();
    void replaceTracksAndRename();
    void createPrivateAndDelete();
    void refusals_data();
    void refusals();

private:
    HttpResult send(const QByteArray &method, const QString &path, const QString &token,
                    const QByteArray &json = QByteArray())
    {
        const QByteArray authorization = QByteArrayLiteral("OAuth ") + token.toUtf8();
        return json.isNull() ? m_app.send(method, url(path), authorization)
                             : m_app.sendJson(method, url(path), authorization, json);
    }
};

void TestSandboxPlaylists::readOne()
{
    const QString alice = connectUser(QStringLiteral("alice")).access;
    const HttpResult full = send("GET", kSevenWonders, alice);
    QCOMPARE(full.status, 200);
    const QJsonObject playlist = full.json();
    QCOMPARE(playlist.value(QStringLiteral("urn")).toString(), QStringLiteral("soundcloud:playlists:700013"));
    QCOMPARE(playlist.value(QStringLiteral("title")).toString(), QStringLiteral("Seven Wonders"));
    QCOMPARE(playlist.value(QStringLiteral("track_count")).toInt(), 7);
    QCOMPARE(playlist.value(QStringLiteral("tracks")).toArray().size(), 7);
    QCOMPARE(playlist.value(QStringLiteral("sharing")).toString(), QStringLiteral("public"));
    QCOMPARE(playlist.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("alice"));
    const HttpResult bare = send("GET", kSevenWonders + QStringLiteral("?show_tracks=false"), alice);
    QVERIFY(!bare.json().contains(QStringLiteral("tracks")));
    QCOMPARE(bare.json().value(QStringLiteral("track_count")).toInt(), 7);
    QCOMPARE(send("GET", QStringLiteral("/playlists/soundcloud:playlists:799999"), alice).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/playlists/nonsense"), alice).status, 400);
    QCOMPARE(send("GET", kSevenWonders, QStringLiteral("not-a-token")).status, 401);
}

void TestSandboxPlaylists::replaceTracksAndRename()
{
    const QString alice = connectUser(QStringLiteral("alice")).access;
    const QList<qint64> before = idsOf(
        send("GET", kSevenWonders, alice).json().value(QStringLiteral("tracks")).toArray());
    QCOMPARE(before.size(), 7);
    QList<qint64> reordered = before;
    std::reverse(reordered.begin(), reordered.end());
    reordered.removeLast();
    const HttpResult written = send("PUT", kSevenWonders, alice,
                                    body(QJsonObject{{QStringLiteral("tracks"), trackUrns(reordered)}}));
    QCOMPARE(written.status, 200);
    QCOMPARE(idsOf(written.json().value(QStringLiteral("tracks")).toArray()), reordered);
    QCOMPARE(m_host->playlist(700013)->trackIds, reordered);
    QCOMPARE(m_host->playlist(700013)->title, QStringLiteral("Seven Wonders"));  // left out: kept

    const HttpResult renamed = send("PUT", kSevenWonders, alice,
                                    body(QJsonObject{{QStringLiteral("title"), QStringLiteral(" Six ")}}));
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.json().value(QStringLiteral("title")).toString(), QStringLiteral("Six"));
    QCOMPARE(m_host->playlist(700013)->trackIds, reordered);  // tracks left out: kept
    // The list pages follow.
    const QJsonArray listed = walk(kSevenWonders + QStringLiteral("/tracks?linked_partitioning=true"), alice);
    QCOMPARE(idsOf(listed), reordered);
}

void TestSandboxPlaylists::createPrivateAndDelete()
{
    const QString carol = connectUser(QStringLiteral("carol")).access;
    const QString bob = connectUser(QStringLiteral("bob")).access;
    const HttpResult created = send("POST", QStringLiteral("/playlists"), carol,
                                    body(QJsonObject{{QStringLiteral("title"), QStringLiteral("Mine")},
                                                     {QStringLiteral("sharing"), QStringLiteral("private")},
                                                     {QStringLiteral("tracks"), trackUrns({510001, 520002})}}));
    QCOMPARE(created.status, 201);
    const QString urn = created.json().value(QStringLiteral("urn")).toString();
    QVERIFY(urn.startsWith(QStringLiteral("soundcloud:playlists:")));
    QCOMPARE(created.json().value(QStringLiteral("track_count")).toInt(), 2);
    QCOMPARE(created.json().value(QStringLiteral("sharing")).toString(), QStringLiteral("private"));
    const QJsonArray mine = walk(QStringLiteral("/me/playlists?linked_partitioning=true"), carol);
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.at(0).toObject().value(QStringLiteral("urn")).toString(), urn);
    // Private: nobody else sees it.
    QCOMPARE(send("GET", QStringLiteral("/playlists/") + urn, bob).status, 404);
    QVERIFY(walk(QStringLiteral("/users/soundcloud:users:1003/playlists?linked_partitioning=true"), bob).isEmpty());

    QCOMPARE(send("DELETE", QStringLiteral("/playlists/") + urn, bob).status, 404);
    QCOMPARE(send("DELETE", QStringLiteral("/playlists/") + urn, carol).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/playlists/") + urn, carol).status, 404);
    QVERIFY(walk(QStringLiteral("/me/playlists?linked_partitioning=true"), carol).isEmpty());
}

void TestSandboxPlaylists::refusals_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("status");
    QList<qint64> tooMany;
    for (qint64 id = 500001; id <= 500501; ++id)
        tooMany.append(id);
    QTest::newRow("someone else's: PUT") << QByteArray("PUT") << kRoadTrip
                                         << body(QJsonObject{{QStringLiteral("tracks"), trackUrns({})}}) << 403;
    QTest::newRow("someone else's: DELETE") << QByteArray("DELETE") << kRoadTrip << QByteArray() << 403;
    QTest::newRow("no title") << QByteArray("POST") << QStringLiteral("/playlists")
                              << body(QJsonObject{{QStringLiteral("tracks"), trackUrns({510001})}}) << 422;
    QTest::newRow("blank title") << QByteArray("PUT") << kSevenWonders
                                 << body(QJsonObject{{QStringLiteral("title"), QStringLiteral("  ")}}) << 422;
    QTest::newRow("unknown track") << QByteArray("PUT") << kSevenWonders
                                   << body(QJsonObject{{QStringLiteral("tracks"), trackUrns({999999})}}) << 404;
    QTest::newRow("past 500 tracks") << QByteArray("PUT") << kSevenWonders
                                     << body(QJsonObject{{QStringLiteral("tracks"), trackUrns(tooMany)}}) << 422;
    QTest::newRow("not JSON") << QByteArray("PUT") << kSevenWonders << QByteArray("{tracks") << 400;
}

void TestSandboxPlaylists::refusals()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, json);
    QFETCH(int, status);
    const QString alice = connectUser(QStringLiteral("alice")).access;
    const QList<qint64> roadTrip = m_host->playlist(700001)->trackIds;
    const QList<qint64> sevenWonders = m_host->playlist(700013)->trackIds;
    const HttpResult answer = send(method, path, alice, json);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.json().value(QStringLiteral("code")).toInt(), status);  // SoundCloud's error shape
    QCOMPARE(m_host->playlist(700001)->trackIds, roadTrip);
    QCOMPARE(m_host->playlist(700013)->trackIds, sevenWonders);
    QCOMPARE(m_host->playlist(700013)->title, QStringLiteral("Seven Wonders"));
}

WAVESHELF_TEST_MAIN(TestSandboxPlaylists)
#include "tst_sandboxplaylists.moc"
