#include "TestSuite.h"
#include "accounts/Vault.h"

#include <QTest>

using namespace waveshelf;

namespace {

const QString kPassword = QStringLiteral("vault password 1");
const QString kAccess = QStringLiteral("access_token");
const QString kRefresh = QStringLiteral("refresh_token");
// What these tests check does not depend on the Argon2id cost: libsodium's
// interactive limits keep them fast (createdVaultRoundTrips checks the default).
constexpr KdfLimits kLimits = KdfLimits::interactive();

}  // namespace

class TestVault final : public QObject {
    Q_OBJECT

private slots:
    void createdVaultRoundTrips();
    void unlockedVaultOpensWhatCreatedVaultSealed();
    void wrongPasswordFailsToUnlock();
    void materialOfAnotherUserFailsToUnlock();
    void malformedMaterialIsACryptoError();
    void ciphertextForAnotherFieldFailsToOpen();
    void ciphertextForAnotherUserFailsToOpen();
    void tamperedByteFailsToOpen_data();
    void tamperedByteFailsToOpen();
    void truncatedCiphertextFailsToOpen();
    void sealUsesAFreshNonceEachTime();
};

void TestVault::createdVaultRoundTrips()
{
    const auto created = Vault::create(kPassword, 7);
    QVERIFY(created.ok());
    QCOMPARE(created.value().second.limits, KdfLimits::recommended());
    const std::shared_ptr<const Vault> &vault = created.value().first;
    QCOMPARE(vault->userId(), qint64(7));
    const QByteArray plain = QByteArrayLiteral("secret token value");
    const QByteArray sealed = vault->seal(plain, kAccess);
    QVERIFY(!sealed.contains(plain));
    QCOMPARE(sealed.size(), 24 + plain.size() + 16);
    const Result<QByteArray> opened = vault->open(sealed, kAccess);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), plain);

    const Result<QByteArray> empty = vault->open(vault->seal(QByteArray(), kAccess), kAccess);
    QVERIFY(empty.ok());
    QVERIFY(empty.value().isEmpty());
}

void TestVault::unlockedVaultOpensWhatCreatedVaultSealed()
{
    const auto created = Vault::create(kPassword, 3, kLimits);
    QVERIFY(created.ok());
    const Vault::Material material = created.value().second;
    QCOMPARE(material.salt.size(), qsizetype(16));
    QCOMPARE(material.wrappedKey.size(), qsizetype(24 + 32 + 16));
    const QByteArray sealed = created.value().first->seal(QByteArrayLiteral("hello"), kRefresh);

    const Result<std::shared_ptr<const Vault>> unlocked = Vault::unlock(kPassword, 3, material);
    QVERIFY(unlocked.ok());
    const Result<QByteArray> opened = unlocked.value()->open(sealed, kRefresh);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), QByteArrayLiteral("hello"));
}

void TestVault::wrongPasswordFailsToUnlock()
{
    const auto created = Vault::create(kPassword, 3, kLimits);
    QVERIFY(created.ok());
    const auto unlocked = Vault::unlock(QStringLiteral("vault password 2"), 3, created.value().second);
    QVERIFY(!unlocked.ok());
    QCOMPARE(unlocked.error().kind, ErrorKind::WrongCredentials);
    QVERIFY(!unlocked.error().message.isEmpty());
}

void TestVault::materialOfAnotherUserFailsToUnlock()
{
    const auto created = Vault::create(kPassword, 1, kLimits);
    QVERIFY(created.ok());
    // Same password, same bytes, but bound to user 1: user 2 must not get the key.
    const auto unlocked = Vault::unlock(kPassword, 2, created.value().second);
    QVERIFY(!unlocked.ok());
    QVERIFY(unlocked.error().kind == ErrorKind::WrongCredentials || unlocked.error().kind == ErrorKind::Crypto);
}

void TestVault::malformedMaterialIsACryptoError()
{
    const auto created = Vault::create(kPassword, 1, kLimits);
    QVERIFY(created.ok());
    Vault::Material shortSalt = created.value().second;
    shortSalt.salt.chop(1);
    QCOMPARE(Vault::unlock(kPassword, 1, shortSalt).error().kind, ErrorKind::Crypto);
    QCOMPARE(Vault::unlock(kPassword, 1, Vault::Material{}).error().kind, ErrorKind::Crypto);
}

void TestVault::ciphertextForAnotherFieldFailsToOpen()
{
    const auto created = Vault::create(kPassword, 1, kLimits);
    QVERIFY(created.ok());
    const auto &vault = created.value().first;
    const QByteArray sealed = vault->seal(QByteArrayLiteral("token"), kAccess);
    QVERIFY(vault->open(sealed, kAccess).ok());
    const Result<QByteArray> moved = vault->open(sealed, kRefresh);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, ErrorKind::Crypto);
}

void TestVault::ciphertextForAnotherUserFailsToOpen()
{
    const auto user1 = Vault::create(kPassword, 1, kLimits);
    const auto user2 = Vault::create(kPassword, 2, kLimits);
    QVERIFY(user1.ok() && user2.ok());
    const QByteArray sealed = user1.value().first->seal(QByteArrayLiteral("token"), kAccess);
    const Result<QByteArray> moved = user2.value().first->open(sealed, kAccess);
    QVERIFY(!moved.ok());
    QCOMPARE(moved.error().kind, ErrorKind::Crypto);
}

void TestVault::tamperedByteFailsToOpen_data()
{
    QTest::addColumn<int>("offset");
    QTest::newRow("nonce") << 0;
    QTest::newRow("ciphertext") << 30;
    QTest::newRow("tag") << -1;  // last byte
}

void TestVault::tamperedByteFailsToOpen()
{
    QFETCH(int, offset);
    const auto created = Vault::create(kPassword, 1, kLimits);
    QVERIFY(created.ok());
    const auto &vault = created.value().first;
    QByteArray sealed = vault->seal(QByteArrayLiteral("a token of some length"), kAccess);
    const qsizetype at = offset < 0 ? sealed.size() - 1 : offset;
    sealed[at] = char(sealed.at(at) ^ 0x01);
    const Result<QByteArray> opened = vault->open(sealed, kAccess);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::Crypto);
}

void TestVault::truncatedCiphertextFailsToOpen()
{
    const auto created = Vault::create(kPassword, 1, kLimits);
    QVERIFY(created.ok());
    const auto &vault = created.value().first;
    const QByteArray sealed = vault->seal(QByteArrayLiteral("token"), kAccess);
    QCOMPARE(vault->open(sealed.left(sealed.size() - 1), kAccess).error().kind, ErrorKind::Crypto);
    QCOMPARE(vault->open(sealed.left(10), kAccess).error().kind, ErrorKind::Crypto);
    QCOMPARE(vault->open(QByteArray(), kAccess).error().kind, ErrorKind::Crypto);
}

void TestVault::sealUsesAFreshNonceEachTime()
{
    const auto created = Vault::create(kPassword, 1, kLimits);
    QVERIFY(created.ok());
    const auto &vault = created.value().first;
    const QByteArray a = vault->seal(QByteArrayLiteral("same"), kAccess);
    const QByteArray b = vault->seal(QByteArrayLiteral("same"), kAccess);
    QVERIFY(a != b);
    QVERIFY(a.left(24) != b.left(24));
}

WAVESHELF_TEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
