#include "TestDataDir.h"

#include "TestDatabase.h"

#include <QFile>

namespace waveshelf::test {

TestDataDir::TestDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/waveshelf-test-XXXXXX"))
{
    AppConfig plain;
    plain.dataDir = m_dir.path();
    m_database = std::make_unique<TestDatabase>(plain.databasePath());
}

TestDataDir::~TestDataDir() = default;

QString TestDataDir::databaseLocation() const
{
    return m_database->location();
}

bool TestDataDir::isPostgres() const
{
    return m_database->isPostgres();
}

ServiceIdentity TestDataDir::service()
{
    AppConfig config;
    config.clientId = QStringLiteral("waveshelf-test-client");
    config.tokenUrl = AppConfig::soundCloudTokenUrl();
    config.apiUrl = AppConfig::soundCloudApiUrl();
    return ServiceIdentity::of(config);
}

AppConfig TestDataDir::config(const QUrl &serviceBase) const
{
    AppConfig config;
    config.dataDir = m_dir.path();
    if (m_database->isPostgres())
        config.databaseUrl = m_database->location();
    config.clientId = QStringLiteral("waveshelf-test-client");
    config.redirectUri = AppConfig::defaultRedirectUri();
    // Tests make many users: libsodium's interactive Argon2id limits keep them
    // fast. The production default (moderate) is tested where it is chosen
    // (tst_vaultrekey, tst_vault, tst_passwordhasher, tst_cliusers).
    config.kdfLimits = KdfLimits::interactive();
    if (serviceBase.isValid()) {
        config.authorizeUrl = serviceBase.resolved(QUrl(QStringLiteral("/authorize")));
        config.tokenUrl = serviceBase.resolved(QUrl(QStringLiteral("/oauth/token")));
        config.apiUrl = serviceBase;
    } else {
        config.authorizeUrl = AppConfig::soundCloudAuthorizeUrl();
        config.tokenUrl = AppConfig::soundCloudTokenUrl();
        config.apiUrl = AppConfig::soundCloudApiUrl();
    }
    return config;
}

QString TestDataDir::unmakeableDir() const
{
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    if (!blocker.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(blocker.fileName()));
    return blocker.fileName() + QStringLiteral("/data");
}

}  // namespace waveshelf::test
