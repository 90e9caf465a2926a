// The refresh lease on the database: one holder at a time across connections
// (processes), expiry frees a crashed holder's lease, the token commit releases
// it in the same statement, and a busy database means "held", not an error.

#include "TestSuite.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/RefreshLease.h"
#include "storage/UserRepository.h"

#include "TestDataDir.h"

#include <QSqlQuery>
#include <QTest>

using namespace waveshelf;

namespace {

constexpr qint64 kDurationMs = 30'000;

QDateTime at(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toUTC();
}

}  // namespace

class TestRefreshLease final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { WAVESHELF_SKIP_WITHOUT_POSTGRES(); }
    void init();
    void cleanup();

    void freeLeaseIsTaken();
    void liveLeaseOfAnotherProcessIsRefused();
    void sameOwnerRenews();
    void expiredLeaseIsTakenOver();
    void leaseFarInTheFutureIsStale();
    void releaseClearsOnlyTheOwnersLease();
    void tokenCommitReleasesTheLeaseInTheSameStatement();
    void conflictingCommitKeepsTheLeaseAndTheTokens();
    void commitByAnotherOwnerLeavesTheLease();
    void commitWithoutOwnerLeavesTheLease();
    void missingConnectionIsNotFound();
    void busyDatabaseCountsAsHeld();
    void migrationExpandsForBothDialects();
    void upgradeFromSchemaOneKeepsTheConnection();
    void sentMarkBehindExpiredLeaseIsAbandoned();
    void sentMarkIsClearedByAnAnswer();
    void onlyTheHolderMarksSent();
    void inFlightMigrationExpandsForBothDialects();

private:
    [[nodiscard]] QString path() const { return m_dir->databaseLocation(); }
    [[nodiscard]] std::unique_ptr<Database> openAgain() const;  // another process's connection
    // The connection row's column, or `noRow` when there is no row.
    [[nodiscard]] QVariant column(const QString &name, const QVariant &noRow = {}) const;
    [[nodiscard]] QString ownerColumn() const
    {
        return column(QStringLiteral("refresh_lease_owner"), QStringLiteral("<no row>")).toString();
    }
    [[nodiscard]] qint64 version() const { return column(QStringLiteral("version"), -1).toLongLong(); }
    [[nodiscard]] bool sentColumnIsSet() const { return !column(QStringLiteral("refresh_sent_at")).isNull(); }

    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_userId = 0;
    qint64 m_now = 0;
};

void TestRefreshLease::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    auto db = Database::open(path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const auto id = UserRepository(*m_db).create(QStringLiteral("erin"), QByteArrayLiteral("not-a-real-hash"));
    QVERIFY(id.ok());
    m_userId = id.value();
    ConnectionRow row;
    row.userId = m_userId;
    row.soundCloudUrn = QStringLiteral("soundcloud:users:1");
    row.soundCloudUsername = QStringLiteral("erin");
    row.accessTokenEnc = QByteArrayLiteral("sealed-access");
    row.refreshTokenEnc = QByteArrayLiteral("sealed-refresh");
    QVERIFY(ConnectionRepository(*m_db).upsert(row).ok());
    m_now = QDateTime::currentMSecsSinceEpoch();
}

void TestRefreshLease::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<Database> TestRefreshLease::openAgain() const
{
    auto db = Database::open(path());
    return db.ok() ? std::move(db).value() : nullptr;
}

QVariant TestRefreshLease::column(const QString &name, const QVariant &noRow) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM soundcloud_connections").arg(name)) || !query.next())
        return noRow;
    return query.value(0);
}

void TestRefreshLease::freeLeaseIsTaken()
{
    RefreshLease lease(*m_db);
    const qint64 before = version();
    const auto attempt = lease.tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs);
    QVERIFY(attempt.ok());
    QVERIFY(attempt.value().acquired);
    QCOMPARE(attempt.value().version, version());
    QCOMPARE(attempt.value().heldUntil, at(m_now + kDurationMs));
    QCOMPARE(ownerColumn(), QStringLiteral("A"));
    QCOMPARE(version(), before);  // the lease is no token write
}

void TestRefreshLease::liveLeaseOfAnotherProcessIsRefused()
{
    auto other = openAgain();
    QVERIFY(other);
    QVERIFY(RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);

    const auto attempt = RefreshLease(*other).tryAcquire(m_userId, QStringLiteral("B"), at(m_now + 1000), kDurationMs);
    QVERIFY(attempt.ok());
    QVERIFY(!attempt.value().acquired);
    QCOMPARE(attempt.value().heldUntil, at(m_now + kDurationMs));
    QCOMPARE(ownerColumn(), QStringLiteral("A"));
}

void TestRefreshLease::sameOwnerRenews()
{
    RefreshLease lease(*m_db);
    QVERIFY(lease.tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);
    const auto again = lease.tryAcquire(m_userId, QStringLiteral("A"), at(m_now + 5000), kDurationMs);
    QVERIFY(again.ok() && again.value().acquired);
    QCOMPARE(again.value().heldUntil, at(m_now + 5000 + kDurationMs));
}

void TestRefreshLease::expiredLeaseIsTakenOver()
{
    auto other = openAgain();
    QVERIFY(other);
    // A holds it, then "crashes": it never releases.
    QVERIFY(RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);
    const auto early = RefreshLease(*other).tryAcquire(m_userId, QStringLiteral("B"), at(m_now + kDurationMs - 1),
                                                       kDurationMs);
    QVERIFY(early.ok() && !early.value().acquired);
    const auto late = RefreshLease(*other).tryAcquire(m_userId, QStringLiteral("B"), at(m_now + kDurationMs),
                                                      kDurationMs);
    QVERIFY(late.ok() && late.value().acquired);
    QCOMPARE(ownerColumn(), QStringLiteral("B"));
}

void TestRefreshLease::leaseFarInTheFutureIsStale()
{
    // Written by a clock far ahead (or damaged): it must not block for hours.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE soundcloud_connections SET refresh_lease_owner = 'skewed', "
                                      "refresh_lease_until = %1")
                           .arg(m_now + RefreshLease::kMaxDurationMs + 1)));
    const auto attempt = RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("B"), at(m_now), kDurationMs);
    QVERIFY(attempt.ok() && attempt.value().acquired);

    // Up to the maximum duration it is respected.
    QVERIFY(query.exec(QStringLiteral("UPDATE soundcloud_connections SET refresh_lease_owner = 'slow', "
                                      "refresh_lease_until = %1")
                           .arg(m_now + RefreshLease::kMaxDurationMs)));
    QVERIFY(!RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("B"), at(m_now), kDurationMs).value().acquired);
}

void TestRefreshLease::releaseClearsOnlyTheOwnersLease()
{
    RefreshLease lease(*m_db);
    QVERIFY(lease.tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);
    QVERIFY(lease.release(m_userId, QStringLiteral("B")).ok());
    QCOMPARE(ownerColumn(), QStringLiteral("A"));
    QVERIFY(lease.release(m_userId, QStringLiteral("A")).ok());
    QCOMPARE(ownerColumn(), QString());
    QVERIFY(lease.tryAcquire(m_userId, QStringLiteral("B"), at(m_now), kDurationMs).value().acquired);
}

void TestRefreshLease::tokenCommitReleasesTheLeaseInTheSameStatement()
{
    const auto taken = RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs);
    QVERIFY(taken.ok() && taken.value().acquired);
    const auto committed = ConnectionRepository(*m_db).updateTokens(
        m_userId, QByteArrayLiteral("new-access"), QByteArrayLiteral("new-refresh"), QDateTime(), QString(),
        taken.value().version, QStringLiteral("A"));
    QVERIFY(committed.ok());
    QCOMPARE(committed.value().version, taken.value().version + 1);
    QCOMPARE(committed.value().refreshTokenEnc, QByteArrayLiteral("new-refresh"));
    QCOMPARE(ownerColumn(), QString());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT refresh_lease_until FROM soundcloud_connections")) && query.next());
    QVERIFY(query.value(0).isNull());
}

void TestRefreshLease::conflictingCommitKeepsTheLeaseAndTheTokens()
{
    const auto taken = RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs);
    QVERIFY(taken.ok() && taken.value().acquired);
    const auto committed = ConnectionRepository(*m_db).updateTokens(
        m_userId, QByteArrayLiteral("new-access"), QByteArrayLiteral("new-refresh"), QDateTime(), QString(),
        taken.value().version - 1, QStringLiteral("A"));
    QVERIFY(!committed.ok());
    QCOMPARE(committed.error().detail, ConnectionRepository::versionConflictDetail());
    QCOMPARE(ownerColumn(), QStringLiteral("A"));  // the caller releases it explicitly
    const auto row = ConnectionRepository(*m_db).find(m_userId);
    QCOMPARE(row.value()->refreshTokenEnc, QByteArrayLiteral("sealed-refresh"));
}

void TestRefreshLease::commitByAnotherOwnerLeavesTheLease()
{
    const auto taken = RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs);
    QVERIFY(taken.ok() && taken.value().acquired);
    QVERIFY(ConnectionRepository(*m_db)
                .updateTokens(m_userId, QByteArrayLiteral("new-access"), QByteArray(), QDateTime(), QString(),
                              taken.value().version, QStringLiteral("B"))
                .ok());
    QCOMPARE(ownerColumn(), QStringLiteral("A"));
}

void TestRefreshLease::commitWithoutOwnerLeavesTheLease()
{
    const auto taken = RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs);
    QVERIFY(taken.ok() && taken.value().acquired);
    QVERIFY(ConnectionRepository(*m_db)
                .updateTokens(m_userId, QByteArrayLiteral("new-access"), QByteArray(), QDateTime(), QString(),
                              taken.value().version)
                .ok());
    QCOMPARE(ownerColumn(), QStringLiteral("A"));
}

void TestRefreshLease::missingConnectionIsNotFound()
{
    QVERIFY(ConnectionRepository(*m_db).remove(m_userId).ok());
    const auto attempt = RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs);
    QVERIFY(!attempt.ok());
    QCOMPARE(attempt.error().kind, ErrorKind::NotFound);
    // The transaction was ended: the database takes writes again.
    QVERIFY(RefreshLease(*m_db).release(m_userId, QStringLiteral("A")).ok());
    QVERIFY(UserRepository(*m_db).create(QStringLiteral("frank"), QByteArrayLiteral("x")).ok());
}

void TestRefreshLease::busyDatabaseCountsAsHeld()
{
    if (m_dir->isPostgres())
        QSKIP("SQLite's write lock; PostgreSQL's row lock (NOWAIT): tst_postgresstore");
    auto other = openAgain();
    QVERIFY(other);
    QSqlQuery writer(other->connection());
    QVERIFY(writer.exec(QStringLiteral("BEGIN IMMEDIATE")));  // another process mid-write

    const auto attempt = RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs);
    QVERIFY2(attempt.ok(), attempt.ok() ? "" : qPrintable(attempt.error().detail));
    QVERIFY(!attempt.value().acquired);
    QVERIFY(!attempt.value().heldUntil.isValid());  // holder unknown: just poll again

    // The short wait applied to the lease attempt only.
    QSqlQuery pragma(m_db->connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA busy_timeout")) && pragma.next());
    QVERIFY(pragma.value(0).toInt() > RefreshLease::kBusyWaitMs);
    pragma.finish();

    QVERIFY(writer.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);
}

void TestRefreshLease::migrationExpandsForBothDialects()
{
    const QList<Migrations::Migration> all = Migrations::all();
    const auto lease = std::find_if(all.begin(), all.end(), [](const Migrations::Migration &m) {
        return m.fileName == QLatin1String("0002_refresh_lease.sql");
    });
    QVERIFY(lease != all.end());
    QCOMPARE(lease->version, 2);
    for (const SqlDialect dialect : {SqlDialect::SQLite, SqlDialect::PostgreSQL}) {
        const auto statements = Migrations::statements(*lease, dialect);
        QVERIFY(statements.ok());
        QCOMPARE(statements.value().size(), 2);
        for (const QString &statement : statements.value())
            QVERIFY(statement.startsWith(QLatin1String("ALTER TABLE soundcloud_connections ADD COLUMN")));
    }
}

void TestRefreshLease::upgradeFromSchemaOneKeepsTheConnection()
{
    // Turn the database back into a schema-1 one, with a connection in it.
    {
        QSqlQuery query(m_db->connection());
        // The table of 0009, the columns of 0008 and 0007, the tables of 0006, 0005 and 0004, newest first.
        for (const char *table : {"view_state", "player_state", "library_cache_chunks", "library_cache_lists",
                                  "login_backoff", "database_keys"})
            QVERIFY(query.exec(QStringLiteral("DROP TABLE ") + QLatin1String(table)));
        for (const char *column :
             {"rotation_due", "service_client_id", "service_api_origin", "service_token_url"})  // 0008, 0007
            QVERIFY(
                query.exec(QStringLiteral("ALTER TABLE soundcloud_connections DROP COLUMN ") + QLatin1String(column)));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE users DROP COLUMN vault_kdf_opslimit")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE users DROP COLUMN vault_kdf_memlimit")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE soundcloud_connections DROP COLUMN refresh_sent_at")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE soundcloud_connections DROP COLUMN refresh_lease_until")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE soundcloud_connections DROP COLUMN refresh_lease_owner")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM schema_version WHERE version >= 2")));
    }
    m_db.reset();
    auto reopened = Database::open(path());
    QVERIFY(reopened.ok());
    m_db = std::move(reopened).value();
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    const auto row = ConnectionRepository(*m_db).find(m_userId);
    QVERIFY(row.ok() && row.value().has_value());
    QCOMPARE(row.value()->refreshTokenEnc, QByteArrayLiteral("sealed-refresh"));
    QCOMPARE(ownerColumn(), QString());  // free
    QVERIFY(RefreshLease(*m_db).tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);
}

void TestRefreshLease::sentMarkBehindExpiredLeaseIsAbandoned()
{
    RefreshLease crashed(*m_db);
    QVERIFY(crashed.tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);
    QVERIFY(crashed.markSent(m_userId, QStringLiteral("A"), at(m_now)).ok());
    QVERIFY(sentColumnIsSet());
    // "A" dies. While its lease is live, others wait as always...
    auto other = openAgain();
    QVERIFY(other);
    RefreshLease lease(*other);
    const auto live = lease.tryAcquire(m_userId, QStringLiteral("B"), at(m_now + 1000), kDurationMs);
    QVERIFY(live.ok() && !live.value().acquired && !live.value().abandonedRefresh);
    // ...and once it has run out, nobody gets it: the sent token may be spent.
    const auto expired = lease.tryAcquire(m_userId, QStringLiteral("B"), at(m_now + kDurationMs + 1), kDurationMs);
    QVERIFY(expired.ok());
    QVERIFY(!expired.value().acquired);
    QVERIFY(expired.value().abandonedRefresh);
    QVERIFY(ownerColumn() == QStringLiteral("A") && sentColumnIsSet());  // the row is kept as it was
    // A reconnect (new tokens) clears it.
    ConnectionRow row;
    row.userId = m_userId;
    row.soundCloudUrn = QStringLiteral("soundcloud:users:1");
    row.soundCloudUsername = QStringLiteral("erin");
    row.accessTokenEnc = QByteArrayLiteral("sealed-access-2");
    row.refreshTokenEnc = QByteArrayLiteral("sealed-refresh-2");
    QVERIFY(ConnectionRepository(*m_db).upsert(row).ok());
    QVERIFY(!sentColumnIsSet());
    QVERIFY(lease.tryAcquire(m_userId, QStringLiteral("B"), at(m_now + kDurationMs + 2), kDurationMs).value().acquired);
}

void TestRefreshLease::sentMarkIsClearedByAnAnswer()
{
    RefreshLease lease(*m_db);
    ConnectionRepository repository(*m_db);
    // An answer stored with the new pair...
    QVERIFY(lease.tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);
    QVERIFY(lease.markSent(m_userId, QStringLiteral("A"), at(m_now)).ok());
    QVERIFY(repository
                .updateTokens(m_userId, QByteArrayLiteral("a2"), QByteArrayLiteral("r2"), {}, {}, version(),
                              QStringLiteral("A"))
                .ok());
    QVERIFY(!sentColumnIsSet());
    QCOMPARE(ownerColumn(), QString());
    QVERIFY(lease.tryAcquire(m_userId, QStringLiteral("A"), at(m_now), kDurationMs).value().acquired);
    QVERIFY(lease.markSent(m_userId, QStringLiteral("A"), at(m_now)).ok());
    QVERIFY(lease.release(m_userId, QStringLiteral("A")).ok());  // ...or a refusal
    QVERIFY(!sentColumnIsSet());
    QVERIFY(lease.tryAcquire(m_userId, QStringLiteral("B"), at(m_now), kDurationMs).value().acquired);
}

void TestRefreshLease::onlyTheHolderMarksSent()
{
    RefreshLease lease(*m_db);
    QVERIFY(!lease.markSent(m_userId, QStringLiteral("A"), at(m_now)).ok());  // holds nothing
    QVERIFY(lease.tryAcquire(m_userId, QStringLiteral("B"), at(m_now), kDurationMs).value().acquired);
    QVERIFY(!lease.markSent(m_userId, QStringLiteral("A"), at(m_now)).ok());  // B holds it
    QVERIFY(!sentColumnIsSet());
}

void TestRefreshLease::inFlightMigrationExpandsForBothDialects()
{
    const QList<Migrations::Migration> all = Migrations::all();
    const auto inFlight = std::find_if(all.begin(), all.end(), [](const Migrations::Migration &m) {
        return m.fileName == QLatin1String("0003_refresh_in_flight.sql");
    });
    QVERIFY(inFlight != all.end());
    QCOMPARE(inFlight->version, 3);
    for (const SqlDialect dialect : {SqlDialect::SQLite, SqlDialect::PostgreSQL}) {
        const auto statements = Migrations::statements(*inFlight, dialect);
        QVERIFY(statements.ok());
        QCOMPARE(statements.value(),
                 QStringList{QStringLiteral("ALTER TABLE soundcloud_connections ADD COLUMN refresh_sent_at BIGINT")});
    }
}

WAVESHELF_TEST_GUILESS_MAIN(TestRefreshLease)
#include "tst_refreshlease.moc"
