// A password change gives the user a new data key: the sealed SoundCloud
// tokens survive, the old password stops working, the grant is renewed first
// or marked for renewal at its next use, and a refused change (wrong old
// password, unknown user, too short, changed elsewhere) writes nothing.
// (The renewal against the sandbox: tst_tokensessionrenewal.)

#include "TestSuite.h"
#include "accounts/AccountService.h"
#include "accounts/PasswordChange.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "storage/ConnectionRepository.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include "ResultSpy.h"
#include "TestDataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>

using namespace waveshelf;

namespace {

constexpr int kTimeoutMs = 60000;  // several Argon2 runs on a busy CI machine
const QString kUser = QStringLiteral("Erin");
const QString kOldPassword = QStringLiteral("old password 1");
const QString kNewPassword = QStringLiteral("new password 2");
const QString kAccess = QStringLiteral("access-token-value");
const QString kRefresh = QStringLiteral("refresh-token-value");

}  // namespace

class TestPasswordChange final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { WAVESHELF_SKIP_WITHOUT_POSTGRES(); }
    void init();
    void cleanup();

    void rewrapKeepsTheDataKey();
    void tokensAreReadableWithTheNewPassword();
    void oldPasswordNoLongerWorks();
    void wrongOldPasswordIsRefusedAndNothingChanges();
    void unknownUserFailsLikeAWrongPassword();
    void tooShortNewPasswordIsRefusedAtOnce();
    void changeElsewhereMeanwhileIsRefused();
    void deletingTheChangeWhileItRunsWritesNothing();
    void libraryCacheUnderTheOldKeyGoes();
    void oldSecretsLeaveTheDatabaseFiles();
    void withoutRenewalTheGrantIsRenewedAtItsNextUse();
    void aRenewedGrantIsSealedUnmarked();
    void aRenewalLeftForLaterIsMarked();
    void withoutConnectionThereIsNothingToRenew();

private:
    // Runs a change and waits; true when it succeeded for the user.
    bool changeAndWait(const QString &username, const QString &oldPassword, const QString &newPassword,
                       Error *error = nullptr, const PasswordChange::RenewGrant &renew = {},
                       PasswordChanged *changed = nullptr);
    [[nodiscard]] bool rotationDueInRow() const;
    [[nodiscard]] StoredUser stored() const;
    [[nodiscard]] Result<std::optional<StoredConnection>> tokensWith(const QString &password) const;

    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    qint64 m_userId = 0;
};

void TestPasswordChange::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    auto db = Database::open(m_dir->databaseLocation());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_users = std::make_unique<UserRepository>(*m_db);

    // A user with a vault and a stored SoundCloud connection, as after a connect.
    const auto hash = PasswordHasher::hash(kOldPassword, KdfLimits::interactive());  // the limits are not under test
    QVERIFY(hash.ok());
    const auto id = m_users->create(kUser, hash.value());
    QVERIFY(id.ok());
    m_userId = id.value();
    const auto vault = Vault::create(kOldPassword, m_userId, KdfLimits::interactive());
    QVERIFY(vault.ok());
    QVERIFY(m_users->setVaultMaterial(m_userId, vault.value().second).ok());
    ConnectionStore store(*m_db, vault.value().first, test::TestDataDir::service());
    TokenSet tokens;
    tokens.accessToken = kAccess;
    tokens.refreshToken = kRefresh;
    tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(
        store.save(SoundCloudAccount{QStringLiteral("soundcloud:users:1"), QStringLiteral("erin-sc")}, tokens).ok());
}

void TestPasswordChange::cleanup()
{
    QThreadPool::globalInstance()->waitForDone();  // no job outlives its test
    m_users.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestPasswordChange::changeAndWait(const QString &username, const QString &oldPassword, const QString &newPassword,
                                       Error *error, const PasswordChange::RenewGrant &renew, PasswordChanged *changed)
{
    PasswordChange change(*m_users);
    change.setKdfLimits(KdfLimits::interactive());
    if (renew)
        change.setGrantRenewal(renew);
    test::ResultSpy<PasswordChanged> answer;
    change.change(username, oldPassword, newPassword, answer.context(), answer.callback());
    if (!answer.wait(kTimeoutMs))
        return false;
    if (error)
        *error = answer.firstError();
    if (!answer.at(0).ok())
        return false;
    if (changed)
        *changed = answer.at(0).value();
    return answer.at(0).value().session.user.id == m_userId;
}

bool TestPasswordChange::rotationDueInRow() const
{
    const auto row = ConnectionRepository(*m_db).find(m_userId);
    return row.ok() && row.value().has_value() && row.value()->rotationDue;
}

StoredUser TestPasswordChange::stored() const
{
    const auto found = m_users->findByUsername(kUser);
    return found.ok() && found.value().has_value() ? *found.value() : StoredUser{};
}

Result<std::optional<StoredConnection>> TestPasswordChange::tokensWith(const QString &password) const
{
    const auto vault = Vault::unlock(password, m_userId, stored().vault);
    if (!vault.ok())
        return vault.error();
    return ConnectionStore(*m_db, vault.value(), test::TestDataDir::service()).load();
}

void TestPasswordChange::rewrapKeepsTheDataKey()
{
    const auto created = Vault::create(kOldPassword, 9, KdfLimits::interactive());
    QVERIFY(created.ok());
    const QByteArray sealed = created.value().first->seal(QByteArrayLiteral("kept"), QStringLiteral("field"));
    const auto material = created.value().first->rewrap(kNewPassword, KdfLimits::interactive());
    QVERIFY(material.ok());
    QVERIFY(material.value().salt != created.value().second.salt);  // a fresh salt
    QVERIFY(material.value().wrappedKey != created.value().second.wrappedKey);

    const auto reopened = Vault::unlock(kNewPassword, 9, material.value());
    QVERIFY(reopened.ok());
    const auto opened = reopened.value()->open(sealed, QStringLiteral("field"));
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), QByteArrayLiteral("kept"));
    QCOMPARE(Vault::unlock(kOldPassword, 9, material.value()).error().kind, ErrorKind::WrongCredentials);
    // Bound to the user: another id cannot unwrap it.
    QVERIFY(!Vault::unlock(kNewPassword, 10, material.value()).ok());
}

void TestPasswordChange::tokensAreReadableWithTheNewPassword()
{
    Error error;
    QVERIFY2(changeAndWait(QStringLiteral(" erin "), kOldPassword, kNewPassword, &error), qPrintable(error.message));

    const auto connection = tokensWith(kNewPassword);
    QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().detail));
    QVERIFY(connection.value().has_value());
    QCOMPARE(connection.value()->tokens.accessToken, kAccess);
    QCOMPARE(connection.value()->tokens.refreshToken, kRefresh);
    QCOMPARE(connection.value()->account.username, QStringLiteral("erin-sc"));
    QVERIFY(PasswordHasher::verify(stored().passwordHash, kNewPassword));
}

void TestPasswordChange::oldPasswordNoLongerWorks()
{
    QVERIFY(changeAndWait(kUser, kOldPassword, kNewPassword));
    QVERIFY(!PasswordHasher::verify(stored().passwordHash, kOldPassword));
    const auto withOld = tokensWith(kOldPassword);
    QVERIFY(!withOld.ok());
    QCOMPARE(withOld.error().kind, ErrorKind::WrongCredentials);

    // And through the login the app uses.
    AccountService accounts(*m_users);
    accounts.setKdfLimits(KdfLimits::interactive());
    test::ResultSpy<UserSession> withOldPassword;
    accounts.logIn(kUser, kOldPassword, withOldPassword.context(), withOldPassword.callback());
    QVERIFY(withOldPassword.wait(kTimeoutMs));
    QCOMPARE(withOldPassword.okCount(), 0);
    QCOMPARE(withOldPassword.firstError().kind, ErrorKind::WrongCredentials);
    test::ResultSpy<UserSession> withNewPassword;
    accounts.logIn(kUser, kNewPassword, withNewPassword.context(), withNewPassword.callback());
    QVERIFY(withNewPassword.wait(kTimeoutMs));
    QCOMPARE(withNewPassword.okCount(), 1);

    // Changing again from the old password is refused.
    QVERIFY(!changeAndWait(kUser, kOldPassword, QStringLiteral("third password")));
}

void TestPasswordChange::wrongOldPasswordIsRefusedAndNothingChanges()
{
    const StoredUser before = stored();
    Error error;
    QVERIFY(!changeAndWait(kUser, QStringLiteral("not the password"), kNewPassword, &error));
    QCOMPARE(error.kind, ErrorKind::WrongCredentials);
    QVERIFY(!error.message.isEmpty());

    const StoredUser after = stored();
    QCOMPARE(after.passwordHash, before.passwordHash);
    QCOMPARE(after.vault.salt, before.vault.salt);
    QCOMPARE(after.vault.wrappedKey, before.vault.wrappedKey);
    const auto connection = tokensWith(kOldPassword);
    QVERIFY(connection.ok() && connection.value().has_value());
    QCOMPARE(connection.value()->tokens.refreshToken, kRefresh);
    QVERIFY(!tokensWith(kNewPassword).ok());
}

void TestPasswordChange::unknownUserFailsLikeAWrongPassword()
{
    Error wrong;
    QVERIFY(!changeAndWait(kUser, QStringLiteral("not the password"), kNewPassword, &wrong));
    Error unknown;
    QVERIFY(!changeAndWait(QStringLiteral("nobody"), kOldPassword, kNewPassword, &unknown));
    QCOMPARE(unknown.kind, ErrorKind::WrongCredentials);
    QCOMPARE(unknown.message, wrong.message);
    QCOMPARE(unknown.detail, wrong.detail);
}

void TestPasswordChange::tooShortNewPasswordIsRefusedAtOnce()
{
    const StoredUser before = stored();
    PasswordChange change(*m_users);
    test::ResultSpy<PasswordChanged> failed;
    QSignalSpy busy(&change, &PasswordChange::busyChanged);
    change.change(kUser, kOldPassword, QStringLiteral("short"), failed.context(), failed.callback());
    QCOMPARE(failed.errorCount(), 1);  // synchronously, before any slow work
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.firstError().kind, ErrorKind::InvalidInput);
    QCOMPARE(busy.size(), 0);
    QCOMPARE(stored().passwordHash, before.passwordHash);
}

void TestPasswordChange::changeElsewhereMeanwhileIsRefused()
{
    // Another process changed the password after this one read the user:
    // the stale write must not replace the newer credentials.
    const StoredUser before = stored();
    QVERIFY(changeAndWait(kUser, kOldPassword, kNewPassword));
    const StoredUser current = stored();
    const auto staleHash = PasswordHasher::hash(QStringLiteral("stale password"), KdfLimits::interactive());
    QVERIFY(staleHash.ok());
    const auto replaced = m_users->replaceCredentials(m_userId, before.passwordHash, staleHash.value(), before.vault);
    QVERIFY(!replaced.ok());
    QCOMPARE(replaced.error().kind, ErrorKind::Database);
    QCOMPARE(stored().passwordHash, current.passwordHash);
    QCOMPARE(stored().vault.wrappedKey, current.vault.wrappedKey);
    QCOMPARE(
        m_users->replaceCredentials(m_userId + 100, current.passwordHash, staleHash.value(), before.vault).error().kind,
        ErrorKind::NotFound);
}

void TestPasswordChange::deletingTheChangeWhileItRunsWritesNothing()
{
    const StoredUser before = stored();
    auto change = std::make_unique<PasswordChange>(*m_users);
    change->setKdfLimits(KdfLimits::interactive());
    test::ResultSpy<PasswordChanged> answer;
    change->change(kUser, kOldPassword, kNewPassword, answer.context(), answer.callback());
    QVERIFY(change->isBusy());
    change.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(answer.count(), 0);
    QCOMPARE(stored().passwordHash, before.passwordHash);
    QCOMPARE(stored().vault.wrappedKey, before.vault.wrappedKey);
}

void TestPasswordChange::libraryCacheUnderTheOldKeyGoes()
{
    // Security review 3, item 6: lists sealed (and named) under the old key were
    // left behind, unreadable, counted against the cache's bound.
    const auto count = [this](const char *table) {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE user_id = ?").arg(QLatin1String(table)));
        query.addBindValue(m_userId);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    {
        QSqlQuery insert(m_db->connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO library_cache_lists (user_id, list_id, meta_enc, used_ms, "
                                              "bytes) VALUES (?, ?, ?, ?, ?)")));
        insert.addBindValue(m_userId);
        insert.addBindValue(QStringLiteral("list-sealed-under-the-old-key"));
        insert.addBindValue(QByteArrayLiteral("sealed meta"));
        insert.addBindValue(qint64(1));
        insert.addBindValue(qint64(100));
        QVERIFY(insert.exec());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO library_cache_chunks (user_id, list_id, chunk_index, "
                                              "fetched_ms, chunk_enc) VALUES (?, ?, 0, 1, ?)")));
        insert.addBindValue(m_userId);
        insert.addBindValue(QStringLiteral("list-sealed-under-the-old-key"));
        insert.addBindValue(QByteArrayLiteral("sealed chunk"));
        QVERIFY(insert.exec());
    }
    QCOMPARE(count("library_cache_lists"), 1);
    QCOMPARE(count("library_cache_chunks"), 1);
    QVERIFY(changeAndWait(kUser, kOldPassword, kNewPassword));
    QCOMPARE(count("library_cache_lists"), 0);
    QCOMPARE(count("library_cache_chunks"), 0);
}

void TestPasswordChange::oldSecretsLeaveTheDatabaseFiles()
{
    // Security review 3, item 2: the old users row and the old sealed tokens
    // were still readable in the WAL and the main file after a change.
    if (m_dir->isPostgres())
        QSKIP("SQLite's files only");
    const StoredUser before = stored();
    const auto row = ConnectionRepository(*m_db).find(m_userId);
    QVERIFY(row.ok() && row.value().has_value());
    const QList<QByteArray> old{before.passwordHash, before.vault.wrappedKey, before.vault.salt,
                                row.value()->accessTokenEnc, row.value()->refreshTokenEnc};
    for (const QByteArray &secret : old)
        QVERIFY(secret.size() >= 16);
    QVERIFY(changeAndWait(kUser, kOldPassword, kNewPassword));

    const QFileInfo file(m_dir->databaseLocation());
    QByteArray everything;
    for (const QString &name : QDir(file.absolutePath()).entryList({file.fileName() + QLatin1Char('*')}, QDir::Files)) {
        QFile part(file.absolutePath() + QLatin1Char('/') + name);
        QVERIFY(part.open(QIODevice::ReadOnly));
        everything += part.readAll();
    }
    QVERIFY(!everything.isEmpty());
    for (const QByteArray &secret : old)
        QVERIFY2(!everything.contains(secret), secret.toHex().left(32).constData());
    QVERIFY(everything.contains(stored().vault.wrappedKey));  // (the scan sees what is there)
}

void TestPasswordChange::withoutRenewalTheGrantIsRenewedAtItsNextUse()
{
    // Security review 3, item 2: a change kept the same SoundCloud tokens, so
    // the old password and a copy of the database still opened a live pair.
    // Without a renewal (PasswordChange as built here) the grant is marked.
    PasswordChanged changed;
    QVERIFY(changeAndWait(kUser, kOldPassword, kNewPassword, nullptr, {}, &changed));
    QCOMPARE(changed.grant, GrantRenewal::AtNextUse);
    QVERIFY(rotationDueInRow());
    const auto connection = tokensWith(kNewPassword);
    QVERIFY(connection.ok() && connection.value().has_value());
    QVERIFY(connection.value()->rotationDue);
    QCOMPARE(connection.value()->tokens.refreshToken, kRefresh);
}

void TestPasswordChange::aRenewedGrantIsSealedUnmarked()
{
    // The renewal gets the vault of the old password after it was checked and
    // before anything is written; what it stores is what the new key seals.
    const QString renewedRefresh = QStringLiteral("renewed-refresh-token");
    int calls = 0;
    const PasswordChange::RenewGrant renew = [&](std::shared_ptr<const Vault> oldVault, QObject *,
                                                 std::function<void(GrantRenewal)> done) {
        ++calls;
        QVERIFY(PasswordHasher::verify(stored().passwordHash, kOldPassword));  // nothing written yet
        ConnectionStore store(*m_db, oldVault, test::TestDataDir::service());
        const auto current = store.load();
        QVERIFY(current.ok() && current.value().has_value());
        TokenSet renewed = current.value()->tokens;
        renewed.accessToken = QStringLiteral("renewed-access-token");
        renewed.refreshToken = renewedRefresh;
        QVERIFY(store.updateTokens(renewed, current.value()->version).ok());
        done(GrantRenewal::Renewed);
    };
    PasswordChanged changed;
    QVERIFY(changeAndWait(kUser, kOldPassword, kNewPassword, nullptr, renew, &changed));
    QCOMPARE(calls, 1);
    QCOMPARE(changed.grant, GrantRenewal::Renewed);
    QVERIFY(!rotationDueInRow());
    const auto connection = tokensWith(kNewPassword);
    QVERIFY(connection.ok() && connection.value().has_value());
    QCOMPARE(connection.value()->tokens.refreshToken, renewedRefresh);
    QVERIFY(!connection.value()->rotationDue);
}

void TestPasswordChange::aRenewalLeftForLaterIsMarked()
{
    const PasswordChange::RenewGrant offline = [](std::shared_ptr<const Vault>, QObject *,
                                                  std::function<void(GrantRenewal)> done) {
        done(GrantRenewal::AtNextUse);
    };
    PasswordChanged changed;
    QVERIFY(changeAndWait(kUser, kOldPassword, kNewPassword, nullptr, offline, &changed));
    QCOMPARE(changed.grant, GrantRenewal::AtNextUse);
    QVERIFY(rotationDueInRow());
    QVERIFY(PasswordHasher::verify(stored().passwordHash, kNewPassword));  // the change itself completed

    // Any stored refresh clears the mark (ConnectionRepository::updateTokens).
    const auto vault = Vault::unlock(kNewPassword, m_userId, stored().vault);
    QVERIFY(vault.ok());
    ConnectionStore store(*m_db, vault.value(), test::TestDataDir::service());
    const auto current = store.load();
    QVERIFY(current.ok() && current.value().has_value());
    const auto refreshed = store.updateTokens(current.value()->tokens, current.value()->version);
    QVERIFY(refreshed.ok());
    QVERIFY(!refreshed.value().rotationDue);
    QVERIFY(!rotationDueInRow());
}

void TestPasswordChange::withoutConnectionThereIsNothingToRenew()
{
    QVERIFY(ConnectionRepository(*m_db).remove(m_userId).ok());
    PasswordChanged changed;
    QVERIFY(changeAndWait(kUser, kOldPassword, kNewPassword, nullptr, {}, &changed));
    QCOMPARE(changed.grant, GrantRenewal::NoConnection);
    const auto connection = tokensWith(kNewPassword);
    QVERIFY(connection.ok());
    QVERIFY(!connection.value().has_value());
}

WAVESHELF_TEST_GUILESS_MAIN(TestPasswordChange)
#include "tst_passwordchange.moc"
