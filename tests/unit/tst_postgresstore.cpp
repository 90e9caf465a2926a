// Waveshelf's store on PostgreSQL (label postgres): the migrations run on a
// real server and run once when two computers start at once, a newer schema is
// refused, the refresh lease's row lock answers at once, a dropped connection
// is a named error that reconnects, and a local password unlocks its user's
// data key on another computer sharing the database. Each test uses a fresh
// schema (TestDataDir in the PostgreSQL variant); skipped, saying why, without
// WAVESHELF_TEST_DATABASE_URL.

#include "TestDataDir.h"
#include "TestSuite.h"
#include "accounts/Vault.h"
#include "app/AppCore.h"
#include "storage/ConnectionRepository.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/RefreshLease.h"
#include "storage/SqlError.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace waveshelf;

namespace {

// Opens `location` on a pool thread (its own connection, as another process has).
QFuture<QString> openElsewhere(const QString &location)
{
    return QtConcurrent::run([location] {
        auto db = Database::open(location);
        return db.ok() ? QStringLiteral("version %1").arg(db.value()->schemaVersion()) : db.error().detail;
    });
}

}  // namespace

class TestPostgresStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void migrationsRunOnce();
    void twoComputersStartingAtOnceBothOpen();
    void newerSchemaIsRefusedAndLeftAlone();
    void rowLockedByAnotherComputerCountsAsHeld();
    void droppedConnectionIsNamedAndReconnects();
    void localPasswordUnlocksOnAnotherComputer();
};

void TestPostgresStore::initTestCase()
{
    qputenv("WAVESHELF_TEST_BACKEND", "postgres");
    WAVESHELF_SKIP_WITHOUT_POSTGRES();
}

void TestPostgresStore::migrationsRunOnce()
{
    test::TestDataDir dir;
    QVERIFY(dir.isPostgres());
    auto db = Database::open(dir.databaseLocation());
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    QCOMPARE(db.value()->dialect(), SqlDialect::PostgreSQL);
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!db.value()->displayName().contains(QLatin1Char(':') + QLatin1Char('@')));
    QList<int> applied;
    {
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
        while (query.next())
            applied << query.value(0).toInt();
    }
    QCOMPARE(applied.size(), Database::latestSchemaVersion());
    QCOMPARE(applied.constLast(), Database::latestSchemaVersion());
    db.value().reset();
    auto again = Database::open(dir.databaseLocation());
    QVERIFY(again.ok());
    QSqlQuery count(again.value()->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && count.next());
    QCOMPARE(count.value(0).toInt(), applied.size());
}

void TestPostgresStore::twoComputersStartingAtOnceBothOpen()
{
    for (int round = 0; round < 3; ++round) {
        test::TestDataDir dir;
        QFuture<QString> first = openElsewhere(dir.databaseLocation());
        QFuture<QString> second = openElsewhere(dir.databaseLocation());
        const QString expected = QStringLiteral("version %1").arg(Database::latestSchemaVersion());
        QCOMPARE(first.result(), expected);
        QCOMPARE(second.result(), expected);
    }
}

void TestPostgresStore::newerSchemaIsRefusedAndLeftAlone()
{
    test::TestDataDir dir;
    {
        auto db = Database::open(dir.databaseLocation());
        QVERIFY(db.ok());
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (%1, 'later')")
                               .arg(Database::latestSchemaVersion() + 1)));
    }
    auto refused = Database::open(dir.databaseLocation());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::SchemaTooNew);
}

void TestPostgresStore::rowLockedByAnotherComputerCountsAsHeld()
{
    test::TestDataDir dir;
    auto db = Database::open(dir.databaseLocation());
    auto other = Database::open(dir.databaseLocation());
    QVERIFY(db.ok() && other.ok());
    const auto id = UserRepository(*db.value()).create(QStringLiteral("erin"), QByteArrayLiteral("not-a-hash"));
    QVERIFY(id.ok());
    ConnectionRow row;
    row.userId = id.value();
    row.accessTokenEnc = QByteArrayLiteral("sealed-access");
    QVERIFY(ConnectionRepository(*db.value()).upsert(row).ok());

    // The other computer is inside its lease transaction: NOWAIT answers at once.
    QSqlDatabase otherDb = other.value()->connection();
    QVERIFY(otherDb.transaction());
    QSqlQuery locker(otherDb);
    QVERIFY(locker.exec(QStringLiteral("SELECT version FROM soundcloud_connections FOR UPDATE")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RefreshLease lease(*db.value());
    const auto held = lease.tryAcquire(id.value(), QStringLiteral("A"), now, 30'000);
    QVERIFY2(held.ok(), held.ok() ? "" : qPrintable(held.error().detail));
    QVERIFY(!held.value().acquired);
    QVERIFY(!held.value().heldUntil.isValid());  // holder unknown: poll again
    locker.finish();
    QVERIFY(otherDb.rollback());
    QVERIFY(lease.tryAcquire(id.value(), QStringLiteral("A"), now, 30'000).value().acquired);
}

void TestPostgresStore::droppedConnectionIsNamedAndReconnects()
{
    test::TestDataDir dir;
    auto db = Database::open(dir.databaseLocation());
    auto admin = Database::open(dir.databaseLocation());
    QVERIFY(db.ok() && admin.ok());
    UserRepository users(*db.value());
    QVERIFY(users.create(QStringLiteral("erin"), QByteArrayLiteral("not-a-hash")).ok());
    qint64 pid = 0;
    {
        QSqlQuery query(db.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next());
        pid = query.value(0).toLongLong();
        QSqlQuery kill(admin.value()->connection());
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1, 5000)").arg(pid)) && kill.next());
        QVERIFY(kill.value(0).toBool());
    }

    // The first use after the drop fails, in plain words and recognisably...
    const auto lost = users.findByUsername(QStringLiteral("erin"));
    QVERIFY(!lost.ok());
    QVERIFY2(storage::isConnectionLost(lost.error()), qPrintable(lost.error().detail));
    QVERIFY(lost.error().message.contains(QLatin1String("lost its connection to the database server")));
    // ...and a later one is answered on a new connection, with the data intact.
    QTRY_VERIFY_WITH_TIMEOUT(users.findByUsername(QStringLiteral("erin")).ok(), 10'000);
    QVERIFY(users.findByUsername(QStringLiteral("erin")).value().has_value());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next());
    QVERIFY(query.value(0).toLongLong() != pid);
}

void TestPostgresStore::localPasswordUnlocksOnAnotherComputer()
{
    // Two computers: each its own data folder, one shared database.
    test::TestDataDir here;
    test::TestDataDir there;
    AppConfig thereConfig = there.config();
    thereConfig.databaseUrl = here.config().databaseUrl;
    auto first = AppCore::open(here.config());
    auto second = AppCore::open(thereConfig);
    QVERIFY(first.ok() && second.ok());

    const QString password = QStringLiteral("shared household password");
    const auto id = first.value()->users().create(QStringLiteral("Dana"), QByteArrayLiteral("not-a-hash"));
    QVERIFY(id.ok());
    const auto made = Vault::create(password, id.value(), KdfLimits::interactive());
    QVERIFY(made.ok());
    QVERIFY(first.value()->users().setVaultMaterial(id.value(), made.value().second).ok());
    SoundCloudAccount account;
    account.urn = QStringLiteral("soundcloud:users:7");
    account.username = QStringLiteral("dana-sc");
    TokenSet tokens;
    tokens.accessToken = QStringLiteral("access-sealed-here");
    tokens.refreshToken = QStringLiteral("refresh-sealed-here");
    QVERIFY(ConnectionStore(first.value()->database(), made.value().first, test::TestDataDir::service())
                .save(account, tokens)
                .ok());

    // The other computer knows only the password: it unlocks the same data key.
    const auto found = second.value()->users().findByUsername(QStringLiteral("dana"));
    QVERIFY(found.ok() && found.value().has_value());
    const auto unlocked = Vault::unlock(password, found.value()->user.id, found.value()->vault);
    QVERIFY2(unlocked.ok(), unlocked.ok() ? "" : qPrintable(unlocked.error().detail));
    const auto loaded =
        ConnectionStore(second.value()->database(), unlocked.value(), test::TestDataDir::service()).load();
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->tokens.refreshToken, tokens.refreshToken);
    QVERIFY(!Vault::unlock(QStringLiteral("wrong"), found.value()->user.id, found.value()->vault).ok());
}

WAVESHELF_TEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
