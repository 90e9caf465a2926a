#include "app/AppCore.h"

#include "accounts/AccountService.h"
#include "accounts/PasswordChange.h"
#include "config/ConfigLoader.h"
#include "network/RequestFactory.h"
#include "session/GrantRotation.h"
#include "session/UserContext.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QNetworkAccessManager>

namespace waveshelf {

Result<std::unique_ptr<AppCore>> AppCore::open(const AppConfig &config)
{
    if (Result<void> made = ConfigLoader::ensureDataDir(config.dataDir); !made.ok())
        return made.error();
    Result<std::unique_ptr<Database>> database = Database::open(config.databaseLocation());
    if (!database.ok())
        return database.error();
    return std::unique_ptr<AppCore>(new AppCore(config, std::move(database).value()));
}

AppCore::AppCore(AppConfig config, std::unique_ptr<Database> database)
    : m_config(std::move(config))
    , m_database(std::move(database))
    , m_users(std::make_unique<UserRepository>(*m_database))
    , m_accounts(std::make_unique<AccountService>(*m_users))
{
    m_accounts->setKdfLimits(m_config.kdfLimits);
}

AppCore::~AppCore()
{
    // Reverse order of use: the network (late answers) and the accounts (a
    // login still hashing) before the users table and the database.
    m_network.reset();
    m_accounts.reset();
    m_users.reset();
    m_database.reset();
}

QNetworkAccessManager &AppCore::network()
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setTransferTimeout(RequestFactory::kTransferTimeoutMs);
    }
    return *m_network;
}

void AppCore::warmUpNetwork()
{
    const QUrl &api = m_config.apiUrl;
    if (!api.isValid() || api.host().isEmpty())
        return;
    if (api.scheme() == QLatin1String("http")) {
        network().connectToHost(api.host(), quint16(api.port(80)));
        return;
    }
#if QT_CONFIG(ssl)
    if (api.scheme() == QLatin1String("https"))
        network().connectToHostEncrypted(api.host(), quint16(api.port(443)));
#endif
}

void AppCore::setConfig(const AppConfig &config)
{
    const QString dataDir = m_config.dataDir;
    m_config = config;
    m_config.dataDir = dataDir;
    m_accounts->setKdfLimits(m_config.kdfLimits);
}

std::unique_ptr<UserContext> AppCore::createUserContext(UserSession session)
{
    return std::unique_ptr<UserContext>(new UserContext(std::move(session), *m_database, network(), m_config));
}

std::unique_ptr<PasswordChange> AppCore::createPasswordChange()
{
    auto change = std::make_unique<PasswordChange>(*m_users);
    change->setKdfLimits(m_config.kdfLimits);
    auto *rotation = new GrantRotation(*m_database, network(), m_config, change.get());
    change->setGrantRenewal(
        [rotation](std::shared_ptr<const Vault> oldVault, QObject *context, std::function<void(GrantRenewal)> done) {
            rotation->renew(std::move(oldVault), context, std::move(done));
        });
    return change;
}

}  // namespace waveshelf
