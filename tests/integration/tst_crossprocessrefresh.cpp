// One refresh, whatever runs at once: several processes (waveshelf_refresh_worker)
// and concurrent requests in this one meet the same expired token; the sandbox's
// refresh tokens are single-use and a reuse revokes the grant. Exactly one
// refresh_token request per round, every request succeeds, the connection stays
// intact. And the refresh lease of a crashed holder blocks nobody for long.

#include "BuiltPath.h"
#include "ConnectedUserFixture.h"
#include "RefreshWorkerProcess.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/RefreshLease.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

// ConnectedUserFixture's local user and password.
const QString kLocalUser = QStringLiteral("dana");
const QString kLocalPassword = QStringLiteral("correct horse battery");

constexpr int kRounds = 12;
constexpr int kWorkers = 3;
constexpr int kRequestsPerProcess = 10;

using Outcome = test::ConnectedUserFixture::MeOutcome;

struct LeaseColumns {
    QString owner;
    qint64 until = 0;
};

bool allAnswered(const std::vector<Outcome> &outcomes)
{
    return std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.answered; });
}

}  // namespace

class TestCrossProcessRefresh final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void processesAndRequestsShareOneRefresh();
    void waiterUsesTheTokenAnotherHolderCommitted();
    void commitJustBeforeOurLeaseIsSeen();
    void expiredLeaseOfCrashedHolderIsTakenAtOnce();
    void liveLeaseOfDeadHolderIsWaitedOut();
    void failedRefreshReleasesTheLease_data();
    void failedRefreshReleasesTheLease();

private:
    void fetchMe(test::ConnectedUserFixture &user, Outcome &outcome);
    static void expireLocally(test::ConnectedUserFixture &user);
    static LeaseColumns lease(test::ConnectedUserFixture &user);
    static void setLease(test::ConnectedUserFixture &user, const QString &owner, qint64 untilMs);
    std::unique_ptr<QProcess> startWorker(test::ConnectedUserFixture &user);

    SandboxHost m_sandbox;
};

void TestCrossProcessRefresh::initTestCase()
{
    WAVESHELF_SKIP_WITHOUT_POSTGRES();
    QVERIFY(m_sandbox.start());
    QVERIFY2(QFile::exists(test::BuiltPath::of("WAVESHELF_REFRESH_WORKER")), "WAVESHELF_REFRESH_WORKER");
}

void TestCrossProcessRefresh::init()
{
    m_sandbox.clearFaults();
    m_sandbox.setAccessTokenLifetime(3600);
}

void TestCrossProcessRefresh::fetchMe(test::ConnectedUserFixture &user, Outcome &outcome)
{
    user.fetchMe(this, outcome);
}

void TestCrossProcessRefresh::expireLocally(test::ConnectedUserFixture &user)
{
    QVERIFY(user.expireLocally());
}

LeaseColumns TestCrossProcessRefresh::lease(test::ConnectedUserFixture &user)
{
    QSqlQuery query(user.database().connection());
    query.prepare(QStringLiteral("SELECT refresh_lease_owner, refresh_lease_until FROM soundcloud_connections "
                                 "WHERE user_id = ?"));
    query.addBindValue(user.session().user.id);
    if (!query.exec() || !query.next())
        return {};
    return LeaseColumns{query.value(0).toString(), query.value(1).toLongLong()};
}

void TestCrossProcessRefresh::setLease(test::ConnectedUserFixture &user, const QString &owner, qint64 untilMs)
{
    QSqlQuery query(user.database().connection());
    query.prepare(QStringLiteral("UPDATE soundcloud_connections SET refresh_lease_owner = ?, "
                                 "refresh_lease_until = ? WHERE user_id = ?"));
    query.addBindValue(owner);
    query.addBindValue(untilMs);
    query.addBindValue(user.session().user.id);
    QVERIFY(query.exec());
    QCOMPARE(query.numRowsAffected(), 1);
}

std::unique_ptr<QProcess> TestCrossProcessRefresh::startWorker(test::ConnectedUserFixture &user)
{
    return test::startRefreshWorker(test::BuiltPath::of("WAVESHELF_REFRESH_WORKER"), user, m_sandbox.baseUrl(),
                                    kLocalUser, kLocalPassword, kRequestsPerProcess, true, QProcess::SeparateChannels);
}

void TestCrossProcessRefresh::processesAndRequestsShareOneRefresh()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));

    for (int round = 0; round < kRounds; ++round) {
        m_sandbox.expireAllAccessTokens();  // every stored token is dead on the server...
        expireLocally(user);                // ...and every process sees it as due
        const qint64 versionBefore = user.store().load().value()->version;

        std::vector<std::unique_ptr<QProcess>> workers;
        for (int i = 0; i < kWorkers; ++i)
            workers.push_back(startWorker(user));
        for (auto &worker : workers) {
            QVERIFY2(worker->waitForStarted(10'000), qPrintable(worker->errorString()));
            QTRY_VERIFY_WITH_TIMEOUT(worker->canReadLine() || worker->state() == QProcess::NotRunning, 30'000);
            QCOMPARE(worker->readLine().trimmed(), QByteArray("ready"));
        }
        m_sandbox.resetCounters();

        // Everyone at once: the workers and this process's own requests.
        for (auto &worker : workers)
            worker->write("go\n");
        std::vector<Outcome> outcomes(kRequestsPerProcess);
        for (Outcome &outcome : outcomes)
            fetchMe(user, outcome);

        QTRY_VERIFY_WITH_TIMEOUT(allAnswered(outcomes), 60'000);
        for (auto &worker : workers) {
            QTRY_VERIFY_WITH_TIMEOUT(worker->state() == QProcess::NotRunning, 60'000);
            const QByteArray out = worker->readAllStandardOutput().trimmed();
            const QByteArray err = worker->readAllStandardError();
            QVERIFY2(worker->exitStatus() == QProcess::NormalExit && worker->exitCode() == 0,
                     qPrintable(QStringLiteral("round %1: worker exit %2, %3\n%4")
                                    .arg(round)
                                    .arg(worker->exitCode())
                                    .arg(QString::fromUtf8(out), QString::fromUtf8(err))));
            QCOMPARE(out, QByteArray("successes=10 failures=0"));
        }
        for (const Outcome &outcome : outcomes)
            QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");

        QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
        QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("alice")));
        QCOMPARE(user.store().load().value()->version, versionBefore + 1);  // one commit
        QVERIFY(lease(user).owner.isEmpty());                               // released with it
    }

    // Intact and usable afterwards: a fresh token, no refresh needed for it.
    const StoredConnection after = user.store().load().value().value();
    QCOMPARE(after.account.username, QStringLiteral("alice"));
    QVERIFY(!after.tokens.refreshToken.isEmpty());
    QVERIFY(!after.tokens.expiresWithin(QDateTime::currentDateTimeUtc(), TokenSession::kRefreshMarginSeconds));
    m_sandbox.resetCounters();
    Outcome last;
    fetchMe(user, last);
    QTRY_VERIFY(last.answered);
    QVERIFY(last.account.has_value());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestCrossProcessRefresh::waiterUsesTheTokenAnotherHolderCommitted()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    const StoredConnection before = user.store().load().value().value();

    // "Another process" takes the lease...
    RefreshLease other(user.database());
    const QString otherOwner = RefreshLease::newOwnerId();
    const auto taken = other.tryAcquire(user.session().user.id, otherOwner, QDateTime::currentDateTimeUtc(), 60'000);
    QVERIFY(taken.ok() && taken.value().acquired);
    m_sandbox.resetCounters();

    // ...so this session waits instead of refreshing.
    Outcome outcome;
    fetchMe(user, outcome);
    QVERIFY(user.tokenSession().isRefreshing());
    // It polls the lease a few times (its poll timer fires) and still waits.
    QTimer *poll = nullptr;
    for (QTimer *timer : user.tokenSession().findChildren<QTimer *>()) {
        if (timer->interval() == TokenSession::kPollIntervalMs)
            poll = timer;
    }
    QVERIFY(poll);
    QSignalSpy polled(poll, &QTimer::timeout);
    QTRY_VERIFY_WITH_TIMEOUT(polled.count() >= 3, 10'000);
    QVERIFY(!outcome.answered);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);

    // The other process refreshes and commits the pair, releasing its lease.
    std::optional<Result<TokenSet>> answer;
    user.tokenClient().refresh(before.tokens.refreshToken, this, [&](Result<TokenSet> r) { answer = r; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    QVERIFY(user.store().updateTokens(answer->value(), before.version, otherOwner).ok());

    QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 10'000);
    QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);  // the other's only
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));
    QVERIFY(lease(user).owner.isEmpty());
}

void TestCrossProcessRefresh::commitJustBeforeOurLeaseIsSeen()
{
    // The narrowest window: another holder commits its new pair and releases
    // its lease after this session read the stale row but before it takes the
    // lease. A trigger replays exactly that: taking the lease swaps in the
    // other holder's pair, whose refresh already spent the stale refresh token.
    test::ConnectedUserFixture user(m_sandbox);
    if (user.config().databaseUrl.startsWith(QLatin1String("postgres")))
        QSKIP("replays the race with a SQLite TEMP TRIGGER; on PostgreSQL the lease's row lock closes it");
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    const qint64 userId = user.session().user.id;
    QSqlDatabase db = user.database().connection();
    const auto rawRow = [&] {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT access_token_enc, refresh_token_enc, expires_at, version "
                                     "FROM soundcloud_connections WHERE user_id = ?"));
        query.addBindValue(userId);
        return query.exec() && query.next() ? QStringList{QString::fromLatin1(query.value(0).toByteArray().toHex()),
                                                          QString::fromLatin1(query.value(1).toByteArray().toHex()),
                                                          query.value(2).toString(), query.value(3).toString()}
                                            : QStringList();
    };
    const auto setRaw = [&](const QStringList &row) {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("UPDATE soundcloud_connections SET access_token_enc = X'%1', "
                                         "refresh_token_enc = X'%2', expires_at = '%3', version = %4 "
                                         "WHERE user_id = %5")
                              .arg(row.at(0), row.at(1), row.at(2), row.at(3))
                              .arg(userId));
    };
    const QStringList stale = rawRow();
    const StoredConnection before = user.store().load().value().value();
    std::optional<Result<TokenSet>> answer;
    user.tokenClient().refresh(before.tokens.refreshToken, this, [&](Result<TokenSet> r) { answer = r; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->ok());
    QVERIFY(user.store().updateTokens(answer->value(), before.version).ok());
    const QStringList fresh = rawRow();
    QVERIFY(setRaw(stale));  // what this session reads first

    QSqlQuery trigger(db);
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER other_holder_committed "
                                        "AFTER UPDATE OF refresh_lease_owner ON soundcloud_connections "
                                        "WHEN NEW.refresh_lease_owner IS NOT NULL BEGIN "
                                        "UPDATE soundcloud_connections SET access_token_enc = X'%1', "
                                        "refresh_token_enc = X'%2', expires_at = '%3', version = %4 "
                                        "WHERE user_id = NEW.user_id; END")
                             .arg(fresh.at(0), fresh.at(1), fresh.at(2), fresh.at(3))));
    m_sandbox.resetCounters();
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 10'000);
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER other_holder_committed")));
    QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 0);
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));
    QVERIFY(lease(user).owner.isEmpty());
}

void TestCrossProcessRefresh::expiredLeaseOfCrashedHolderIsTakenAtOnce()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    setLease(user, QStringLiteral("crashed-process"), QDateTime::currentMSecsSinceEpoch() - 1000);
    m_sandbox.resetCounters();

    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 10'000);
    QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QVERIFY(lease(user).owner.isEmpty());
}

void TestCrossProcessRefresh::liveLeaseOfDeadHolderIsWaitedOut()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + 1500;
    setLease(user, QStringLiteral("dead-process"), until);
    m_sandbox.resetCounters();

    Outcome outcome;
    fetchMe(user, outcome);
    // The first attempt ran at once and found the lease live: it did not take it.
    QVERIFY(user.tokenSession().isRefreshing());
    QCOMPARE(lease(user).owner, QStringLiteral("dead-process"));

    // Once it expires, this session takes over: one refresh, and not before the expiry.
    QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 20'000);
    QVERIFY(QDateTime::currentMSecsSinceEpoch() >= until);
    QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));
    QVERIFY(lease(user).owner.isEmpty());
}

void TestCrossProcessRefresh::failedRefreshReleasesTheLease_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("revoke");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("500") << Fault::withStatus(QStringLiteral("/oauth/token"), 500) << false << ErrorKind::Unreachable;
    QTest::newRow("429") << Fault::rateLimited(QStringLiteral("/oauth/token")) << false << ErrorKind::RateLimited;
    QTest::newRow("invalid_grant") << Fault() << true << ErrorKind::ReconnectNeeded;
}

void TestCrossProcessRefresh::failedRefreshReleasesTheLease()
{
    QFETCH(Fault, fault);
    QFETCH(bool, revoke);
    QFETCH(ErrorKind, kind);
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    const StoredConnection before = user.store().load().value().value();
    if (revoke)
        m_sandbox.revokeAllGrants(QStringLiteral("bob"));
    else
        m_sandbox.injectFault(fault);
    QSignalSpy broken(&user.tokenSession(), &TokenSession::connectionBroken);

    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 10'000);
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->kind, kind);
    QCOMPARE(broken.size(), revoke ? 1 : 0);
    // Tokens kept, and the next refresh (here or in another process) is not blocked.
    const StoredConnection after = user.store().load().value().value();
    QCOMPARE(after.tokens.refreshToken, before.tokens.refreshToken);
    QCOMPARE(after.version, before.version);
    QVERIFY(lease(user).owner.isEmpty());
}

WAVESHELF_TEST_GUILESS_MAIN(TestCrossProcessRefresh)
#include "tst_crossprocessrefresh.moc"
