// Two processes (here: two threads, each with its own connection) starting
// at once on a new or old database: both open it; migrations run once.

#include "TestDataDir.h"
#include "TestSuite.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>

using namespace waveshelf;

namespace {

struct Start {
    bool ok = false;
    int version = 0;
    QString error;
};

// Opens the database at `path` from two threads released at the same moment.
std::pair<Start, Start> openTwiceAtOnce(const QString &path)
{
    std::atomic<int> ready{0};
    Start starts[2];
    const auto start = [&](int i) {
        ++ready;
        while (ready < 2)
            std::this_thread::yield();
        auto db = Database::open(path);
        starts[i].ok = db.ok();
        if (db.ok())
            starts[i].version = db.value()->schemaVersion();
        else
            starts[i].error = db.error().detail;
    };
    std::thread first(start, 0);
    std::thread second(start, 1);
    first.join();
    second.join();
    return {starts[0], starts[1]};
}

// A database as schema version 1 left it: only migration 0001 applied.
bool makeVersion1Database(const QString &path, int round)
{
    const QString name = QStringLiteral("version1-%1").arg(round);
    bool ok = QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = ok && db.open();
        const Migrations::Migration first = Migrations::all().constFirst();
        ok = ok && first.version == 1;
        const Result<QStringList> sql = Migrations::statements(first, SqlDialect::SQLite);
        ok = ok && sql.ok();
        for (const QString &statement : ok ? sql.value() : QStringList()) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
        QSqlQuery record(db);
        ok = ok && record.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (1, ?)"));
        record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        ok = ok && record.exec();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

int recordedMigrations(const QString &path)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && query.next())
            count = query.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return count;
}

}  // namespace

class TestConcurrentOpen final : public QObject {
    Q_OBJECT

private slots:
    void twoStartsOnANewDatabaseBothSucceed();
    void twoStartsOnAnOldDatabaseMigrateOnce();
};

void TestConcurrentOpen::twoStartsOnANewDatabaseBothSucceed()
{
    for (int round = 0; round < 5; ++round) {
        test::TestDataDir dir;
        const auto [first, second] = openTwiceAtOnce(dir.config().databasePath());
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(first.version, Database::latestSchemaVersion());
        QCOMPARE(second.version, Database::latestSchemaVersion());
    }
}

// Both find version 1 and need 0002 (the refresh lease): one applies it, the
// other waits for the write lock, sees it applied and goes on.
void TestConcurrentOpen::twoStartsOnAnOldDatabaseMigrateOnce()
{
    QVERIFY(Database::latestSchemaVersion() >= 2);
    for (int round = 0; round < 5; ++round) {
        test::TestDataDir dir;
        const QString path = dir.config().databasePath();
        QVERIFY(makeVersion1Database(path, round));
        QCOMPARE(recordedMigrations(path), 1);
        const auto [first, second] = openTwiceAtOnce(path);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(first.version, Database::latestSchemaVersion());
        QCOMPARE(second.version, Database::latestSchemaVersion());
        QCOMPARE(recordedMigrations(path), Database::latestSchemaVersion());  // each applied once
    }
}

WAVESHELF_TEST_GUILESS_MAIN(TestConcurrentOpen)
#include "tst_concurrentopen.moc"
