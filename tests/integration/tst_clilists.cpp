// waveshelf-cli command lines run in this process (CliApp with a console
// double) against the in-process sandbox for the listener's lists: stream, recent, likes (10,000 of them), playlists (own and
// liked), playlist URN, following and search, as tables that fit a terminal and
// as JSON, with --limit, and the usage errors they refuse before any password;
// playlist create, add, remove, rename and delete (issue 20, item 9).

#include "CliTestCase.h"
#include "ListenerSeed.h"
#include "TestSuite.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace waveshelf;
using namespace clitest;
using sandbox::ListenerSeed;

namespace {

QStringList column(const QJsonArray &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(key).toString());
    return values;
}

}  // namespace

class TestCliLists final : public CliTestCase {
    Q_OBJECT

private slots:
    void helpNamesEveryList();
    void streamAndRecentlyPlayed();
    void tenThousandLikes();
    void playlistsAndTheirTracks();
    void following();
    void search();
    void editPlaylists();
    void followAndUnfollow();
    void relatedTracks();
    void usageErrorsComeBeforeThePassword_data();
    void usageErrorsComeBeforeThePassword();

private:
    // `words` as dana, connected to `sandboxUser`, the password on stdin.
    CliRun runAs(const QStringList &words)
    {
        return run(words + QStringList{QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                   line(kPassword));
    }
    bool connect(const QString &sandboxUser)
    {
        return addUser(kLocalUser, kPassword)
            && connectInProcess(kLocalUser, kPassword, sandboxUser, sandboxUser + QStringLiteral("-password"));
    }
    static void verifyFitsATerminal(const CliRun &result, const QList<const char *> &headers)
    {
        const QList<QByteArray> lines = result.out.trimmed().split('\n');
        QVERIFY(lines.size() > 1);
        for (const char *header : headers)
            QVERIFY2(lines.constFirst().contains(header), header);
        for (const QByteArray &text : lines)
            QVERIFY2(QString::fromUtf8(text).size() <= 80, text.constData());
        QVERIFY(!result.out.contains("soundcloud:"));  // no urns in a table
    }
};

void TestCliLists::helpNamesEveryList()
{
    const CliRun help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, kOk);
    for (const char *words :
         {"stream --user NAME", "likes --user NAME", "playlists --user NAME", "playlist --user NAME URN",
          "following --user NAME", "recent --user NAME", "search --user NAME QUERY"})
        QVERIFY2(help.out.contains(words), words);
    const CliRun search = run({QStringLiteral("search"), QStringLiteral("--help")});
    QVERIFY(search.out.contains("--users"));
    QVERIFY(search.out.contains("--playlists"));
    QVERIFY(run({QStringLiteral("playlists"), QStringLiteral("--help")}).out.contains("--liked"));
}

void TestCliLists::streamAndRecentlyPlayed()
{
    QVERIFY(connect(QStringLiteral("alice")));
    const CliRun stream = runAs(
        {QStringLiteral("stream"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("120")});
    QVERIFY2(stream.exitCode == kOk, stream.describe());
    const QJsonArray feed = jsonArray(stream);
    QCOMPARE(feed.size(), 120);
    for (const QJsonValue &track : feed) {
        QVERIFY(
            track.toObject().value(QStringLiteral("urn")).toString().startsWith(QLatin1String("soundcloud:tracks:")));
        QVERIFY(!track.toObject().value(QStringLiteral("added_at")).toString().isEmpty());
    }
    const CliRun table = runAs({QStringLiteral("stream"), QStringLiteral("--limit"), QStringLiteral("40")});
    QVERIFY2(table.exitCode == kOk, table.describe());
    verifyFitsATerminal(table, {"TITLE", "ARTIST", "DURATION", "ADDED"});
    QCOMPARE(table.out.trimmed().split('\n').size(), 41);

    const CliRun recent = runAs({QStringLiteral("recent"), QStringLiteral("--json")});
    QVERIFY2(recent.exitCode == kOk, recent.describe());
    QCOMPARE(jsonArray(recent).size(), ListenerSeed::kRecentlyPlayedMax);
}

void TestCliLists::tenThousandLikes()
{
    QVERIFY(connect(QStringLiteral("lena")));
    const CliRun all = runAs({QStringLiteral("likes"), QStringLiteral("--json")});
    QVERIFY2(all.exitCode == kOk, all.describe());
    const QJsonArray likes = jsonArray(all);
    QCOMPARE(likes.size(), ListenerSeed::kLenaLikeCount);
    const QStringList access = column(likes, QStringLiteral("access"));
    QVERIFY(access.contains(QStringLiteral("preview")));
    QVERIFY(access.contains(QStringLiteral("blocked")));
    QVERIFY(likes.at(0).toObject().value(QStringLiteral("liked")).toBool());

    const CliRun table = runAs({QStringLiteral("likes"), QStringLiteral("--limit"), QStringLiteral("100")});
    QVERIFY2(table.exitCode == kOk, table.describe());
    verifyFitsATerminal(table, {"TITLE", "ARTIST", "DURATION", "GENRE", "ACCESS"});
    QVERIFY(table.out.contains("preview"));
    QVERIFY(table.out.contains("blocked"));
    QVERIFY(table.err.contains("100"));
}

void TestCliLists::playlistsAndTheirTracks()
{
    QVERIFY(connect(QStringLiteral("alice")));
    const QJsonArray own = jsonArray(runAs({QStringLiteral("playlists"), QStringLiteral("--json")}));
    QCOMPARE(own.size(), 6);
    const QStringList owners = column(own, QStringLiteral("owner"));
    QCOMPARE(QSet<QString>(owners.cbegin(), owners.cend()), QSet<QString>{QStringLiteral("alice")});
    const QJsonArray liked = jsonArray(
        runAs({QStringLiteral("playlists"), QStringLiteral("--liked"), QStringLiteral("--json")}));
    QCOMPARE(liked.size(), 12);
    QCOMPARE(liked.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Road Trip"));
    const CliRun table = runAs({QStringLiteral("playlists"), QStringLiteral("--liked")});
    verifyFitsATerminal(table, {"TITLE", "OWNER", "TRACKS", "DURATION"});
    QVERIFY(table.out.contains("Road Trip"));

    const CliRun tracks = runAs(
        {QStringLiteral("playlist"), QStringLiteral("soundcloud:playlists:700010"), QStringLiteral("--json")});
    QVERIFY2(tracks.exitCode == kOk, tracks.describe());
    QCOMPARE(jsonArray(tracks).size(), 300);
    const CliRun one = runAs({QStringLiteral("playlist"), QStringLiteral("soundcloud:playlists:700014")});
    QCOMPARE(one.out.trimmed().split('\n').size(), 2);
    const CliRun missing = runAs({QStringLiteral("playlist"), QStringLiteral("soundcloud:playlists:1")});
    QVERIFY2(missing.exitCode == kFailed, missing.describe());
    QVERIFY(missing.err.contains("SoundCloud"));
}

void TestCliLists::following()
{
    QVERIFY(connect(QStringLiteral("alice")));
    const QJsonArray people = jsonArray(runAs({QStringLiteral("following"), QStringLiteral("--json")}));
    QCOMPARE(people.size(), 63);
    QCOMPARE(people.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("dj-dave"));
    for (const char *key : {"urn", "username", "full_name", "city", "track_count", "followers_count"})
        QVERIFY2(people.at(0).toObject().contains(QLatin1String(key)), key);
    const CliRun table = runAs({QStringLiteral("following"), QStringLiteral("--limit"), QStringLiteral("10")});
    verifyFitsATerminal(table, {"USERNAME", "NAME", "CITY", "TRACKS", "FOLLOWERS"});
    QCOMPARE(table.out.trimmed().split('\n').size(), 11);
}

void TestCliLists::search()
{
    QVERIFY(connect(QStringLiteral("bob")));
    const QJsonArray tracks = jsonArray(
        runAs({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("warehouse SESSION")}));
    QCOMPARE(tracks.size(), 12);
    for (const QString &title : column(tracks, QStringLiteral("title")))
        QVERIFY(title.startsWith(QLatin1String("Warehouse Session")));
    const QJsonArray users = jsonArray(
        runAs({QStringLiteral("search"), QStringLiteral("--users"), QStringLiteral("--json"), QStringLiteral("nova")}));
    QCOMPARE(users.size(), ListenerSeed::kArtistCount / 20);
    const QJsonArray playlists = jsonArray(
        runAs({QStringLiteral("search"), QStringLiteral("--playlists"), QStringLiteral("--json"),
               QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("sessions")}));
    QCOMPARE(playlists.size(), 5);
    const CliRun table = runAs(
        {QStringLiteral("search"), QStringLiteral("rain"), QStringLiteral("--limit"), QStringLiteral("20")});
    QVERIFY2(table.exitCode == kOk, table.describe());
    verifyFitsATerminal(table, {"TITLE", "ARTIST"});
    const CliRun none = runAs({QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("zzz-nothing")});
    QCOMPARE(none.exitCode, kOk);
    QCOMPARE(jsonArray(none).size(), 0);
}

void TestCliLists::editPlaylists()
{
    m_sandbox.resetPlaylists();
    QVERIFY(connect(QStringLiteral("alice")));
    const QString playlist = QStringLiteral("soundcloud:playlists:700013");  // Seven Wonders
    const QList<qint64> before = m_sandbox.playlist(700013)->trackIds;
    const QString first = QStringLiteral("soundcloud:tracks:%1").arg(before.constFirst());

    const CliRun added = runAs({QStringLiteral("playlist"), QStringLiteral("add"), QStringLiteral("--json"), playlist,
                                QStringLiteral("soundcloud:tracks:510001"), first});
    QVERIFY2(added.exitCode == kOk, added.describe());
    QCOMPARE(jsonObject(added).value(QStringLiteral("added")).toInt(), 1);
    QCOMPARE(jsonObject(added).value(QStringLiteral("already_in")).toInt(), 1);
    QCOMPARE(jsonObject(added).value(QStringLiteral("track_count")).toInt(), 8);
    QCOMPARE(m_sandbox.playlist(700013)->trackIds, before + QList<qint64>({510001}));

    const CliRun removed = runAs({QStringLiteral("playlist"), QStringLiteral("remove"), playlist, first, first});
    QVERIFY2(removed.exitCode == kOk, removed.describe());
    QCOMPARE(removed.out.trimmed(), QByteArray("Took 1 track out of “Seven Wonders”."));
    QCOMPARE(m_sandbox.playlist(700013)->trackIds, before.mid(1) + QList<qint64>({510001}));
    const CliRun none = runAs({QStringLiteral("playlist"), QStringLiteral("remove"), playlist, first});
    QVERIFY2(none.exitCode == kFailed && none.err.contains("holds none of these tracks"), none.describe());

    const CliRun renamed = runAs(
        {QStringLiteral("playlist"), QStringLiteral("rename"), playlist, QStringLiteral("Eight Wonders")});
    QVERIFY2(renamed.exitCode == kOk, renamed.describe());
    QCOMPARE(m_sandbox.playlist(700013)->title, QStringLiteral("Eight Wonders"));

    const CliRun created = runAs({QStringLiteral("playlist"), QStringLiteral("create"), QStringLiteral("--json"),
                                  QStringLiteral("Road Songs"), QStringLiteral("soundcloud:tracks:510001"),
                                  QStringLiteral("soundcloud:tracks:510002")});
    QVERIFY2(created.exitCode == kOk, created.describe());
    const QString urn = jsonObject(created).value(QStringLiteral("urn")).toString();
    QCOMPARE(jsonObject(created).value(QStringLiteral("track_count")).toInt(), 2);
    const qint64 id = urn.section(u':', 2).toLongLong();
    QCOMPARE(m_sandbox.playlist(id)->sharing, QStringLiteral("private"));
    const CliRun deleted = runAs({QStringLiteral("playlist"), QStringLiteral("delete"), urn});
    QVERIFY2(deleted.exitCode == kOk, deleted.describe());
    QCOMPARE(deleted.out.trimmed(), QByteArray("Deleted “Road Songs” (2 tracks)."));
    QVERIFY(!m_sandbox.playlist(id).has_value());

    // Bob's: refused, nothing sent.
    const CliRun notHers = runAs(
        {QStringLiteral("playlist"), QStringLiteral("delete"), QStringLiteral("soundcloud:playlists:700001")});
    QVERIFY2(notHers.exitCode == kFailed && notHers.err.contains("belongs to bob"), notHers.describe());
    QVERIFY(m_sandbox.playlist(700001).has_value());
}

void TestCliLists::relatedTracks()
{
    QVERIFY(connect(QStringLiteral("bob")));
    const CliRun related = runAs(
        {QStringLiteral("related"), QStringLiteral("--json"), QStringLiteral("soundcloud:tracks:510001")});
    QVERIFY2(related.exitCode == kOk, related.describe());
    const QJsonArray tracks = jsonArray(related);
    QVERIFY(!tracks.isEmpty());
    QVERIFY(tracks.size() <= 50);
    QVERIFY(!column(tracks, QStringLiteral("urn")).contains(QStringLiteral("soundcloud:tracks:510001")));
    const CliRun missing = runAs({QStringLiteral("related"), QStringLiteral("soundcloud:tracks:99999999")});
    QVERIFY2(missing.exitCode == kFailed, missing.describe());
}

void TestCliLists::followAndUnfollow()
{
    m_sandbox.resetFollowings();
    QVERIFY(connect(QStringLiteral("bob")));  // follows alice and dave
    const CliRun followed = runAs(
        {QStringLiteral("follow"), QStringLiteral("--json"), QStringLiteral("soundcloud:users:1003")});
    QVERIFY2(followed.exitCode == kOk, followed.describe());
    QVERIFY(jsonObject(followed).value(QStringLiteral("following")).toBool());
    QCOMPARE(m_sandbox.followingIds(1002), QList<qint64>({1003, 1001, 1004}));
    const CliRun unfollowed = runAs({QStringLiteral("unfollow"), QStringLiteral("soundcloud:users:1004")});
    QVERIFY2(unfollowed.exitCode == kOk, unfollowed.describe());
    QCOMPARE(unfollowed.out.trimmed(), QByteArray("You no longer follow soundcloud:users:1004."));
    QCOMPARE(m_sandbox.followingIds(1002), QList<qint64>({1003, 1001}));
    // The follow limit: named, and a failure (not a usage error).
    m_sandbox.setFollowLimit(2);
    const CliRun limited = runAs({QStringLiteral("follow"), QStringLiteral("soundcloud:users:1004")});
    QVERIFY2(limited.exitCode == kFailed && limited.err.contains("as many people as it allows"), limited.describe());
    QCOMPARE(m_sandbox.followingIds(1002), QList<qint64>({1003, 1001}));
}

void TestCliLists::usageErrorsComeBeforeThePassword_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("both kinds") << QStringList{QStringLiteral("search"), QStringLiteral("--users"),
                                               QStringLiteral("--playlists"), QStringLiteral("x")};
    QTest::newRow("empty query") << QStringList{QStringLiteral("search"), QStringLiteral("  ")};
    QTest::newRow("no query") << QStringList{QStringLiteral("search")};
    QTest::newRow("not a playlist") << QStringList{QStringLiteral("playlist"), QStringLiteral("soundcloud:users:1")};
    QTest::newRow("create without a title") << QStringList{QStringLiteral("playlist"), QStringLiteral("create")};
    QTest::newRow("add: not a track") << QStringList{QStringLiteral("playlist"), QStringLiteral("add"),
                                                     QStringLiteral("soundcloud:playlists:700013"),
                                                     QStringLiteral("soundcloud:users:1")};
    QTest::newRow("remove: no track") << QStringList{QStringLiteral("playlist"), QStringLiteral("remove"),
                                                     QStringLiteral("soundcloud:playlists:700013")};
    QTest::newRow("rename: not a playlist") << QStringList{QStringLiteral("playlist"), QStringLiteral("rename"),
                                                           QStringLiteral("700013"), QStringLiteral("New")};
    QTest::newRow("related: not a track")
        << QStringList{QStringLiteral("related"), QStringLiteral("soundcloud:playlists:1")};
    QTest::newRow("follow: not a user") << QStringList{QStringLiteral("follow"), QStringLiteral("soundcloud:tracks:1")};
    QTest::newRow("bad limit") << QStringList{QStringLiteral("following"), QStringLiteral("--limit"),
                                              QStringLiteral("0")};
}

void TestCliLists::usageErrorsComeBeforeThePassword()
{
    QFETCH(QStringList, words);
    QVERIFY(addUser(kLocalUser, kPassword));
    const CliRun refused = run(
        words
        + QStringList{QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")});  // no password given
    QVERIFY2(refused.exitCode == kUsage, refused.describe());
    QVERIFY(refused.out.isEmpty());
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliLists)
#include "tst_clilists.moc"
