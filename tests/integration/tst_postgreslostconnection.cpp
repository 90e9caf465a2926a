// A PostgreSQL server that goes away in the middle of a refresh (label postgres,
// run alone: it stops and starts the throwaway test server). The refresh token
// is on its way when the server stops; SoundCloud's answer arrives while it is
// down. The new pair is handed out and kept, the store's failure is a named
// error in plain words, and once the server is back the pair is written; it is
// the live one: the next refresh with it works and the grant is never revoked.

#include "BuiltPath.h"
#include "ConnectedUserFixture.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

constexpr int kSlowAnswerMs = 4'000;

// scripts/postgres-test-cluster.sh pause|resume on the test cluster.
bool cluster(const char *command)
{
    QProcess script;
    script.start(test::BuiltPath::of("WAVESHELF_SOURCE_DIR") + QStringLiteral("/scripts/postgres-test-cluster.sh"),
                 {QString::fromLatin1(command)});
    return script.waitForFinished(60'000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
}

}  // namespace

class TestPostgresLostConnection final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void serverLostMidRefreshLosesNoToken();

private:
    SandboxHost m_sandbox;
    bool m_paused = false;
};

void TestPostgresLostConnection::initTestCase()
{
    qputenv("WAVESHELF_TEST_BACKEND", "postgres");
    WAVESHELF_SKIP_WITHOUT_POSTGRES();
    if (qEnvironmentVariableIsEmpty("WAVESHELF_TEST_PG_DIR"))
        QSKIP("needs the throwaway cluster of scripts/postgres-test-cluster.sh (WAVESHELF_TEST_PG_DIR) to stop it");
    QVERIFY(m_sandbox.start());
}

void TestPostgresLostConnection::cleanup()
{
    if (m_paused && cluster("resume"))  // whatever failed, leave the server running
        m_paused = false;
}

void TestPostgresLostConnection::serverLostMidRefreshLosesNoToken()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.config().databaseUrl.startsWith(QLatin1String("postgresql://")));
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    m_sandbox.expireAllAccessTokens();
    QVERIFY(user.expireLocally());
    const StoredConnection before = user.store().load().value().value();
    m_sandbox.resetCounters();
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/oauth/token"), kSlowAnswerMs));

    // The refresh token is sent (lease taken, row marked)...
    test::ConnectedUserFixture::MeOutcome outcome;
    user.fetchMe(this, outcome);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 1, 10'000);
    // ...and the server goes away before SoundCloud answers.
    m_paused = cluster("pause");
    QVERIFY(m_paused);
    QCOMPARE(m_sandbox.slowAnswersPending(), 1);

    // The answer comes: the request is served with the new token, kept in memory.
    QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, kSlowAnswerMs + 10'000);
    QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    // The store says what happened, in plain words.
    const auto down = user.store().load();
    QVERIFY(!down.ok());
    QVERIFY2(storage::isConnectionLost(down.error()), qPrintable(down.error().detail));
    QVERIFY(down.error().message.contains(QLatin1String("lost its connection to the database server")));

    // The server is back: the kept pair is written (the session retries on its own).
    QVERIFY(cluster("resume"));
    m_paused = false;
    QTRY_VERIFY_WITH_TIMEOUT(user.store().load().ok() && user.store().load().value()->version == before.version + 1,
                             15'000);
    const StoredConnection after = user.store().load().value().value();
    QVERIFY(after.tokens.refreshToken != before.tokens.refreshToken);
    QVERIFY(!after.tokens.expiresWithin(QDateTime::currentDateTimeUtc(), TokenSession::kRefreshMarginSeconds));
    {
        QSqlQuery lease(user.database().connection());
        QVERIFY(lease.exec(QStringLiteral("SELECT refresh_lease_owner, refresh_sent_at FROM soundcloud_connections")));
        QVERIFY(lease.next());
        QVERIFY(lease.value(0).isNull() && lease.value(1).isNull());  // released, nothing in flight
    }

    // The stored pair is the live one: the next refresh with it works.
    m_sandbox.expireAllAccessTokens();
    QVERIFY(user.expireLocally());
    test::ConnectedUserFixture::MeOutcome next;
    user.fetchMe(this, next);
    QTRY_VERIFY_WITH_TIMEOUT(next.answered, 15'000);
    QVERIFY2(next.account.has_value(), next.error ? qPrintable(next.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 2);
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("alice")));
}

WAVESHELF_TEST_GUILESS_MAIN(TestPostgresLostConnection)
#include "tst_postgreslostconnection.moc"
