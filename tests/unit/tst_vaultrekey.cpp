// The keys behind the sealed tokens (issue 7, items 4, 6, 11):
// - a password change makes a NEW data key and re-seals the connection in the
//   same transaction: an old copy of the users row with the old password
//   opens nothing sealed after the change;
// - a user with sealed data but no vault is told so, and nothing is replaced;
// - new users get KdfLimits::recommended(); an old (interactive) user is
//   raised at the next login, same data key, tokens still readable.

#include "TestSuite.h"
#include "accounts/AccountService.h"
#include "accounts/PasswordChange.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include "ResultSpy.h"
#include "TestDataDir.h"

#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

using namespace waveshelf;

namespace {

constexpr int kTimeoutMs = 60000;  // several Argon2 runs on a busy machine
const QString kUser = QStringLiteral("Erin");
const QString kOldPassword = QStringLiteral("old password 1");
const QString kNewPassword = QStringLiteral("new password 2");
const QString kAccess = QStringLiteral("access-token-value");
const QString kRefresh = QStringLiteral("refresh-token-value");

}  // namespace

class TestVaultRekey final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { WAVESHELF_SKIP_WITHOUT_POSTGRES(); }
    void init();
    void cleanup();

    void oldUsersRowCannotOpenTokensSealedAfterAChange();
    void changeWaitsForARefreshInFlight();
    void emptyVaultWithAConnectionIsReportedNotReplaced();
    void emptyVaultWithoutSealedDataIsMadeAtLogin();
    void newUserGetsTheRecommendedLimits();
    void oldUserIsUpgradedAtLogin();
    void limitsNeverGoBelowInteractive();

private:
    // A user with a vault at `limits` and a stored connection.
    void makeConnectedUser(KdfLimits limits);
    [[nodiscard]] StoredUser stored() const;
    [[nodiscard]] Result<UserSession> logIn(AccountService &service, const QString &password);
    [[nodiscard]] Result<UserSession> change(const QString &oldPassword, const QString &newPassword);
    [[nodiscard]] std::optional<ConnectionRow> rawConnection() const;

    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    qint64 m_userId = 0;
};

void TestVaultRekey::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    auto db = Database::open(m_dir->databaseLocation());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_users = std::make_unique<UserRepository>(*m_db);
}

void TestVaultRekey::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();
    m_users.reset();
    m_db.reset();
    m_dir.reset();
}

void TestVaultRekey::makeConnectedUser(KdfLimits limits)
{
    const auto hash = PasswordHasher::hash(kOldPassword, limits);
    QVERIFY(hash.ok());
    const auto id = m_users->create(kUser, hash.value());
    QVERIFY(id.ok());
    m_userId = id.value();
    const auto vault = Vault::create(kOldPassword, m_userId, limits);
    QVERIFY(vault.ok());
    QVERIFY(m_users->setVaultMaterial(m_userId, vault.value().second).ok());
    TokenSet tokens;
    tokens.accessToken = kAccess;
    tokens.refreshToken = kRefresh;
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    ConnectionStore store(*m_db, vault.value().first, test::TestDataDir::service());
    QVERIFY(
        store.save(SoundCloudAccount{QStringLiteral("soundcloud:users:1"), QStringLiteral("erin-sc")}, tokens).ok());
}

StoredUser TestVaultRekey::stored() const
{
    const auto found = m_users->findByUsername(kUser);
    return found.ok() && found.value().has_value() ? *found.value() : StoredUser{};
}

Result<UserSession> TestVaultRekey::logIn(AccountService &service, const QString &password)
{
    test::ResultSpy<UserSession> answer;
    service.logIn(kUser, password, answer.context(), answer.callback());
    if (!answer.wait(kTimeoutMs))
        return Error{ErrorKind::Protocol, QStringLiteral("no answer"), {}};
    return answer.at(0);
}

Result<UserSession> TestVaultRekey::change(const QString &oldPassword, const QString &newPassword)
{
    PasswordChange change(*m_users);
    change.setKdfLimits(KdfLimits::interactive());
    test::ResultSpy<PasswordChanged> answer;
    change.change(kUser, oldPassword, newPassword, answer.context(), answer.callback());
    if (!answer.wait(kTimeoutMs))
        return Error{ErrorKind::Protocol, QStringLiteral("no answer"), {}};
    if (!answer.at(0).ok())
        return answer.at(0).error();
    return answer.at(0).value().session;
}

std::optional<ConnectionRow> TestVaultRekey::rawConnection() const
{
    const auto row = ConnectionRepository(*m_db).find(m_userId);
    return row.ok() ? row.value() : std::nullopt;
}

void TestVaultRekey::oldUsersRowCannotOpenTokensSealedAfterAChange()
{
    makeConnectedUser(KdfLimits::interactive());
    const StoredUser backup = stored();  // a copy of the users row, e.g. an old backup
    const qint64 versionBefore = rawConnection()->version;

    const Result<UserSession> changed = change(kOldPassword, kNewPassword);
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));

    // The old row and the old password still unwrap the OLD key...
    const auto oldVault = Vault::unlock(kOldPassword, m_userId, backup.vault);
    QVERIFY(oldVault.ok());
    // ...which opens nothing stored now.
    const std::optional<ConnectionRow> row = rawConnection();
    QVERIFY(row);
    QVERIFY(!oldVault.value()->open(row->accessTokenEnc, QStringLiteral("access_token")).ok());
    QVERIFY(!oldVault.value()->open(row->refreshTokenEnc, QStringLiteral("refresh_token")).ok());
    const auto withOldKey = ConnectionStore(*m_db, oldVault.value(), test::TestDataDir::service()).load();
    QVERIFY(!withOldKey.ok());
    QCOMPARE(withOldKey.error().kind, ErrorKind::Crypto);
    QVERIFY(row->version > versionBefore);  // a writer still holding the old key loses its version check

    // With the new password (the session handed back, and a fresh unlock) the
    // connection is as it was.
    for (const auto &vault : {changed.value().vault, Vault::unlock(kNewPassword, m_userId, stored().vault).value()}) {
        const auto connection = ConnectionStore(*m_db, vault, test::TestDataDir::service()).load();
        QVERIFY(connection.ok() && connection.value().has_value());
        QCOMPARE(connection.value()->tokens.accessToken, kAccess);
        QCOMPARE(connection.value()->tokens.refreshToken, kRefresh);
        QCOMPARE(connection.value()->account.username, QStringLiteral("erin-sc"));
    }
}

void TestVaultRekey::changeWaitsForARefreshInFlight()
{
    makeConnectedUser(KdfLimits::interactive());
    const StoredUser before = stored();
    const std::optional<ConnectionRow> rowBefore = rawConnection();
    const auto oldVault = Vault::unlock(kOldPassword, m_userId, before.vault);
    QVERIFY(oldVault.ok());
    ConnectionStore refresher(*m_db, oldVault.value(), test::TestDataDir::service());
    const auto lease = refresher.tryAcquireRefreshLease(QStringLiteral("other-process"), 45'000);
    QVERIFY(lease.ok() && lease.value().acquired);

    const Result<UserSession> changed = change(kOldPassword, kNewPassword);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().kind, ErrorKind::Database);
    // Nothing was written: the whole transaction rolled back.
    QCOMPARE(stored().passwordHash, before.passwordHash);
    QCOMPARE(stored().vault.wrappedKey, before.vault.wrappedKey);
    QCOMPARE(rawConnection()->accessTokenEnc, rowBefore->accessTokenEnc);
    QCOMPARE(rawConnection()->version, rowBefore->version);
    QVERIFY(refresher.load().ok());

    // Once the refresh is over the change goes through.
    QVERIFY(refresher.releaseRefreshLease(QStringLiteral("other-process")).ok());
    QVERIFY(change(kOldPassword, kNewPassword).ok());
}

void TestVaultRekey::emptyVaultWithAConnectionIsReportedNotReplaced()
{
    makeConnectedUser(KdfLimits::interactive());
    const std::optional<ConnectionRow> rowBefore = rawConnection();
    QSqlQuery wipeVault(m_db->connection());
    QVERIFY(wipeVault.exec(QStringLiteral("UPDATE users SET vault_salt = NULL, vault_wrapped_key = NULL")));

    AccountService accounts(*m_users);
    accounts.setKdfLimits(KdfLimits::interactive());
    const Result<UserSession> session = logIn(accounts, kOldPassword);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::Crypto);
    QVERIFY2(session.error().message.contains(QStringLiteral("missing or damaged")),
             qPrintable(session.error().message));
    // Everything kept: no new vault, the sealed tokens untouched.
    QVERIFY(stored().vault.isEmpty());
    QCOMPARE(rawConnection()->accessTokenEnc, rowBefore->accessTokenEnc);
    QCOMPARE(rawConnection()->refreshTokenEnc, rowBefore->refreshTokenEnc);
    // A password change does not replace it either.
    const Result<UserSession> changed = change(kOldPassword, kNewPassword);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().kind, ErrorKind::Crypto);
    QVERIFY(stored().vault.isEmpty());
    QVERIFY(PasswordHasher::verify(stored().passwordHash, kOldPassword));
    // Nor a store from a process that decided earlier.
    const auto fresh = Vault::create(kOldPassword, m_userId, KdfLimits::interactive());
    const Result<void> storedVault = m_users->storeFirstVault(m_userId, fresh.value().second);
    QVERIFY(!storedVault.ok());
    QCOMPARE(storedVault.error().kind, ErrorKind::Crypto);
    QVERIFY(stored().vault.isEmpty());
}

void TestVaultRekey::emptyVaultWithoutSealedDataIsMadeAtLogin()
{
    // An account whose creation stopped before its vault was stored.
    const auto hash = PasswordHasher::hash(kOldPassword, KdfLimits::interactive());
    QVERIFY(hash.ok());
    const auto id = m_users->create(kUser, hash.value());
    QVERIFY(id.ok());
    AccountService accounts(*m_users);
    accounts.setKdfLimits(KdfLimits::interactive());
    const Result<UserSession> session = logIn(accounts, kOldPassword);
    QVERIFY(session.ok());
    QVERIFY(!stored().vault.isEmpty());
    QVERIFY(Vault::unlock(kOldPassword, id.value(), stored().vault).ok());
}

void TestVaultRekey::newUserGetsTheRecommendedLimits()
{
    AccountService accounts(*m_users);  // production limits
    QCOMPARE(accounts.kdfLimits(), KdfLimits::recommended());
    test::ResultSpy<UserSession> created;
    accounts.createAccount(kUser, kOldPassword, created.context(), created.callback());
    QVERIFY(created.wait(kTimeoutMs));
    QCOMPARE(created.okCount(), 1);
    QCOMPARE(stored().vault.limits, KdfLimits::moderate());
    QCOMPARE(PasswordHasher::limitsOf(stored().passwordHash), std::optional<KdfLimits>(KdfLimits::moderate()));
    QVERIFY(Vault::unlock(kOldPassword, created.at(0).value().user.id, stored().vault).ok());
}

void TestVaultRekey::oldUserIsUpgradedAtLogin()
{
    makeConnectedUser(KdfLimits::interactive());  // as made before schema 0004
    const StoredUser before = stored();
    QCOMPARE(before.vault.limits, KdfLimits::interactive());

    AccountService accounts(*m_users);
    const Result<UserSession> session = logIn(accounts, kOldPassword);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));

    const StoredUser after = stored();
    QCOMPARE(after.vault.limits, KdfLimits::moderate());
    QCOMPARE(PasswordHasher::limitsOf(after.passwordHash), std::optional<KdfLimits>(KdfLimits::moderate()));
    QVERIFY(after.vault.salt != before.vault.salt);
    QVERIFY(PasswordHasher::verify(after.passwordHash, kOldPassword));
    // Same data key: the stored tokens open with the new wrapping and with the session.
    const auto unlocked = Vault::unlock(kOldPassword, m_userId, after.vault);
    QVERIFY(unlocked.ok());
    for (const auto &vault : {unlocked.value(), session.value().vault}) {
        const auto connection = ConnectionStore(*m_db, vault, test::TestDataDir::service()).load();
        QVERIFY(connection.ok() && connection.value().has_value());
        QCOMPARE(connection.value()->tokens.accessToken, kAccess);
        QCOMPARE(connection.value()->tokens.refreshToken, kRefresh);
    }
    // The next login finds nothing to raise.
    QVERIFY(logIn(accounts, kOldPassword).ok());
    QCOMPARE(stored().vault.wrappedKey, after.vault.wrappedKey);
}

void TestVaultRekey::limitsNeverGoBelowInteractive()
{
    AccountService accounts(*m_users);
    accounts.setKdfLimits(KdfLimits{1, 8192});
    QCOMPARE(accounts.kdfLimits(), KdfLimits::interactive());
    const auto vault = Vault::create(kOldPassword, 7, KdfLimits{1, 8192});
    QVERIFY(vault.ok());
    QCOMPARE(vault.value().second.limits, KdfLimits::interactive());
    // Stored limits outside the accepted range are refused, not run.
    Vault::Material tampered = vault.value().second;
    tampered.limits = KdfLimits{1, 8192};
    QCOMPARE(Vault::unlock(kOldPassword, 7, tampered).error().kind, ErrorKind::Crypto);
    tampered.limits = KdfLimits{3, quint64(64) << 30};
    QCOMPARE(Vault::unlock(kOldPassword, 7, tampered).error().kind, ErrorKind::Crypto);
}

WAVESHELF_TEST_GUILESS_MAIN(TestVaultRekey)
#include "tst_vaultrekey.moc"
