// waveshelf-cli command lines run in this process (CliApp with a console
// double) against an in-process sandbox, for a connected user: the library lists, exit codes when
// SoundCloud fails or the grant is gone, a password change that keeps the
// tokens, and disconnecting.

#include "CliRunner.h"
#include "CliTestCase.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "app/AppCore.h"
#include "session/ArtworkCacheFolder.h"
#include "storage/UserRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QTest>

using namespace waveshelf;
using namespace clitest;
using sandbox::Fault;

class TestCliLibrary final : public CliTestCase {
    Q_OBJECT

private slots:
    void connectedUserLibrary();
    void likesAndPlaylists();
    void unreachableExitsWith4AndKeepsTokens_data();
    void unreachableExitsWith4AndKeepsTokens();
    void revokedGrantExitsWith3();
    void anotherServiceGetsNoTokenAndTheConnectionStays();
    void passwdKeepsTheConnection();
    void disconnectForgetsTheTokens();
};

void TestCliLibrary::connectedUserLibrary()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(connectInProcess(kLocalUser, kPassword, QStringLiteral("alice"), QStringLiteral("alice-password")));
    const QStringList asDana{QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")};

    const CliRun whoami = run(QStringList{QStringLiteral("whoami")} + asDana, line(kPassword));
    QVERIFY2(whoami.exitCode == kOk, whoami.describe());
    QVERIFY(whoami.out.contains("alice"));
    QVERIFY(whoami.out.contains("soundcloud:users:1001"));
    const QJsonDocument me = QJsonDocument::fromJson(
        run(QStringList{QStringLiteral("whoami"), QStringLiteral("--json")} + asDana, line(kPassword)).out);
    QCOMPARE(me.object().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));

    // Every page of alice's 1,234 tracks, each once.
    const CliRun all = run(QStringList{QStringLiteral("tracks"), QStringLiteral("--json")} + asDana, line(kPassword));
    QVERIFY2(all.exitCode == kOk, all.describe().left(3000));
    const QJsonArray tracks = jsonArray(all);
    QCOMPARE(tracks.size(), 1234);
    QSet<QString> urns;
    for (const QJsonValue &track : tracks) {
        const QJsonObject object = track.toObject();
        for (const char *key : {"urn", "title", "artist", "duration_ms", "genre", "access", "permalink_url"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        urns.insert(object.value(QStringLiteral("urn")).toString());
    }
    QCOMPARE(urns.size(), 1234);
    QVERIFY(!urns.contains(QString()));

    // A table for people, cut at --limit.
    const CliRun table = run(QStringList{QStringLiteral("tracks"), QStringLiteral("--limit"), QStringLiteral("5")}
                                 + asDana,
                             line(kPassword));
    QCOMPARE(table.exitCode, kOk);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    for (const char *header : {"TITLE", "ARTIST", "DURATION", "GENRE"})
        QVERIFY2(lines.constFirst().contains(header), header);
    QVERIFY(!table.out.contains("soundcloud:tracks"));  // no urns in the table

    // users list shows the connection without asking for a password, and no token.
    const CliRun list = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject dana = jsonArray(list).at(0).toObject();
    QCOMPARE(dana.value(QStringLiteral("connected")).toBool(), true);
    QCOMPARE(dana.value(QStringLiteral("soundcloud_username")).toString(), QStringLiteral("alice"));
    QVERIFY(!list.out.contains("token"));
}

void TestCliLibrary::likesAndPlaylists()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(connectInProcess(kLocalUser, kPassword, QStringLiteral("bob"), QStringLiteral("bob-password")));
    const QStringList asDana{QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin"),
                             QStringLiteral("--json")};

    const CliRun likes = run(QStringList{QStringLiteral("likes")} + asDana, line(kPassword));
    QVERIFY2(likes.exitCode == kOk, likes.describe());
    const QJsonArray liked = jsonArray(likes);
    QCOMPARE(liked.size(), 7);  // blocked and preview tracks included
    QCOMPARE(liked.at(0).toObject().value(QStringLiteral("urn")).toString(),
             QStringLiteral("soundcloud:tracks:501234"));

    const CliRun playlists = run(QStringList{QStringLiteral("playlists")} + asDana, line(kPassword));
    QVERIFY2(playlists.exitCode == kOk, playlists.describe());
    const QJsonArray sets = jsonArray(playlists);
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("First EP"));
    QCOMPARE(sets.at(0).toObject().value(QStringLiteral("track_count")).toInt(), 3);
    QVERIFY(sets.at(0).toObject().value(QStringLiteral("duration_ms")).toInteger() > 0);

    const CliRun table = run(
        {QStringLiteral("playlists"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
        line(kPassword));
    QCOMPARE(table.exitCode, kOk);
    QVERIFY(table.out.contains("Road Trip"));
    QVERIFY(table.out.split('\n').constFirst().contains("TRACKS"));
}

void TestCliLibrary::unreachableExitsWith4AndKeepsTokens_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("503") << Fault::withStatus(QStringLiteral("/me"), 503);
    QTest::newRow("429") << Fault::rateLimited(QStringLiteral("/me"));
    QTest::newRow("html 403") << Fault::htmlForbidden(QStringLiteral("/me"));
    QTest::newRow("truncated json") << Fault::malformedJson(QStringLiteral("/me"));
}

void TestCliLibrary::unreachableExitsWith4AndKeepsTokens()
{
    QFETCH(Fault, fault);
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(connectInProcess(kLocalUser, kPassword, QStringLiteral("alice"), QStringLiteral("alice-password")));
    const QStringList whoami{QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser,
                             QStringLiteral("--password-stdin")};

    m_sandbox.injectFault(fault);
    const CliRun failed = run(whoami, line(kPassword));
    QVERIFY2(failed.exitCode == kUnreachable, failed.describe());
    QVERIFY(failed.err.contains("SoundCloud"));
    QVERIFY(failed.out.isEmpty());

    // The tokens were kept: the next run works without reconnecting.
    m_sandbox.clearFaults();
    const CliRun again = run(whoami, line(kPassword));
    QVERIFY2(again.exitCode == kOk, again.describe());
    QVERIFY(again.out.contains("alice"));
}

void TestCliLibrary::revokedGrantExitsWith3()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(connectInProcess(kLocalUser, kPassword, QStringLiteral("alice"), QStringLiteral("alice-password")));
    m_sandbox.revokeAllGrants(QStringLiteral("alice"));
    const CliRun result = run(
        {QStringLiteral("tracks"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
        line(kPassword));
    QVERIFY2(result.exitCode == kNotConnected, result.describe());
    QVERIFY(result.err.contains("reconnect"));
}

void TestCliLibrary::anotherServiceGetsNoTokenAndTheConnectionStays()
{
    // Security review 3, item 1 (a): the endpoints pointed at another server
    // on this computer must not bring it the user's tokens.
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(connectInProcess(kLocalUser, kPassword, QStringLiteral("bob"), QStringLiteral("bob-password")));
    waveshelf::sandbox::SandboxHost other;
    waveshelf::sandbox::SandboxOptions options;
    options.redirectUris = {m_redirectUri};
    QVERIFY(other.start(options));
    QVERIFY(other.baseUrl().port() != m_sandbox.baseUrl().port());
    m_sandbox.expireAllAccessTokens();  // a refresh would be due: not even the refresh token may go there

    QProcessEnvironment elsewhere = environment();
    const QUrl base = other.baseUrl();
    elsewhere.insert(QStringLiteral("WAVESHELF_AUTHORIZE_URL"),
                     base.resolved(QUrl(QStringLiteral("/authorize"))).toString());
    elsewhere.insert(QStringLiteral("WAVESHELF_TOKEN_URL"),
                     base.resolved(QUrl(QStringLiteral("/oauth/token"))).toString());
    elsewhere.insert(QStringLiteral("WAVESHELF_API_URL"), base.toString());
    const QStringList likes{QStringLiteral("likes"), QStringLiteral("--user"), kLocalUser,
                            QStringLiteral("--password-stdin")};
    const CliRun refused = CliRunner::inProcess(elsewhere, likes, line(kPassword));
    QVERIFY2(refused.exitCode == kNotConnected, refused.describe());
    const QString firstHost = QStringLiteral("127.0.0.1:%1").arg(m_sandbox.baseUrl().port());
    QVERIFY2(refused.err.contains("another SoundCloud service") && refused.err.contains(firstHost.toUtf8()),
             refused.describe());
    QCOMPARE(other.tokenRequestCount(), 0);
    QCOMPARE(other.apiRequestCount(), 0);
    const CliRun listed = CliRunner::inProcess(elsewhere, {QStringLiteral("users"), QStringLiteral("list")}, {});
    QVERIFY2(listed.exitCode == kOk
                 && listed.out.contains(QString(QStringLiteral("connected elsewhere: ") + firstHost).toUtf8()),
             listed.describe());

    // Back with the first service's configuration: the connection works as before.
    const CliRun back = run(likes + QStringList{QStringLiteral("--json")}, line(kPassword));
    QVERIFY2(back.exitCode == kOk, back.describe());
    QCOMPARE(jsonArray(back).size(), 7);
    QVERIFY(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")) >= 1);  // its refresh token was still good
}

void TestCliLibrary::passwdKeepsTheConnection()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(connectInProcess(kLocalUser, kPassword, QStringLiteral("alice"), QStringLiteral("alice-password")));

    // A wrong current password changes nothing.
    const CliRun refused = run(
        {QStringLiteral("users"), QStringLiteral("passwd"), kLocalUser, QStringLiteral("--password-stdin")},
        line(QStringLiteral("not dana's password")) + line(kNewPassword));
    QCOMPARE(refused.exitCode, kAuthFailed);

    // The artwork cache (plain URLs of what was looked at) goes with the old password.
    qint64 userId = 0;
    {
        auto core = waveshelf::AppCore::open(m_dir->config());
        QVERIFY(core.ok());
        const auto found = core.value()->users().findByUsername(kLocalUser);
        QVERIFY(found.ok() && found.value().has_value());
        userId = found.value()->user.id;
    }
    const QString artworkRoot = waveshelf::ArtworkCacheFolder::rootFor(m_dir->config().databaseLocation());
    const auto artwork = waveshelf::ArtworkCacheFolder::make(artworkRoot, userId);
    QVERIFY(artwork.ok());
    const auto cleanup = qScopeGuard([&] { waveshelf::ArtworkCacheFolder::remove(artworkRoot, userId); });
    QVERIFY(QFileInfo(artwork.value()).isDir());

    const CliRun changed = run(
        {QStringLiteral("users"), QStringLiteral("passwd"), kLocalUser, QStringLiteral("--password-stdin")},
        line(kPassword) + line(kNewPassword));
    QVERIFY2(changed.exitCode == kOk, changed.describe());
    QVERIFY(!QFileInfo::exists(artwork.value()));

    const QStringList tracks{
        QStringLiteral("tracks"), QStringLiteral("--user"),  kLocalUser,         QStringLiteral("--password-stdin"),
        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")};
    QCOMPARE(run(tracks, line(kPassword)).exitCode, kAuthFailed);
    const CliRun withNew = run(tracks, line(kNewPassword));
    QVERIFY2(withNew.exitCode == kOk, withNew.describe());
    QCOMPARE(jsonArray(withNew).size(), 3);  // the tokens survived the change
}

void TestCliLibrary::disconnectForgetsTheTokens()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(connectInProcess(kLocalUser, kPassword, QStringLiteral("alice"), QStringLiteral("alice-password")));
    const QStringList asDana{QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")};
    QCOMPARE(run(QStringList{QStringLiteral("disconnect")} + asDana, line(QStringLiteral("wrong password"))).exitCode,
             kAuthFailed);
    const CliRun disconnected = run(QStringList{QStringLiteral("disconnect")} + asDana, line(kPassword));
    QVERIFY2(disconnected.exitCode == kOk, disconnected.describe());
    QCOMPARE(run(QStringList{QStringLiteral("whoami")} + asDana, line(kPassword)).exitCode, kNotConnected);
    const QJsonArray users = jsonArray(
        run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("connected")).toBool(true), false);
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_clilibrary.moc"
