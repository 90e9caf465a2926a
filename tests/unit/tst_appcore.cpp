// AppCore, the composition root: opens the data dir and the database the way
// main() and waveshelf-cli do, and builds every UserContext.

#include "TestSuite.h"
#include "app/AppCore.h"

#include "TestDataDir.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "network/RequestFactory.h"
#include "session/ArtworkCacheFolder.h"
#include "session/UserContext.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace waveshelf;

namespace {

// A local user with a vault in `core`'s database, logged in (interactive limits:
// the cost is not under test here); nothing when a step failed.
std::optional<UserSession> makeUser(AppCore &core, const QString &name)
{
    const QString password = QStringLiteral("correct horse battery");
    const auto id = core.users().create(name, PasswordHasher::hash(password, KdfLimits::interactive()).value());
    if (!id.ok())
        return std::nullopt;
    auto vault = Vault::create(password, id.value(), KdfLimits::interactive());
    if (!vault.ok() || !core.users().setVaultMaterial(id.value(), vault.value().second).ok())
        return std::nullopt;
    return UserSession{LocalUser{id.value(), name}, vault.value().first};
}

}  // namespace

class TestAppCore final : public QObject {
    Q_OBJECT

private slots:
    void opensDataDirOwnerOnlyAndDatabase();
    void dataDirThatCannotBeMadeIsAnError();
    void networkHasTheTransferTimeout();
    void userContextFollowsTheCurrentSettings();
    void warmUpOpensAConnectionToTheApiHost();
    void artworkCacheIsPerDatabaseAndGoesWithDisconnect();
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

    const std::optional<UserSession> made = makeUser(core, QStringLiteral("dana"));
    QVERIFY(made);
    const UserSession session = *made;

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

void TestAppCore::artworkCacheIsPerDatabaseAndGoesWithDisconnect()
{
    // Security review 3, item 3: keyed by the user id alone, removing user 1 of
    // one data folder removed another data folder's user 1 cache; a Disconnect
    // kept the URLs of what the user had looked at.
    QTemporaryDir cache;
    QVERIFY(cache.isValid());
    test::TestDataDir one;
    test::TestDataDir other;
    const QString rootOne = ArtworkCacheFolder::rootFor(one.config().databaseLocation(), cache.path());
    const QString rootOther = ArtworkCacheFolder::rootFor(other.config().databaseLocation(), cache.path());
    QVERIFY(rootOne != rootOther);
    QCOMPARE(ArtworkCacheFolder::rootFor(one.config().databaseLocation(), cache.path()), rootOne);

    // A folder from before (<base>/user-1) goes when the user's new one is made.
    const QString legacy = cache.filePath(QStringLiteral("user-1"));
    QVERIFY(QDir().mkpath(legacy));
    const auto madeOne = ArtworkCacheFolder::make(rootOne, 1);
    const auto madeOther = ArtworkCacheFolder::make(rootOther, 1);
    QVERIFY(madeOne.ok() && madeOther.ok());
    QVERIFY(!QFileInfo::exists(legacy));
    for (const QString &folder : {madeOne.value(), madeOther.value()}) {
        QFile entry(folder + QStringLiteral("/entry"));
        QVERIFY(entry.open(QIODevice::WriteOnly));
        QVERIFY(entry.write("https://i1.sndcdn.com/artworks-1-large.jpg") > 0);
    }
    QVERIFY(ArtworkCacheFolder::remove(rootOne, 1));
    QVERIFY(!QFileInfo::exists(madeOne.value()));
    QVERIFY(QFileInfo::exists(madeOther.value() + QStringLiteral("/entry")));

    // Disconnect removes the user's folder under the default base, and only theirs.
    auto opened = AppCore::open(one.config());
    QVERIFY(opened.ok());
    AppCore &core = *opened.value();
    const std::optional<UserSession> session = makeUser(core, QStringLiteral("dana"));
    QVERIFY(session);
    const qint64 id = session->user.id;
    const auto mine = ArtworkCacheFolder::make(ArtworkCacheFolder::rootFor(one.config().databaseLocation()), id);
    const auto theirs = ArtworkCacheFolder::make(ArtworkCacheFolder::rootFor(other.config().databaseLocation()), id);
    QVERIFY(mine.ok() && theirs.ok());
    const auto cleanup = qScopeGuard([&] { ArtworkCacheFolder::remove(QFileInfo(theirs.value()).path(), id); });
    const std::unique_ptr<UserContext> user = core.createUserContext(*session);
    QSignalSpy disconnected(user.get(), &UserContext::disconnected);
    QVERIFY(user->disconnect().ok());
    QCOMPARE(disconnected.count(), 1);
    QVERIFY(!QFileInfo::exists(mine.value()));
    QVERIFY(QFileInfo::exists(theirs.value()));
}

WAVESHELF_TEST_GUILESS_MAIN(TestAppCore)
#include "tst_appcore.moc"
