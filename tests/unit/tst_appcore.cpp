// AppCore, the composition root: opens the data dir and the database the way
// main() and waveshelf-cli do, and builds every UserContext.

#include "TestSuite.h"
#include "app/AppCore.h"

#include "TestDataDir.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "network/RequestFactory.h"
#include "session/UserContext.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace waveshelf;

class TestAppCore final : public QObject {
    Q_OBJECT

private slots:
    void opensDataDirOwnerOnlyAndDatabase();
    void dataDirThatCannotBeMadeIsAnError();
    void networkHasTheTransferTimeout();
    void userContextFollowsTheCurrentSettings();
    void warmUpOpensAConnectionToTheApiHost();
};

void TestAppCore::opensDataDirOwnerOnlyAndDatabase()
{
    test::TestDataDir dir;
    AppConfig config = dir.config();
    config.dataDir = dir.path() + QStringLiteral("/nested/data");
    auto core = AppCore::open(config);
    QVERIFY2(core.ok(), core.ok() ? "" : qPrintable(core.error().detail));
    QCOMPARE(core.value()->config().dataDir, config.dataDir);
    QVERIFY(QFileInfo(config.dataDir).isDir());
    QCOMPARE(QFileInfo(config.dataDir).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(QFile::exists(config.databasePath()));
    const auto users = core.value()->users().list();  // migrated: the users table is there
    QVERIFY(users.ok());
    QVERIFY(users.value().isEmpty());
}

void TestAppCore::dataDirThatCannotBeMadeIsAnError()
{
    test::TestDataDir dir;
    AppConfig config = dir.config();
    config.dataDir = dir.unmakeableDir();
    const auto core = AppCore::open(config);
    QVERIFY(!core.ok());
    QCOMPARE(core.error().kind, ErrorKind::Database);
    QVERIFY2(core.error().message.startsWith(QStringLiteral("Could not create the data folder")),
             qPrintable(core.error().message));
}

void TestAppCore::networkHasTheTransferTimeout()
{
    test::TestDataDir dir;
    auto core = AppCore::open(dir.config());
    QVERIFY(core.ok());
    QCOMPARE(core.value()->network().transferTimeout(), RequestFactory::kTransferTimeoutMs);
}

void TestAppCore::userContextFollowsTheCurrentSettings()
{
    test::TestDataDir dir;
    AppConfig config = dir.config(QUrl(QStringLiteral("http://127.0.0.1:9000")));
    config.clientSecret = QStringLiteral("kept-secret");
    auto opened = AppCore::open(config);
    QVERIFY(opened.ok());
    AppCore &core = *opened.value();

    const QString password = QStringLiteral("correct horse battery");
    const auto id = core.users().create(QStringLiteral("dana"),
                                        PasswordHasher::hash(password, KdfLimits::interactive()).value());
    QVERIFY(id.ok());
    auto vault = Vault::create(password, id.value(), KdfLimits::interactive());
    QVERIFY(vault.ok());
    QVERIFY(core.users().setVaultMaterial(id.value(), vault.value().second).ok());
    const UserSession session{LocalUser{id.value(), QStringLiteral("dana")}, vault.value().first};

    const std::unique_ptr<UserContext> before = core.createUserContext(session);
    QCOMPARE(before->user().username, QStringLiteral("dana"));
    QCOMPARE(before->config().apiUrl, config.apiUrl);
    const auto account = before->connectedAccount();  // on the core's database
    QVERIFY(account.ok());
    QVERIFY(!account.value().has_value());

    // New settings (the settings dialog): the data dir stays the one opened.
    AppConfig changed = config;
    changed.apiUrl = QUrl(QStringLiteral("https://api.example.org"));
    changed.dataDir = dir.path() + QStringLiteral("/elsewhere");
    core.setConfig(changed);
    QCOMPARE(core.config().apiUrl, changed.apiUrl);
    QCOMPARE(core.config().dataDir, config.dataDir);
    QCOMPARE(core.config().clientSecret, QStringLiteral("kept-secret"));

    const std::unique_ptr<UserContext> after = core.createUserContext(session);
    QCOMPARE(after->config().apiUrl, changed.apiUrl);
    QCOMPARE(before->config().apiUrl, config.apiUrl);  // a context keeps what it was built with
}

void TestAppCore::warmUpOpensAConnectionToTheApiHost()
{
    QTcpServer api;
    QVERIFY(api.listen(QHostAddress::LocalHost));
    test::TestDataDir dir;
    auto core = AppCore::open(dir.config(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(api.serverPort()))));
    QVERIFY(core.ok());
    QVERIFY(!core.value()->networkIfCreated());  // not at start

    core.value()->warmUpNetwork();
    QVERIFY(core.value()->networkIfCreated());
    QTRY_VERIFY_WITH_TIMEOUT(api.hasPendingConnections(), 10'000);
}

WAVESHELF_TEST_GUILESS_MAIN(TestAppCore)
#include "tst_appcore.moc"
