#include "TestSuite.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include "TestDataDir.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace waveshelf;

namespace {

ServiceIdentity serviceAt(const QString &api, const QString &clientId = QStringLiteral("waveshelf-test-client"))
{
    AppConfig config;
    config.apiUrl = QUrl(api);
    config.tokenUrl = QUrl(api + QStringLiteral("/oauth/token"));
    config.clientId = clientId;
    return ServiceIdentity::of(config);
}

// Distinctive values, so a scan of the raw file cannot match by accident.
const QString kAccess = QStringLiteral("AT-plaintext-4f1c9e27-access");
const QString kRefresh = QStringLiteral("RT-plaintext-8b2d6a51-refresh");
const QString kUrn = QStringLiteral("soundcloud:users:90210-visible-urn");

SoundCloudAccount account(const QString &urn = kUrn, const QString &name = QStringLiteral("dj-alice"))
{
    return SoundCloudAccount{urn, name};
}

TokenSet tokens(const QString &access, const QString &refresh, const QString &scope = QStringLiteral("*"))
{
    TokenSet set;
    set.accessToken = access;
    set.refreshToken = refresh;
    set.expiresAt = QDateTime(QDate(2031, 5, 17), QTime(12, 34, 56, 789), Qt::UTC);
    set.scope = scope;
    return set;
}

QByteArray filesStartingWith(const QString &path)
{
    // The database, its -wal and -shm companions: everything SQLite wrote.
    const QFileInfo info(path);
    QByteArray all;
    const QStringList files = QDir(info.absolutePath()).entryList({info.fileName() + QLatin1Char('*')}, QDir::Files);
    for (const QString &name : files) {
        QFile file(info.absolutePath() + QLatin1Char('/') + name);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

}  // namespace

class TestConnectionStore final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { WAVESHELF_SKIP_WITHOUT_POSTGRES(); }
    void init();
    void cleanup();

    void nothingStoredLoadsEmpty();
    void saveAndLoadRoundTrip();
    void versionsAreNotReusedAfterRemoval();
    void missingRefreshTokenAndExpiryRoundTrip();
    void databaseHoldsNoTokenPlaintext();
    void anotherUsersStoreCannotReadTheRow();
    void swappedTokenColumnsFailToOpen();
    void updateTokensBumpsTheVersion();
    void updateTokensWithStaleVersionFailsAndKeepsOldTokens();
    void emptyRefreshTokenKeepsTheStoredOne();
    void updateTokensWithoutAConnectionIsNotFound();
    void saveReplacesTheWholeConnection();
    void removeDeletesOnlyThisUsersConnection();
    void connectionOfAnotherServiceIsRefusedAndKept_data();
    void connectionOfAnotherServiceIsRefusedAndKept();
    void connectionFromBeforeServicesTakesTheFirstOnce();
    void sandboxSessionLeavesConnectionsMadeElsewhereAlone();
    void sandboxSessionReplacesAnEarlierSandboxConnection();

private:
    [[nodiscard]] QString path() const { return m_dir->databaseLocation(); }
    // PostgreSQL: every column of every connection row, as the server hands it out.
    [[nodiscard]] QByteArray storedColumns() const;
    [[nodiscard]] std::shared_ptr<const Vault> makeUser(const QString &name);
    // The service columns of alice's row as stored (NULL reads as a null QString).
    [[nodiscard]] QStringList storedService() const;
    void forgetStoredService();

    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Vault> m_alice;
    std::shared_ptr<const Vault> m_bob;
};

std::shared_ptr<const Vault> TestConnectionStore::makeUser(const QString &name)
{
    UserRepository users(*m_db);
    const Result<qint64> id = users.create(name, QByteArrayLiteral("unused-hash"));
    if (!id.ok())
        return {};
    auto created = Vault::create(QStringLiteral("password-of-") + name, id.value(), KdfLimits::interactive());
    if (!created.ok() || !users.setVaultMaterial(id.value(), created.value().second).ok())
        return {};
    return created.value().first;
}

void TestConnectionStore::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    auto db = Database::open(path());
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_alice = makeUser(QStringLiteral("alice"));
    m_bob = makeUser(QStringLiteral("bob"));
    QVERIFY(m_alice && m_bob);
    QVERIFY(m_alice->userId() != m_bob->userId());
}

void TestConnectionStore::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_db.reset();
    m_dir.reset();
}

void TestConnectionStore::nothingStoredLoadsEmpty()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    QCOMPARE(store.userId(), m_alice->userId());
    const auto loaded = store.load();
    QVERIFY(loaded.ok());
    QVERIFY(!loaded.value().has_value());
}

void TestConnectionStore::saveAndLoadRoundTrip()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    const TokenSet saved = tokens(kAccess, kRefresh, QStringLiteral("non-expiring"));
    const Result<StoredConnection> stored = store.save(account(), saved);
    QVERIFY(stored.ok());
    const qint64 firstVersion = stored.value().version;
    QVERIFY(firstVersion > 1);
    QCOMPARE(stored.value().account, account());
    QCOMPARE(stored.value().tokens.accessToken, kAccess);

    const auto loaded = ConnectionStore(*m_db, m_alice, test::TestDataDir::service()).load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().has_value());
    const StoredConnection &connection = *loaded.value();
    QCOMPARE(connection.account, account());
    QCOMPARE(connection.tokens.accessToken, kAccess);
    QCOMPARE(connection.tokens.refreshToken, kRefresh);
    QCOMPARE(connection.tokens.expiresAt, saved.expiresAt);
    QCOMPARE(connection.tokens.expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(connection.tokens.scope, QStringLiteral("non-expiring"));
    QCOMPARE(connection.version, firstVersion);
}

void TestConnectionStore::versionsAreNotReusedAfterRemoval()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    const qint64 oldVersion = store.save(account(), tokens(kAccess, kRefresh)).value().version;
    QVERIFY(store.remove().ok());
    // A new row's version starts at the clock in milliseconds: let it pass the old one.
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > oldVersion);
    const qint64 newVersion =
        store.save(account(), tokens(QStringLiteral("other-access"), QStringLiteral("other-refresh"))).value().version;
    QVERIFY(newVersion > oldVersion);
    // A late refresh of the removed connection finds no row to overwrite.
    const auto late = store.updateTokens(tokens(QStringLiteral("late"), QStringLiteral("late-refresh")), oldVersion);
    QVERIFY(!late.ok());
    QCOMPARE(store.load().value()->tokens.refreshToken, QStringLiteral("other-refresh"));
}

void TestConnectionStore::missingRefreshTokenAndExpiryRoundTrip()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    TokenSet saved = tokens(kAccess, QString());
    saved.expiresAt = QDateTime();
    QVERIFY(store.save(account(), saved).ok());
    const auto loaded = store.load();
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->tokens.accessToken, kAccess);
    QVERIFY(loaded.value()->tokens.refreshToken.isEmpty());
    QVERIFY(!loaded.value()->tokens.expiresAt.isValid());
}

QByteArray TestConnectionStore::storedColumns() const
{
    auto db = Database::open(path());
    QByteArray all;
    if (!db.ok())
        return all;
    QSqlQuery query(db.value()->connection());
    if (query.exec(QStringLiteral("SELECT * FROM soundcloud_connections"))) {
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                all += query.value(i).toByteArray();
        }
    }
    return all;
}

void TestConnectionStore::databaseHoldsNoTokenPlaintext()
{
    {
        ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
        QVERIFY(store.save(account(), tokens(kAccess, kRefresh)).ok());
        const auto loaded = store.load();
        QVERIFY(loaded.ok() && loaded.value().has_value());
        QCOMPARE(loaded.value()->tokens.refreshToken, kRefresh);
    }
    const auto scan = [this](const char *when) {
        const QByteArray raw = m_dir->isPostgres() ? storedColumns() : filesStartingWith(path());
        QVERIFY2(!raw.isEmpty(), when);
        // The scan works: the URN is stored in the clear and is found ...
        QVERIFY2(raw.contains(kUrn.toUtf8()), when);
        // ... the tokens are not, in any plausible encoding.
        for (const QString &secret : {kAccess, kRefresh}) {
            QVERIFY2(!raw.contains(secret.toUtf8()), when);
            QVERIFY2(!raw.contains(secret.toUtf8().toBase64()), when);
            QVERIFY2(!raw.contains(secret.toUtf8().toHex()), when);
            QVERIFY2(!raw.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)),
                     when);
            QVERIFY2(!raw.contains(secret.toUtf8().left(12)), when);
        }
    };
    scan("while open");  // database and write-ahead log
    m_db.reset();        // checkpoint everything into the main file
    scan("after close");
}

void TestConnectionStore::anotherUsersStoreCannotReadTheRow()
{
    QVERIFY(
        ConnectionStore(*m_db, m_alice, test::TestDataDir::service()).save(account(), tokens(kAccess, kRefresh)).ok());

    // Bob's store looks only at Bob's row.
    ConnectionStore bobs(*m_db, m_bob, test::TestDataDir::service());
    const auto nothing = bobs.load();
    QVERIFY(nothing.ok());
    QVERIFY(!nothing.value().has_value());

    // Even with Alice's ciphertext copied into Bob's row, Bob's vault cannot open it.
    QSqlQuery copy(m_db->connection());
    copy.prepare(QStringLiteral(
        "INSERT INTO soundcloud_connections (user_id, soundcloud_urn, soundcloud_username, access_token_enc, "
        "refresh_token_enc, expires_at, scope, version, created_at, updated_at) "
        "SELECT ?, soundcloud_urn, soundcloud_username, access_token_enc, refresh_token_enc, expires_at, scope, "
        "version, created_at, updated_at FROM soundcloud_connections WHERE user_id = ?"));
    copy.addBindValue(m_bob->userId());
    copy.addBindValue(m_alice->userId());
    QVERIFY(copy.exec());
    QCOMPARE(copy.numRowsAffected(), 1);
    const auto stolen = bobs.load();
    QVERIFY(!stolen.ok());
    QCOMPARE(stolen.error().kind, ErrorKind::Crypto);
    QVERIFY(!stolen.error().message.contains(kAccess));
    QVERIFY(!stolen.error().detail.contains(kAccess));
}

void TestConnectionStore::swappedTokenColumnsFailToOpen()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    QVERIFY(store.save(account(), tokens(kAccess, kRefresh)).ok());
    QSqlQuery swap(m_db->connection());
    swap.prepare(QStringLiteral("UPDATE soundcloud_connections SET access_token_enc = refresh_token_enc, "
                                "refresh_token_enc = access_token_enc WHERE user_id = ?"));
    swap.addBindValue(m_alice->userId());
    QVERIFY(swap.exec());
    const auto loaded = store.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::Crypto);
}

void TestConnectionStore::updateTokensBumpsTheVersion()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    const auto saved = store.save(account(), tokens(kAccess, kRefresh));
    QVERIFY(saved.ok());
    TokenSet fresh = tokens(QStringLiteral("access-2"), QStringLiteral("refresh-2"), QStringLiteral("scope-2"));
    fresh.expiresAt = saved.value().tokens.expiresAt.addSecs(3600);
    const auto updated = store.updateTokens(fresh, saved.value().version);
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().version, saved.value().version + 1);
    QCOMPARE(updated.value().account, account());  // untouched

    const auto loaded = store.load();
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->tokens.accessToken, QStringLiteral("access-2"));
    QCOMPARE(loaded.value()->tokens.refreshToken, QStringLiteral("refresh-2"));
    QCOMPARE(loaded.value()->tokens.scope, QStringLiteral("scope-2"));
    QCOMPARE(loaded.value()->tokens.expiresAt, fresh.expiresAt);
    QCOMPARE(loaded.value()->version, updated.value().version);
}

void TestConnectionStore::updateTokensWithStaleVersionFailsAndKeepsOldTokens()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    const auto saved = store.save(account(), tokens(kAccess, kRefresh));
    QVERIFY(saved.ok());
    const qint64 stale = saved.value().version;
    QVERIFY(store.updateTokens(tokens(QStringLiteral("winner-access"), QStringLiteral("winner-refresh")), stale).ok());

    const auto late = store.updateTokens(tokens(QStringLiteral("loser-access"), QStringLiteral("loser-refresh")),
                                         stale);
    QVERIFY(!late.ok());
    QVERIFY(ConnectionStore::isVersionConflict(late.error()));
    QCOMPARE(late.error().kind, ErrorKind::Database);
    QCOMPARE(late.error().detail, QStringLiteral("version conflict"));

    const auto loaded = store.load();
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->tokens.accessToken, QStringLiteral("winner-access"));
    QCOMPARE(loaded.value()->tokens.refreshToken, QStringLiteral("winner-refresh"));
    QCOMPARE(loaded.value()->version, stale + 1);
    // Other errors are not conflicts.
    QVERIFY(!ConnectionStore::isVersionConflict(Error{ErrorKind::Database, QString(), QStringLiteral("disk full")}));
}

void TestConnectionStore::emptyRefreshTokenKeepsTheStoredOne()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    const auto saved = store.save(account(), tokens(kAccess, kRefresh, QStringLiteral("the-scope")));
    QVERIFY(saved.ok());
    const auto updated = store.updateTokens(tokens(QStringLiteral("access-2"), QString(), QString()),
                                            saved.value().version);
    QVERIFY(updated.ok());
    QCOMPARE(updated.value().tokens.accessToken, QStringLiteral("access-2"));
    QCOMPARE(updated.value().tokens.refreshToken, kRefresh);
    QCOMPARE(updated.value().tokens.scope, QStringLiteral("the-scope"));

    const auto loaded = store.load();
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->tokens.accessToken, QStringLiteral("access-2"));
    QCOMPARE(loaded.value()->tokens.refreshToken, kRefresh);

    // A new refresh token does replace it.
    const auto rotated = store.updateTokens(tokens(QStringLiteral("access-3"), QStringLiteral("refresh-3")),
                                            updated.value().version);
    QVERIFY(rotated.ok());
    QCOMPARE(store.load().value()->tokens.refreshToken, QStringLiteral("refresh-3"));
}

void TestConnectionStore::updateTokensWithoutAConnectionIsNotFound()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    const auto updated = store.updateTokens(tokens(kAccess, kRefresh), 1);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, ErrorKind::NotFound);
    QVERIFY(!ConnectionStore::isVersionConflict(updated.error()));
    QVERIFY(!store.load().value().has_value());
}

void TestConnectionStore::saveReplacesTheWholeConnection()
{
    ConnectionStore store(*m_db, m_alice, test::TestDataDir::service());
    const auto first = store.save(account(), tokens(kAccess, kRefresh));
    QVERIFY(first.ok());
    const SoundCloudAccount other = account(QStringLiteral("soundcloud:users:2"), QStringLiteral("dj-other"));
    TokenSet second = tokens(QStringLiteral("access-b"), QString(), QStringLiteral("scope-b"));
    second.expiresAt = QDateTime();
    const auto replaced = store.save(other, second);
    QVERIFY(replaced.ok());
    QCOMPARE(replaced.value().version, first.value().version + 1);

    const auto loaded = store.load();
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->account, other);
    QCOMPARE(loaded.value()->tokens.accessToken, QStringLiteral("access-b"));
    QVERIFY(loaded.value()->tokens.refreshToken.isEmpty());  // save replaces; it does not merge
    QVERIFY(!loaded.value()->tokens.expiresAt.isValid());
    QCOMPARE(loaded.value()->tokens.scope, QStringLiteral("scope-b"));

    QSqlQuery count(m_db->connection());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM soundcloud_connections")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestConnectionStore::removeDeletesOnlyThisUsersConnection()
{
    ConnectionStore alices(*m_db, m_alice, test::TestDataDir::service());
    ConnectionStore bobs(*m_db, m_bob, test::TestDataDir::service());
    QVERIFY(alices.save(account(), tokens(kAccess, kRefresh)).ok());
    QVERIFY(bobs.save(account(QStringLiteral("soundcloud:users:3"), QStringLiteral("dj-bob")),
                      tokens(QStringLiteral("bob-access"), QStringLiteral("bob-refresh")))
                .ok());
    QVERIFY(alices.remove().ok());
    QVERIFY(!alices.load().value().has_value());
    QVERIFY(alices.remove().ok());  // removing nothing is fine
    const auto bobsConnection = bobs.load();
    QVERIFY(bobsConnection.ok() && bobsConnection.value().has_value());
    QCOMPARE(bobsConnection.value()->tokens.accessToken, QStringLiteral("bob-access"));
}

QStringList TestConnectionStore::storedService() const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT service_token_url, service_api_origin, service_client_id "
                                 "FROM soundcloud_connections WHERE user_id = ?"));
    query.addBindValue(m_alice->userId());
    if (!query.exec() || !query.next())
        return {QStringLiteral("no row")};
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

void TestConnectionStore::forgetStoredService()
{
    // As a row written before schema 0007.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE soundcloud_connections SET service_token_url = NULL, "
                                      "service_api_origin = NULL, service_client_id = NULL")));
}

void TestConnectionStore::connectionOfAnotherServiceIsRefusedAndKept_data()
{
    QTest::addColumn<QString>("api");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("named");
    QTest::newRow("another host") << QStringLiteral("https://api.example.net")
                                  << QStringLiteral("waveshelf-test-client") << QStringLiteral("api.soundcloud.com");
    QTest::newRow("another port on this computer")
        << QStringLiteral("http://127.0.0.1:8081") << QStringLiteral("waveshelf-test-client")
        << QStringLiteral("api.soundcloud.com");
    QTest::newRow("another client ID") << QStringLiteral("https://api.soundcloud.com")
                                       << QStringLiteral("someone-elses-app") << QStringLiteral("api.soundcloud.com");
}

void TestConnectionStore::connectionOfAnotherServiceIsRefusedAndKept()
{
    QFETCH(QString, api);
    QFETCH(QString, clientId);
    QFETCH(QString, named);
    ConnectionStore home(*m_db, m_alice, test::TestDataDir::service());
    const auto saved = home.save(account(), tokens(kAccess, kRefresh));
    QVERIFY(saved.ok());

    ConnectionStore elsewhere(*m_db, m_alice, serviceAt(api, clientId));
    const auto refused = elsewhere.load();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::OtherService);
    QVERIFY2(refused.error().message.contains(QStringLiteral("dj-alice")) && refused.error().message.contains(named),
             qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(kAccess) && !refused.error().detail.contains(kAccess));

    // Nothing changed: the home service still finds the same connection.
    const auto kept = home.load();
    QVERIFY(kept.ok() && kept.value().has_value());
    QCOMPARE(kept.value()->version, saved.value().version);
    QCOMPARE(kept.value()->tokens.refreshToken, kRefresh);
}

void TestConnectionStore::connectionFromBeforeServicesTakesTheFirstOnce()
{
    QVERIFY(
        ConnectionStore(*m_db, m_alice, test::TestDataDir::service()).save(account(), tokens(kAccess, kRefresh)).ok());
    forgetStoredService();
    QCOMPARE(storedService(), (QStringList{QString(), QString(), QString()}));

    // The first configuration that loads it becomes its service...
    const auto adopted = ConnectionStore(*m_db, m_alice, test::TestDataDir::service()).load();
    QVERIFY(adopted.ok() && adopted.value().has_value());
    const ServiceIdentity home = test::TestDataDir::service();
    QCOMPARE(storedService(), (QStringList{home.tokenUrl, home.apiOrigin, home.clientId}));
    // ... once: another one afterwards is another service.
    const auto other = ConnectionStore(*m_db, m_alice, serviceAt(QStringLiteral("https://api.example.net"))).load();
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, ErrorKind::OtherService);
    QCOMPARE(storedService(), (QStringList{home.tokenUrl, home.apiOrigin, home.clientId}));
}

void TestConnectionStore::sandboxSessionLeavesConnectionsMadeElsewhereAlone()
{
    ConnectionStore home(*m_db, m_alice, test::TestDataDir::service());
    const auto saved = home.save(account(), tokens(kAccess, kRefresh));
    QVERIFY(saved.ok());
    ConnectionStore sandbox(
        *m_db, m_alice, serviceAt(QStringLiteral("http://127.0.0.1:40123"), QStringLiteral("waveshelf-sandbox")), true);
    for (int round = 0; round < 2; ++round) {  // with the service recorded, then as a row from before 0007
        const auto loaded = sandbox.load();
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, ErrorKind::OtherService);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("sandbox")), qPrintable(loaded.error().message));
        const auto replaced = sandbox.save(account(QStringLiteral("soundcloud:users:1")),
                                           tokens(QStringLiteral("sandbox-access"), QStringLiteral("sandbox-refresh")));
        QVERIFY(!replaced.ok());
        QCOMPARE(replaced.error().kind, ErrorKind::OtherService);
        const auto removed = sandbox.remove();
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().kind, ErrorKind::OtherService);
        if (round == 0) {
            forgetStoredService();
        } else {
            // Not adopted by the sandbox session either.
            QCOMPARE(storedService(), (QStringList{QString(), QString(), QString()}));
        }
    }
    // The connection is whole for its own service.
    const auto kept = home.load();
    QVERIFY(kept.ok() && kept.value().has_value());
    QCOMPARE(kept.value()->account.urn, kUrn);
    QCOMPARE(kept.value()->tokens.accessToken, kAccess);
    QCOMPARE(kept.value()->tokens.refreshToken, kRefresh);
}

void TestConnectionStore::sandboxSessionReplacesAnEarlierSandboxConnection()
{
    // Each sandbox runs on a free port: a connection of an earlier one is
    // another service, but one on this computer, which a sandbox session may replace.
    const ServiceIdentity earlier = serviceAt(QStringLiteral("http://127.0.0.1:40123"),
                                              QStringLiteral("waveshelf-sandbox"));
    const ServiceIdentity now = serviceAt(QStringLiteral("http://127.0.0.1:40999"),
                                          QStringLiteral("waveshelf-sandbox"));
    QVERIFY(ConnectionStore(*m_db, m_alice, earlier, true).save(account(), tokens(kAccess, kRefresh)).ok());
    ConnectionStore sandbox(*m_db, m_alice, now, true);
    QCOMPARE(sandbox.load().error().kind, ErrorKind::OtherService);
    QVERIFY(sandbox.save(account(), tokens(QStringLiteral("new-access"), QStringLiteral("new-refresh"))).ok());
    const auto loaded = sandbox.load();
    QVERIFY(loaded.ok() && loaded.value().has_value());
    QCOMPARE(loaded.value()->tokens.accessToken, QStringLiteral("new-access"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
