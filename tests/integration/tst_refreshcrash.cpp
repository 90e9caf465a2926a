// A refresh whose holder cannot finish it normally. SoundCloud refresh tokens
// are single-use and a reuse revokes the grant, so:
// - the connection row changes under a refresh (a reconnect, a removal): the
//   refreshed pair of the old grant is dropped, the lease released at once,
//   and waiters get what the row holds now;
// - a holder killed after sending the refresh token: the next process does not
//   send that token again (the grant survives) but says "reconnect" plainly,
//   and keeps the row;
// - SIGTERM / SIGINT while the answer is on its way: the process waits for it,
//   commits the new pair, and exits; the next process uses it without a refresh.
// The holders are real processes: waveshelf_refresh_worker and waveshelf-cli.

#include "BuiltPath.h"
#include "ConnectedUserFixture.h"
#include "RefreshWorkerProcess.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "network/PendingRefreshes.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

// ConnectedUserFixture's local user and password.
const QString kLocalUser = QStringLiteral("dana");
const QString kLocalPassword = QStringLiteral("correct horse battery");
const QString kTokenPath = QStringLiteral("/oauth/token");
const QString kRefreshGrant = QStringLiteral("refresh_token");
constexpr int kWaitMs = 30'000;

}  // namespace

class TestRefreshCrash final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reconnectDuringRefreshDropsTheOldPair();
    void removalDuringRefreshDropsThePair();
    void killedHolderIsNotReplayed();
    void signalWaitsForTheRefreshAnswer_data();
    void signalWaitsForTheRefreshAnswer();
    void stoppingWaitsForTheRefreshAnswer();

private:
    // A connected user whose token is due, and a sandbox that answers refreshes late.
    void connectWithDueToken(test::ConnectedUserFixture &user, int refreshDelayMs);
    void askForToken(test::ConnectedUserFixture &user, std::optional<Result<QString>> &token);
    static QString leaseOwner(test::ConnectedUserFixture &user);
    static void expireLease(test::ConnectedUserFixture &user);
    std::unique_ptr<QProcess> startWorker(test::ConnectedUserFixture &user);
    // The real waveshelf-cli asking for /me (whoami) on the user's data dir.
    std::unique_ptr<QProcess> startCli(test::ConnectedUserFixture &user);

    SandboxHost m_sandbox;
};

void TestRefreshCrash::initTestCase()
{
    WAVESHELF_SKIP_WITHOUT_POSTGRES();
    QVERIFY(m_sandbox.start());
    QVERIFY2(QFile::exists(test::BuiltPath::of("WAVESHELF_REFRESH_WORKER")), "WAVESHELF_REFRESH_WORKER");
}

void TestRefreshCrash::init()
{
    m_sandbox.clearFaults();
    m_sandbox.setAccessTokenLifetime(3600);
}

void TestRefreshCrash::connectWithDueToken(test::ConnectedUserFixture &user, int refreshDelayMs)
{
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    QVERIFY(user.expireLocally());
    m_sandbox.resetCounters();
    m_sandbox.injectFault(Fault::slow(kTokenPath, refreshDelayMs));
}

void TestRefreshCrash::askForToken(test::ConnectedUserFixture &user, std::optional<Result<QString>> &token)
{
    user.tokenSession().accessToken(this, [&token](Result<QString> result) { token = std::move(result); });
}

QString TestRefreshCrash::leaseOwner(test::ConnectedUserFixture &user)
{
    QSqlQuery query(user.database().connection());
    query.prepare(QStringLiteral("SELECT refresh_lease_owner FROM soundcloud_connections WHERE user_id = ?"));
    query.addBindValue(user.session().user.id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// As 45 s later: the dead holder's lease has run out.
void TestRefreshCrash::expireLease(test::ConnectedUserFixture &user)
{
    QSqlQuery query(user.database().connection());
    query.prepare(QStringLiteral("UPDATE soundcloud_connections SET refresh_lease_until = ? WHERE user_id = ?"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - 1000);
    query.addBindValue(user.session().user.id);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
}

std::unique_ptr<QProcess> TestRefreshCrash::startWorker(test::ConnectedUserFixture &user)
{
    return test::startRefreshWorker(test::BuiltPath::of("WAVESHELF_REFRESH_WORKER"), user, m_sandbox.baseUrl(),
                                    kLocalUser, kLocalPassword, 1, false, QProcess::ForwardedErrorChannel);
}

std::unique_ptr<QProcess> TestRefreshCrash::startCli(test::ConnectedUserFixture &user)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), user.config().dataDir);
    // The same database: a shared PostgreSQL one as the app is told it (its password from PGPASSFILE).
    if (!user.config().databaseUrl.isEmpty())
        env.insert(QStringLiteral("WAVESHELF_DATABASE_URL"), user.config().databaseUrl);
    env.insert(QStringLiteral("WAVESHELF_KDF_LIMITS"), QStringLiteral("interactive"));  // fast test users
    env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), user.config().clientId);
    env.insert(QStringLiteral("WAVESHELF_AUTHORIZE_URL"), user.config().authorizeUrl.toString());
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), user.config().tokenUrl.toString());
    env.insert(QStringLiteral("WAVESHELF_API_URL"), user.config().apiUrl.toString());
    env.remove(QStringLiteral("WAVESHELF_CLIENT_SECRET"));
    process->setProcessEnvironment(env);
    process->setProgram(test::BuiltPath::of("WAVESHELF_CLI_PATH"));
    process->setArguments(
        {QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")});
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start();
    process->write((kLocalPassword + QLatin1Char('\n')).toUtf8());
    process->closeWriteChannel();
    return process;
}

void TestRefreshCrash::reconnectDuringRefreshDropsTheOldPair()
{
    test::ConnectedUserFixture user(m_sandbox);
    connectWithDueToken(user, 1500);
    QVERIFY(!QTest::currentTestFailed());
    std::optional<Result<QString>> token;
    askForToken(user, token);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.tokenRequestCount(kRefreshGrant), 1, kWaitMs);

    // While the refresh is on its way, the user connects again (a new grant).
    const StoredConnection old = user.store().load().value().value();
    TokenSet reconnected;
    reconnected.accessToken = QStringLiteral("access-of-the-new-connection");
    reconnected.refreshToken = QStringLiteral("refresh-of-the-new-connection");
    reconnected.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    const auto saved = user.store().save(old.account, reconnected);
    QVERIFY(saved.ok());

    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), kWaitMs);
    QVERIFY2(token->ok(), token->ok() ? "" : qPrintable(token->error().detail));
    // The new connection's token, not the old grant's refreshed one...
    QCOMPARE(token->value(), reconnected.accessToken);
    // ...which was not written, and the lease is free at once (no retry under it).
    const StoredConnection now = user.store().load().value().value();
    QCOMPARE(now.version, saved.value().version);
    QCOMPARE(now.tokens.refreshToken, reconnected.refreshToken);
    QVERIFY(leaseOwner(user).isEmpty());

    // Later callers get the row's token too, not a pair kept in memory.
    std::optional<Result<QString>> later;
    askForToken(user, later);
    QTRY_VERIFY(later.has_value());
    QVERIFY(later->ok());
    QCOMPARE(later->value(), reconnected.accessToken);
    QVERIFY(leaseOwner(user).isEmpty());
}

void TestRefreshCrash::removalDuringRefreshDropsThePair()
{
    test::ConnectedUserFixture user(m_sandbox);
    connectWithDueToken(user, 1500);
    QVERIFY(!QTest::currentTestFailed());
    std::optional<Result<QString>> token;
    askForToken(user, token);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.tokenRequestCount(kRefreshGrant), 1, kWaitMs);
    QVERIFY(user.store().remove().ok());  // another process disconnected the account

    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), kWaitMs);
    QVERIFY(!token->ok());
    QCOMPARE(token->error().kind, ErrorKind::NotFound);

    std::optional<Result<QString>> later;
    askForToken(user, later);
    QTRY_VERIFY(later.has_value());
    QVERIFY(!later->ok());
    QCOMPARE(later->error().kind, ErrorKind::NotFound);
}

void TestRefreshCrash::killedHolderIsNotReplayed()
{
    test::ConnectedUserFixture user(m_sandbox);
    // SoundCloud takes the refresh token at once (it is dead from now on) and
    // answers too late for the worker, which is killed meanwhile.
    connectWithDueToken(user, 120'000);
    QVERIFY(!QTest::currentTestFailed());

    auto worker = startWorker(user);
    QVERIFY2(worker->waitForStarted(kWaitMs), qPrintable(worker->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.tokenRequestCount(kRefreshGrant), 1, kWaitMs);
    worker->kill();  // SIGKILL: no handler runs
    QVERIFY(worker->waitForFinished(kWaitMs));
    QVERIFY(!leaseOwner(user).isEmpty());  // the dead holder's
    expireLease(user);
    m_sandbox.clearFaults();

    QSignalSpy broken(&user.tokenSession(), &TokenSession::connectionBroken);
    std::optional<Result<QString>> token;
    askForToken(user, token);
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), kWaitMs);
    QVERIFY(!token->ok());
    QCOMPARE(token->error().kind, ErrorKind::ReconnectNeeded);
    QVERIFY2(token->error().message.contains(QStringLiteral("closed while")), qPrintable(token->error().message));
    QCOMPARE(broken.count(), 1);
    // The possibly spent token was not sent again: the grant lives, the row stays.
    QCOMPARE(m_sandbox.tokenRequestCount(kRefreshGrant), 1);
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));
    QVERIFY(user.store().load().value().has_value());

    // Asked again, the same answer, still without sending anything.
    std::optional<Result<QString>> again;
    askForToken(user, again);
    QTRY_VERIFY(again.has_value());
    QVERIFY(!again->ok());
    QCOMPARE(again->error().kind, ErrorKind::ReconnectNeeded);
    QCOMPARE(m_sandbox.tokenRequestCount(kRefreshGrant), 1);
}

void TestRefreshCrash::signalWaitsForTheRefreshAnswer_data()
{
    QTest::addColumn<bool>("cli");
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("worker, SIGTERM") << false << int(SIGTERM);
    QTest::newRow("worker, SIGINT (Ctrl+C)") << false << int(SIGINT);
    QTest::newRow("waveshelf-cli, SIGTERM") << true << int(SIGTERM);
    QTest::newRow("waveshelf-cli, SIGINT (Ctrl+C)") << true << int(SIGINT);
}

void TestRefreshCrash::signalWaitsForTheRefreshAnswer()
{
    QFETCH(bool, cli);
    QFETCH(int, signalNumber);
    test::ConnectedUserFixture user(m_sandbox);
    connectWithDueToken(user, 1500);
    QVERIFY(!QTest::currentTestFailed());
    const qint64 versionBefore = user.store().load().value()->version;

    auto worker = cli ? startCli(user) : startWorker(user);
    QVERIFY2(worker->waitForStarted(kWaitMs), qPrintable(worker->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.tokenRequestCount(kRefreshGrant), 1, kWaitMs);
    QCOMPARE(::kill(static_cast<pid_t>(worker->processId()), signalNumber), 0);

    // It waits for the answer on its way, commits it, and exits as asked.
    QVERIFY(worker->waitForFinished(kWaitMs));
    QCOMPARE(worker->exitStatus(), QProcess::NormalExit);
    QCOMPARE(worker->exitCode(), 128 + signalNumber);
    const StoredConnection stored = user.store().load().value().value();
    QCOMPARE(stored.version, versionBefore + 1);
    QVERIFY(!stored.tokens.expiresWithin(QDateTime::currentDateTimeUtc(), TokenSession::kRefreshMarginSeconds));
    QVERIFY(leaseOwner(user).isEmpty());

    // The next process uses the committed token: no refresh, and it works.
    test::ConnectedUserFixture::MeOutcome me;
    user.fetchMe(this, me);
    QTRY_VERIFY_WITH_TIMEOUT(me.answered, kWaitMs);
    QVERIFY2(me.account.has_value(), me.error ? qPrintable(me.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(kRefreshGrant), 1);
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));
}

// What the app does once its window is closed or it is told to quit.
void TestRefreshCrash::stoppingWaitsForTheRefreshAnswer()
{
    test::ConnectedUserFixture user(m_sandbox);
    connectWithDueToken(user, 1000);
    QVERIFY(!QTest::currentTestFailed());
    const qint64 versionBefore = user.store().load().value()->version;
    PendingRefreshes &pending = PendingRefreshes::of(user.network());
    QCOMPARE(pending.count(), 0);
    std::optional<Result<QString>> token;
    askForToken(user, token);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.tokenRequestCount(kRefreshGrant), 1, kWaitMs);
    QCOMPARE(pending.count(), 1);

    // Too short a wait gives up, saying so...
    QVERIFY(!pending.waitUntilDone(std::chrono::milliseconds(1)));
    // ...a long enough one returns once the answer is committed.
    QVERIFY(pending.waitUntilDone(PendingRefreshes::kShutdownWait));
    QCOMPARE(pending.count(), 0);
    QVERIFY(token.has_value() && token->ok());
    QCOMPARE(user.store().load().value()->version, versionBefore + 1);
    QVERIFY(leaseOwner(user).isEmpty());
    QVERIFY(pending.waitUntilDone(std::chrono::milliseconds(1)));  // nothing pending: at once
}

WAVESHELF_TEST_GUILESS_MAIN(TestRefreshCrash)
#include "tst_refreshcrash.moc"
