#pragma once

#include "common/Result.h"
#include "config/AppConfig.h"

#include <QNetworkAccessManager>

#include <memory>

namespace waveshelf {
class Database;
class UserRepository;
}  // namespace waveshelf

namespace waveshelf::cli {

// What every command works with, as the app's AppServices has it: the
// settings, the one database, the users table and one network manager.
class CliServices final {
    Q_DISABLE_COPY_MOVE(CliServices)

public:
    // Creates the data dir (owner only) and opens and migrates the database.
    [[nodiscard]] static Result<std::unique_ptr<CliServices>> open(const AppConfig &config);
    ~CliServices();

    [[nodiscard]] const AppConfig &config() const { return m_config; }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] UserRepository &users() { return *m_users; }
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }

private:
    CliServices(AppConfig config, std::unique_ptr<Database> database);

    AppConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<UserRepository> m_users;
    QNetworkAccessManager m_network;
};

}  // namespace waveshelf::cli
