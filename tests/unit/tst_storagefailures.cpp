// What a user meets when the database cannot be written: a full disk, a
// database held by another process. Each gets a plain message, and the tokens
// already stored stay intact.

#include "SqliteLockHolder.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace waveshelf;

namespace {

TokenSet tokens(const QString &tag)
{
    TokenSet set;
    set.accessToken = QStringLiteral("access-") + tag;
    set.refreshToken = QStringLiteral("refresh-") + tag;
    set.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return set;
}

}  // namespace

class TestStorageFailures final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fullDiskKeepsOldTokens();
    void busyDatabaseIsNamedAndKeepsOldTokens();
    void briefLockIsWaitedOut();

private:
    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConnectionStore> m_store;
};

void TestStorageFailures::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    auto db = Database::open(m_dir->config().databasePath());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    UserRepository users(*m_db);
    const auto id = users.create(QStringLiteral("erin"),
                                 PasswordHasher::hash(QStringLiteral("erin-secret"), KdfLimits::interactive()).value());
    QVERIFY(id.ok());
    auto vault = Vault::create(QStringLiteral("erin-secret"), id.value(), KdfLimits::interactive());
    QVERIFY(vault.ok());
    QVERIFY(users.setVaultMaterial(id.value(), vault.value().second).ok());
    m_store = std::make_unique<ConnectionStore>(*m_db, vault.value().first, test::TestDataDir::service());
    QVERIFY(m_store
                ->save(SoundCloudAccount{QStringLiteral("soundcloud:users:1"), QStringLiteral("erin-sc")},
                       tokens(QStringLiteral("old")))
                .ok());
}

void TestStorageFailures::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestStorageFailures::fullDiskKeepsOldTokens()
{
    // SQLite's page limit makes the file "full" exactly where it stands.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    TokenSet bigger = tokens(QStringLiteral("new"));
    bigger.scope = QString(256 * 1024, QLatin1Char('s'));  // needs new pages
    const qint64 version = m_store->load().value()->version;
    const auto updated = m_store->updateTokens(bigger, version);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, ErrorKind::Database);
    QVERIFY2(updated.error().message.contains(QStringLiteral("disk is full")), qPrintable(updated.error().message));

    const auto stored = m_store->load();
    QVERIFY(stored.ok() && stored.value().has_value());
    QCOMPARE(stored.value()->tokens.accessToken, QStringLiteral("access-old"));
    QCOMPARE(stored.value()->tokens.refreshToken, QStringLiteral("refresh-old"));
    QCOMPARE(stored.value()->version, version);
}

void TestStorageFailures::busyDatabaseIsNamedAndKeepsOldTokens()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA busy_timeout = 200")));
    const qint64 version = m_store->load().value()->version;
    {
        test::SqliteLockHolder holder(m_db->connection().databaseName(), 1500);
        QVERIFY(holder.locked());
        const auto updated = m_store->updateTokens(tokens(QStringLiteral("new")), version);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().kind, ErrorKind::Database);
        QVERIFY2(updated.error().message.contains(QStringLiteral("busy")), qPrintable(updated.error().message));
    }
    const auto stored = m_store->load();
    QVERIFY(stored.ok() && stored.value().has_value());
    QCOMPARE(stored.value()->tokens.refreshToken, QStringLiteral("refresh-old"));
}

void TestStorageFailures::briefLockIsWaitedOut()
{
    const qint64 version = m_store->load().value()->version;
    test::SqliteLockHolder holder(m_db->connection().databaseName(), 400);
    QVERIFY(holder.locked());
    // The busy timeout outlasts the other writer: the update waits, then lands.
    const auto updated = m_store->updateTokens(tokens(QStringLiteral("new")), version);
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().detail));
    QCOMPARE(m_store->load().value()->tokens.refreshToken, QStringLiteral("refresh-new"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestStorageFailures)
#include "tst_storagefailures.moc"
