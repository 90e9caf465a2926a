// The real waveshelf-cli binary, run with QProcess against an in-process
// sandbox: local users, password rules, exit codes, the library lists,
// a password change that keeps the tokens, and the browser sign-in played
// by the test.

#include "SandboxHost.h"
#include "SandboxSignIn.h"
#include "TestDataDir.h"
#include "accounts/Vault.h"
#include "app/AppCore.h"
#include "session/ConnectFlow.h"
#include "session/UserContext.h"
#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

constexpr int kProcessTimeoutMs = 120'000;  // Argon2 and 7 pages on a busy machine
const QString kLocalUser = QStringLiteral("dana");
const QString kPassword = QStringLiteral("dana's password");
const QString kNewPassword = QStringLiteral("dana's new password");

// Exit codes, as documented.
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;
constexpr int kNotConnected = 3;
constexpr int kUnreachable = 4;
constexpr int kAuthFailed = 5;

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000) + "\nstderr: " + err;
    }
};

QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

}  // namespace

class TestCli final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void helpListsCommandsAndExitCodes();
    void usersAddListRemove();
    void passwordOnTheCommandLineIsRefused_data();
    void passwordOnTheCommandLineIsRefused();
    void noTerminalAndNoPasswordStdinIsAUsageError();
    void notConnectedExitsWith3();
    void wrongPasswordAndUnknownUserExitWith5Alike();
    void connectedUserLibrary();
    void likesAndPlaylists();
    void unreachableExitsWith4AndKeepsTokens_data();
    void unreachableExitsWith4AndKeepsTokens();
    void revokedGrantExitsWith3();
    void passwdKeepsTheConnection();
    void disconnectForgetsTheTokens();
    void connectThroughTheBrowser();
    void connectWithoutATerminalNeedsYes();
    void connectAsksAtTheTerminal_data();
    void connectAsksAtTheTerminal();
    void dataFolderOfAnotherUserIsRefused();

private:
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] CliRun run(const QStringList &arguments, const QByteArray &input = {});
    [[nodiscard]] bool addUser(const QString &name, const QString &password);
    // Connects the local user to a sandbox account through core code on the
    // same data dir, as the app would have done.
    [[nodiscard]] bool connectInProcess(const QString &localName, const QString &password, const QString &sandboxUser,
                                        const QString &sandboxPassword);
    [[nodiscard]] QJsonArray jsonArray(const CliRun &result) const;
    // The browser's part: reads the authorize address the CLI prints, signs
    // in to the sandbox as alice and follows the redirect to the CLI's
    // listener. The redirect's reply (owned by `network`), or null.
    [[nodiscard]] QNetworkReply *playTheBrowser(QProcess &cli, QNetworkAccessManager &network);

    SandboxHost m_sandbox;
    QUrl m_redirectUri;
    std::unique_ptr<test::TestDataDir> m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(WAVESHELF_CLI_PATH)), WAVESHELF_CLI_PATH);
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
    sandbox::SandboxOptions options;
    options.redirectUris = {m_redirectUri};
    QVERIFY(m_sandbox.start(options));
}

void TestCli::init()
{
    m_sandbox.clearFaults();
    m_dir = std::make_unique<test::TestDataDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::cleanup()
{
    m_sandbox.clearFaults();
    m_dir.reset();
}

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QUrl base = m_sandbox.baseUrl();
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), m_dir->path());
    env.insert(QStringLiteral("WAVESHELF_KDF_LIMITS"), QStringLiteral("interactive"));  // fast test users
    env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), QStringLiteral("waveshelf-sandbox"));
    env.insert(QStringLiteral("WAVESHELF_AUTHORIZE_URL"), base.resolved(QUrl(QStringLiteral("/authorize"))).toString());
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), base.resolved(QUrl(QStringLiteral("/oauth/token"))).toString());
    env.insert(QStringLiteral("WAVESHELF_API_URL"), base.toString());
    env.insert(QStringLiteral("WAVESHELF_REDIRECT_URI"), m_redirectUri.toString());
    env.remove(QStringLiteral("WAVESHELF_CLIENT_SECRET"));
    return env;
}

CliRun TestCli::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(WAVESHELF_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();  // stdin is a pipe, never a terminal
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool TestCli::addUser(const QString &name, const QString &password)
{
    return run({QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--password-stdin")},
               line(password))
               .exitCode
        == kOk;
}

bool TestCli::connectInProcess(const QString &localName, const QString &password, const QString &sandboxUser,
                               const QString &sandboxPassword)
{
    AppConfig config = m_dir->config(m_sandbox.baseUrl());
    config.clientId = QStringLiteral("waveshelf-sandbox");
    config.redirectUri = m_redirectUri;
    auto core = AppCore::open(config);
    if (!core.ok())
        return false;
    const auto found = core.value()->users().findByUsername(localName);
    if (!found.ok() || !found.value().has_value())
        return false;
    const auto vault = Vault::unlock(password, found.value()->user.id, found.value()->vault);
    if (!vault.ok())
        return false;
    const std::unique_ptr<UserContext> user = core.value()->createUserContext(
        UserSession{found.value()->user, vault.value()});
    QNetworkAccessManager &network = core.value()->network();
    ConnectFlow flow(network, user->tokenClient(), user->connections(), config.authorizeUrl, config.clientId,
                     config.redirectUri, config.apiUrl);
    QSignalSpy connected(&flow, &ConnectFlow::connected);
    QSignalSpy failed(&flow, &ConnectFlow::failed);
    const QUrl redirect = test::SandboxSignIn::approve(network, flow.request().url, sandboxUser, sandboxPassword);
    if (redirect.isEmpty())
        return false;
    flow.complete(redirect);
    return QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, 10'000) && !connected.isEmpty();
}

QJsonArray TestCli::jsonArray(const CliRun &result) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return {};
    return doc.array();
}

void TestCli::helpListsCommandsAndExitCodes()
{
    const CliRun help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, kOk);
    for (const char *expected :
         {"users list", "users add NAME", "users remove NAME", "users passwd NAME", "whoami --user NAME",
          "tracks --user NAME", "likes --user NAME", "playlists --user NAME", "connect --browser --user NAME",
          "disconnect --user NAME", "--password-stdin", "Exit codes", "5  wrong password or unknown user"}) {
        QVERIFY2(help.out.contains(expected), expected);
    }
    const CliRun tracksHelp = run({QStringLiteral("tracks"), QStringLiteral("--help")});
    QCOMPARE(tracksHelp.exitCode, kOk);
    QVERIFY(tracksHelp.out.contains("--json"));
    QVERIFY(tracksHelp.out.contains("--limit"));

    QCOMPARE(run({}).exitCode, kUsage);
    QCOMPARE(run({QStringLiteral("no-such-command")}).exitCode, kUsage);
    QCOMPARE(run({QStringLiteral("tracks"), QStringLiteral("--no-such-option")}).exitCode, kUsage);
}

void TestCli::usersAddListRemove()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(addUser(QStringLiteral("erin"), kPassword));

    const CliRun table = run({QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, kOk);
    QVERIFY2(table.out.contains("dana") && table.out.contains("erin") && table.out.contains("(not connected)"),
             table.describe());

    const QJsonArray users = jsonArray(
        run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("username")).toString(), kLocalUser);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("connected")).toBool(true), false);

    // The same name again, in another case: taken.
    const CliRun again = run(
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("DANA"), QStringLiteral("--password-stdin")},
        line(kPassword));
    QCOMPARE(again.exitCode, kFailed);
    QVERIFY(again.err.contains("already taken"));
    // Too short a password: refused as input.
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("frank"),
                  QStringLiteral("--password-stdin")},
                 line(QStringLiteral("short")))
                 .exitCode,
             kUsage);

    // Removing needs that user's password.
    const CliRun refused = run(
        {QStringLiteral("users"), QStringLiteral("remove"), kLocalUser, QStringLiteral("--password-stdin")},
        line(QStringLiteral("not dana's password")));
    QCOMPARE(refused.exitCode, kAuthFailed);
    QCOMPARE(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).size(), 2);

    const CliRun removed = run(
        {QStringLiteral("users"), QStringLiteral("remove"), kLocalUser, QStringLiteral("--password-stdin")},
        line(kPassword));
    QCOMPARE(removed.exitCode, kOk);
    const QJsonArray left = jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("erin"));
}

void TestCli::passwordOnTheCommandLineIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("users add NAME PASSWORD")
        << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gina"), kPassword};
    QTest::newRow("users add --password")
        << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gina"),
                       QStringLiteral("--password"), kPassword};
    QTest::newRow("users add --password=")
        << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gina"),
                       QStringLiteral("--password=") + kPassword};
    QTest::newRow("tracks -p") << QStringList{QStringLiteral("tracks"), QStringLiteral("--user"),
                                              QStringLiteral("gina"), QStringLiteral("-p"), kPassword};
    QTest::newRow("whoami extra argument")
        << QStringList{QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("gina"), kPassword};
    QTest::newRow("global --password") << QStringList{QStringLiteral("--password"), kPassword, QStringLiteral("users"),
                                                      QStringLiteral("list")};
}

void TestCli::passwordOnTheCommandLineIsRefused()
{
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments, line(kPassword));
    QCOMPARE(result.exitCode, kUsage);
    QVERIFY2(result.err.contains("never takes a password on the command line"), result.describe());
    QVERIFY(!result.err.contains(kPassword.toUtf8()));
    // And nothing was done with it.
    QVERIFY(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).isEmpty());
}

void TestCli::noTerminalAndNoPasswordStdinIsAUsageError()
{
    const CliRun result = run({QStringLiteral("users"), QStringLiteral("add"), kLocalUser}, line(kPassword));
    QCOMPARE(result.exitCode, kUsage);
    QVERIFY2(result.err.contains("--password-stdin"), result.describe());
    QVERIFY(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).isEmpty());
}

void TestCli::notConnectedExitsWith3()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    for (const QString &command :
         {QStringLiteral("whoami"), QStringLiteral("tracks"), QStringLiteral("likes"), QStringLiteral("playlists")}) {
        const CliRun result = run({command, QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                                  line(kPassword));
        QVERIFY2(result.exitCode == kNotConnected, result.describe());
        QVERIFY(result.err.contains("not connected"));
        QVERIFY(result.out.isEmpty());
    }
}

void TestCli::wrongPasswordAndUnknownUserExitWith5Alike()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    const CliRun wrong = run(
        {QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
        line(QStringLiteral("not dana's password")));
    const CliRun unknown = run({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("nobody"),
                                QStringLiteral("--password-stdin")},
                               line(kPassword));
    QCOMPARE(wrong.exitCode, kAuthFailed);
    QCOMPARE(unknown.exitCode, kAuthFailed);
    QVERIFY(!wrong.err.isEmpty());
    QCOMPARE(unknown.err, wrong.err);  // never tells which
}

void TestCli::connectedUserLibrary()
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

void TestCli::likesAndPlaylists()
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

void TestCli::unreachableExitsWith4AndKeepsTokens_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::newRow("503") << Fault::withStatus(QStringLiteral("/me"), 503);
    QTest::newRow("429") << Fault::rateLimited(QStringLiteral("/me"));
    QTest::newRow("html 403") << Fault::htmlForbidden(QStringLiteral("/me"));
    QTest::newRow("truncated json") << Fault::malformedJson(QStringLiteral("/me"));
}

void TestCli::unreachableExitsWith4AndKeepsTokens()
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

void TestCli::revokedGrantExitsWith3()
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

void TestCli::passwdKeepsTheConnection()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(connectInProcess(kLocalUser, kPassword, QStringLiteral("alice"), QStringLiteral("alice-password")));

    // A wrong current password changes nothing.
    const CliRun refused = run(
        {QStringLiteral("users"), QStringLiteral("passwd"), kLocalUser, QStringLiteral("--password-stdin")},
        line(QStringLiteral("not dana's password")) + line(kNewPassword));
    QCOMPARE(refused.exitCode, kAuthFailed);

    const CliRun changed = run(
        {QStringLiteral("users"), QStringLiteral("passwd"), kLocalUser, QStringLiteral("--password-stdin")},
        line(kPassword) + line(kNewPassword));
    QVERIFY2(changed.exitCode == kOk, changed.describe());

    const QStringList tracks{
        QStringLiteral("tracks"), QStringLiteral("--user"),  kLocalUser,         QStringLiteral("--password-stdin"),
        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("3")};
    QCOMPARE(run(tracks, line(kPassword)).exitCode, kAuthFailed);
    const CliRun withNew = run(tracks, line(kNewPassword));
    QVERIFY2(withNew.exitCode == kOk, withNew.describe());
    QCOMPARE(jsonArray(withNew).size(), 3);  // the tokens survived the change
}

void TestCli::disconnectForgetsTheTokens()
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

QNetworkReply *TestCli::playTheBrowser(QProcess &cli, QNetworkAccessManager &network)
{
    QByteArray printed;
    if (!QTest::qWaitFor(
            [&] {
                cli.waitForReadyRead(100);
                printed += cli.readAllStandardOutput();
                return printed.contains('\n') || cli.state() == QProcess::NotRunning;
            },
            kProcessTimeoutMs))
        return nullptr;
    const QUrl authorizeUrl = QUrl::fromEncoded(printed.trimmed(), QUrl::StrictMode);
    if (!authorizeUrl.isValid() || authorizeUrl.path() != QLatin1String("/authorize")) {
        qWarning() << "no authorize address:" << printed << cli.readAllStandardError();
        return nullptr;
    }
    const QUrl redirect = test::SandboxSignIn::approve(network, authorizeUrl, QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    if (redirect.isEmpty() || redirect.port() != m_redirectUri.port())
        return nullptr;
    return network.get(QNetworkRequest(redirect));
}

void TestCli::connectThroughTheBrowser()
{
    QVERIFY(addUser(kLocalUser, kPassword));

    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.start(QStringLiteral(WAVESHELF_CLI_PATH),
              {QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"), kLocalUser,
               QStringLiteral("--password-stdin"), QStringLiteral("--yes"), QStringLiteral("--timeout"),
               QStringLiteral("60")});
    QVERIFY(cli.waitForStarted());
    cli.write(line(kPassword));
    cli.closeWriteChannel();

    // Play the browser: the address the CLI prints, the sandbox's sign-in
    // page, then its redirect to the CLI's loopback listener.
    QNetworkAccessManager network;
    QNetworkReply *reply = playTheBrowser(cli, network);
    QVERIFY(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QVERIFY(cli.waitForFinished(kProcessTimeoutMs));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == kOk, err);
    // --yes: the account is named, not asked about.
    QVERIFY2(err.contains("Your browser signed in to SoundCloud as alice; connecting it (--yes)."), err);
    QVERIFY(err.contains("Connected dana to SoundCloud as alice"));

    const CliRun whoami = run(
        {QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
        line(kPassword));
    QVERIFY2(whoami.exitCode == kOk, whoami.describe());
    QVERIFY(whoami.out.contains("alice"));
}

void TestCli::connectWithoutATerminalNeedsYes()
{
    // The question after the browser could not be answered: refused before it.
    QVERIFY(addUser(kLocalUser, kPassword));
    const int tokenRequests = m_sandbox.tokenRequestCount();
    const CliRun refused = run({QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"),
                                kLocalUser, QStringLiteral("--password-stdin")},
                               line(kPassword));
    QVERIFY2(refused.exitCode == kUsage, refused.describe());
    QVERIFY2(refused.err.contains("standard input is not a terminal") && refused.err.contains("--yes"),
             refused.describe());
    QVERIFY(refused.out.isEmpty());  // no address to open
    QCOMPARE(m_sandbox.tokenRequestCount(), tokenRequests);
    QCOMPARE(run({QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                 line(kPassword))
                 .exitCode,
             kNotConnected);
}

void TestCli::connectAsksAtTheTerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("connects");
    QTest::newRow("y") << QByteArray("y\n") << true;
    QTest::newRow("yes") << QByteArray("Yes\n") << true;
    QTest::newRow("n") << QByteArray("n\n") << false;
    QTest::newRow("just Enter") << QByteArray("\n") << false;
}

void TestCli::connectAsksAtTheTerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, connects);
    QVERIFY(addUser(kLocalUser, kPassword));

    // Standard input is a terminal (a pseudo-terminal the test holds).
    const int terminal = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(terminal >= 0);
    const auto closeTerminal = qScopeGuard([terminal] { ::close(terminal); });
    QVERIFY(::grantpt(terminal) == 0 && ::unlockpt(terminal) == 0);
    const QString terminalPath = QString::fromLocal8Bit(::ptsname(terminal));
    const int held = ::open(QFile::encodeName(terminalPath).constData(), O_RDWR | O_NOCTTY);  // keeps it open
    QVERIFY(held >= 0);
    const auto closeHeld = qScopeGuard([held] { ::close(held); });

    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.setStandardInputFile(terminalPath);
    cli.start(QStringLiteral(WAVESHELF_CLI_PATH),
              {QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"), kLocalUser,
               QStringLiteral("--password-stdin"), QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(cli.waitForStarted());
    const QByteArray password = line(kPassword);
    QVERIFY(::write(terminal, password.constData(), size_t(password.size())) == password.size());

    QNetworkAccessManager network;
    QVERIFY(playTheBrowser(cli, network));  // its reply is answered once the CLI has the redirect
    QByteArray err;
    QVERIFY(QTest::qWaitFor(
        [&] {
            cli.waitForReadyRead(100);
            err += cli.readAllStandardError();
            return err.contains("[y/N]") || cli.state() == QProcess::NotRunning;
        },
        kProcessTimeoutMs));
    QVERIFY2(err.contains("Your browser signed in to SoundCloud as alice. Connect dana to this account?"), err);
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode, kOk);
    QCOMPARE(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("connected"))
                 .toBool(true),
             false);  // nothing stored while asking
    QVERIFY(::write(terminal, answer.constData(), size_t(answer.size())) == answer.size());

    QVERIFY(cli.waitForFinished(kProcessTimeoutMs));
    err += cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), connects ? kOk : kFailed);
    QVERIFY2(err.contains(connects ? "Connected dana to SoundCloud as alice"
                                   : "you did not confirm the SoundCloud account alice, so nothing was saved"),
             err);
    QCOMPARE(run({QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                 line(kPassword))
                 .exitCode,
             connects ? kOk : kNotConnected);
}

void TestCli::dataFolderOfAnotherUserIsRefused()
{
    const QString theirs = m_dir->path() + QStringLiteral("/theirs");
    QVERIFY(QDir().mkdir(theirs));
    if (::chown(QFile::encodeName(theirs).constData(), 65534, gid_t(-1)) != 0)  // nobody
        QSKIP("chown to another user needs root");
    const CliRun refused = run({QStringLiteral("--data-dir"), theirs, QStringLiteral("users"), QStringLiteral("list")});
    QVERIFY2(refused.exitCode == kFailed, refused.describe());
    QVERIFY2(refused.err.contains("belongs to another user"), refused.describe());
    QVERIFY(!QFile::exists(theirs + QStringLiteral("/waveshelf.sqlite")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
