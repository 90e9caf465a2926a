#pragma once

#include "common/Result.h"
#include "config/AppConfig.h"

#include <memory>

class QNetworkAccessManager;

namespace waveshelf {

class AccountService;
class Database;
class UserRepository;

// The long-lived parts of a running Waveshelf, built once from the settings:
// the database, local accounts and the network stack.
// main() and the end-to-end tests build the app the same way through this.
class AppServices final {
public:
    [[nodiscard]] static Result<std::unique_ptr<AppServices>> create(const AppConfig &config);
    ~AppServices();
    AppServices(const AppServices &) = delete;
    AppServices &operator=(const AppServices &) = delete;

    [[nodiscard]] const AppConfig &config() const { return m_config; }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] UserRepository &users() { return *m_users; }
    [[nodiscard]] AccountService &accounts() { return *m_accounts; }
    [[nodiscard]] QNetworkAccessManager &network() { return *m_network; }

private:
    AppServices(AppConfig config, std::unique_ptr<Database> database);

    AppConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

}  // namespace waveshelf
