#include "CliServices.h"

#include "config/ConfigLoader.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

namespace waveshelf::cli {

Result<std::unique_ptr<CliServices>> CliServices::open(const AppConfig &config)
{
    if (Result<void> made = ConfigLoader::ensureDataDir(config.dataDir); !made.ok())
        return made.error();
    Result<std::unique_ptr<Database>> database = Database::open(config.databasePath());
    if (!database.ok())
        return database.error();
    return std::unique_ptr<CliServices>(new CliServices(config, std::move(database).value()));
}

CliServices::CliServices(AppConfig config, std::unique_ptr<Database> database)
    : m_config(std::move(config)),
      m_database(std::move(database)),
      m_users(std::make_unique<UserRepository>(*m_database))
{
}

CliServices::~CliServices() = default;

}  // namespace waveshelf::cli
