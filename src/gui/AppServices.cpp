#include "AppServices.h"

#include "accounts/AccountService.h"
#include "network/RequestFactory.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QNetworkAccessManager>

namespace waveshelf {

Result<std::unique_ptr<AppServices>> AppServices::create(const AppConfig &config)
{
    auto database = Database::open(config.databasePath());
    if (!database.ok())
        return database.error();
    return std::unique_ptr<AppServices>(new AppServices(config, std::move(database).value()));
}

AppServices::AppServices(AppConfig config, std::unique_ptr<Database> database)
    : m_config(std::move(config)),
      m_database(std::move(database)),
      m_users(std::make_unique<UserRepository>(*m_database)),
      m_accounts(std::make_unique<AccountService>(*m_users)),
      m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setTransferTimeout(RequestFactory::kTransferTimeoutMs);
}

AppServices::~AppServices()
{
    // Reverse order of use: the network before the accounts and database.
    m_network.reset();
    m_accounts.reset();
    m_users.reset();
    m_database.reset();
}

}  // namespace waveshelf
