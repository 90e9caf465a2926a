#include "TestSuite.h"
#include "storage/ConnectionRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/ViewStateRepository.h"

#include "TestDataDir.h"

#include <QSqlQuery>
#include <QTest>

using namespace waveshelf;

namespace {

int countRows(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

}  // namespace

class TestUserRepository final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { WAVESHELF_SKIP_WITHOUT_POSTGRES(); }
    void init();
    void cleanup();

    void createdUserIsFound();
    void unknownUserIsNotFound();
    void usernameIsUniqueCaseInsensitively_data();
    void usernameIsUniqueCaseInsensitively();
    void findIsCaseInsensitive();
    void vaultMaterialRoundTrips();
    void vaultMaterialForMissingUserIsNotFound();
    void removeCascadesToTheConnection();
    void removeLeavesOtherUsersAlone();
    void removingAMissingUserIsNotFound();
    void viewStateIsKeptPerUserAndView();

private:
    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
};

void TestUserRepository::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    auto db = Database::open(m_dir->databaseLocation());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_users = std::make_unique<UserRepository>(*m_db);
}

void TestUserRepository::cleanup()
{
    m_users.reset();
    m_db.reset();
    m_dir.reset();
}

void TestUserRepository::createdUserIsFound()
{
    const Result<qint64> id = m_users->create(QStringLiteral("Alice"), QByteArrayLiteral("$argon2id$fake"));
    QVERIFY(id.ok());
    QVERIFY(id.value() > 0);
    const auto found = m_users->findByUsername(QStringLiteral("Alice"));
    QVERIFY(found.ok());
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->user.id, id.value());
    QCOMPARE(found.value()->user.username, QStringLiteral("Alice"));
    QCOMPARE(found.value()->passwordHash, QByteArrayLiteral("$argon2id$fake"));
    QVERIFY(found.value()->vault.isEmpty());

    const Result<qint64> second = m_users->create(QStringLiteral("Bob"), QByteArrayLiteral("h"));
    QVERIFY(second.ok());
    QVERIFY(second.value() != id.value());
}

void TestUserRepository::unknownUserIsNotFound()
{
    QVERIFY(m_users->create(QStringLiteral("Alice"), QByteArrayLiteral("h")).ok());
    const auto found = m_users->findByUsername(QStringLiteral("Alicia"));
    QVERIFY(found.ok());
    QVERIFY(!found.value().has_value());
}

void TestUserRepository::usernameIsUniqueCaseInsensitively_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("Alice vs alice") << QStringLiteral("Alice") << QStringLiteral("alice");
    QTest::newRow("alice vs ALICE") << QStringLiteral("alice") << QStringLiteral("ALICE");
    QTest::newRow("sharp s folds to ss") << QStringLiteral(u"Stra\u00dfe") << QStringLiteral("STRASSE");
    QTest::newRow("capital sharp s folds to ss") << QStringLiteral(u"GRO\u1E9E") << QStringLiteral("gross");
    QTest::newRow("sharp s vs capital sharp s") << QStringLiteral(u"gro\u00df") << QStringLiteral(u"GRO\u1E9E");
    QTest::newRow("Greek final sigma") << QStringLiteral(u"\u039f\u03a3") << QStringLiteral(u"\u03bf\u03c2");
    QTest::newRow("compatibility ligature") << QStringLiteral(u"\ufb01le") << QStringLiteral("FILE");
    QTest::newRow("composed vs decomposed") << QStringLiteral(u"Jos\u00e9") << QStringLiteral(u"jose\u0301");
}

void TestUserRepository::usernameIsUniqueCaseInsensitively()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(m_users->create(first, QByteArrayLiteral("h1")).ok());
    const Result<qint64> duplicate = m_users->create(second, QByteArrayLiteral("h2"));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, ErrorKind::AlreadyExists);
    QVERIFY(!duplicate.error().message.isEmpty());
    QCOMPARE(countRows(*m_db, QStringLiteral("users")), 1);
    // The first spelling stays, and its hash was not replaced.
    const auto found = m_users->findByUsername(second);
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->user.username, first);
    QCOMPARE(found.value()->passwordHash, QByteArrayLiteral("h1"));
}

void TestUserRepository::findIsCaseInsensitive()
{
    const Result<qint64> id = m_users->create(QStringLiteral("MixedCase"), QByteArrayLiteral("h"));
    QVERIFY(id.ok());
    for (const QString &spelling :
         {QStringLiteral("mixedcase"), QStringLiteral("MIXEDCASE"), QStringLiteral("mIxEdCaSe")}) {
        const auto found = m_users->findByUsername(spelling);
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(found.value()->user.id, id.value());
        QCOMPARE(found.value()->user.username, QStringLiteral("MixedCase"));
    }
}

void TestUserRepository::vaultMaterialRoundTrips()
{
    const Result<qint64> id = m_users->create(QStringLiteral("Alice"), QByteArrayLiteral("h"));
    QVERIFY(id.ok());
    Vault::Material material;
    material.salt = QByteArray::fromHex("00ff10203040506070809000a0b0c0d0");
    material.wrappedKey = QByteArray::fromHex("deadbeef00") + QByteArray(67, '\0');
    QVERIFY(m_users->setVaultMaterial(id.value(), material).ok());
    const auto found = m_users->findByUsername(QStringLiteral("alice"));
    QVERIFY(found.ok() && found.value().has_value());
    QCOMPARE(found.value()->vault.salt, material.salt);
    QCOMPARE(found.value()->vault.wrappedKey, material.wrappedKey);
}

void TestUserRepository::vaultMaterialForMissingUserIsNotFound()
{
    const Result<void> stored = m_users->setVaultMaterial(4242,
                                                          Vault::Material{QByteArray(16, 'a'), QByteArray(72, 'b')});
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().kind, ErrorKind::NotFound);
}

void TestUserRepository::removeCascadesToTheConnection()
{
    const Result<qint64> id = m_users->create(QStringLiteral("Alice"), QByteArrayLiteral("h"));
    QVERIFY(id.ok());
    ConnectionRepository connections(*m_db);
    ConnectionRow row;
    row.userId = id.value();
    row.soundCloudUrn = QStringLiteral("soundcloud:users:1");
    row.soundCloudUsername = QStringLiteral("alice-sc");
    row.accessTokenEnc = QByteArrayLiteral("ciphertext");
    QVERIFY(connections.upsert(row).ok());
    QCOMPARE(countRows(*m_db, QStringLiteral("soundcloud_connections")), 1);

    QVERIFY(m_users->remove(id.value()).ok());
    QCOMPARE(countRows(*m_db, QStringLiteral("users")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("soundcloud_connections")), 0);
    const auto found = connections.find(id.value());
    QVERIFY(found.ok());
    QVERIFY(!found.value().has_value());
}

void TestUserRepository::removeLeavesOtherUsersAlone()
{
    const Result<qint64> alice = m_users->create(QStringLiteral("Alice"), QByteArrayLiteral("h"));
    const Result<qint64> bob = m_users->create(QStringLiteral("Bob"), QByteArrayLiteral("h"));
    QVERIFY(alice.ok() && bob.ok());
    ConnectionRepository connections(*m_db);
    ConnectionRow row;
    row.userId = bob.value();
    row.accessTokenEnc = QByteArrayLiteral("ciphertext");
    QVERIFY(connections.upsert(row).ok());

    QVERIFY(m_users->remove(alice.value()).ok());
    QVERIFY(m_users->findByUsername(QStringLiteral("bob")).value().has_value());
    QVERIFY(connections.find(bob.value()).value().has_value());
    // The name is free again.
    QVERIFY(m_users->create(QStringLiteral("alice"), QByteArrayLiteral("h")).ok());
}

void TestUserRepository::removingAMissingUserIsNotFound()
{
    const Result<void> removed = m_users->remove(999);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().kind, ErrorKind::NotFound);
}

void TestUserRepository::viewStateIsKeptPerUserAndView()
{
    const Result<qint64> alice = m_users->create(QStringLiteral("Alice"), QByteArrayLiteral("h1"));
    const Result<qint64> bob = m_users->create(QStringLiteral("Bob"), QByteArrayLiteral("h2"));
    QVERIFY(alice.ok() && bob.ok());
    ViewStateRepository alices(*m_db, alice.value());
    ViewStateRepository bobs(*m_db, bob.value());
    const auto load = [](const ViewStateRepository &store, const char *key) {
        const Result<QByteArray> state = store.load(QLatin1String(key));
        return state.ok() ? state.value() : QByteArrayLiteral("<error>");
    };
    QCOMPARE(load(alices, "likes"), QByteArray());  // nothing yet

    const QByteArray binary("\x00\xff\x01state", 9);
    QVERIFY(alices.save(QStringLiteral("likes"), binary).ok());
    QVERIFY(alices.save(QStringLiteral("stream"), QByteArrayLiteral("s1")).ok());
    QVERIFY(bobs.save(QStringLiteral("likes"), QByteArrayLiteral("bob's")).ok());
    QCOMPARE(load(alices, "likes"), binary);
    QCOMPARE(load(bobs, "likes"), QByteArrayLiteral("bob's"));  // one user's never shows for another
    // Saving again replaces.
    QVERIFY(alices.save(QStringLiteral("likes"), QByteArrayLiteral("second")).ok());
    QCOMPARE(load(alices, "likes"), QByteArrayLiteral("second"));
    QCOMPARE(load(alices, "stream"), QByteArrayLiteral("s1"));
    QCOMPARE(countRows(*m_db, QStringLiteral("view_state")), 3);

    // Gone with the user.
    QVERIFY(m_users->remove(alice.value()).ok());
    QCOMPARE(countRows(*m_db, QStringLiteral("view_state")), 1);
    QCOMPARE(load(bobs, "likes"), QByteArrayLiteral("bob's"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
