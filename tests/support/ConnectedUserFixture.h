#pragma once

#include "TestDataDir.h"
#include "accounts/UserSession.h"
#include "common/Error.h"
#include "config/AppConfig.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QNetworkAccessManager>

#include <memory>
#include <optional>

namespace waveshelf {
class ApiClient;
class ConnectionStore;
class Database;
class TokenClient;
class TokenSession;
namespace sandbox {
class SandboxHost;
}
}  // namespace waveshelf

namespace waveshelf::test {

// A local user with a real SQLite database and vault, and the core network
// objects pointed at an in-process sandbox: what a logged-in session has.
class ConnectedUserFixture final {
public:
    explicit ConnectedUserFixture(sandbox::SandboxHost &sandbox, const QString &localName = QStringLiteral("dana"));
    ~ConnectedUserFixture();

    // Runs the whole connect flow over HTTP for a sandbox account; true when stored.
    [[nodiscard]] bool connectAs(const QString &sandboxUser, const QString &sandboxPassword);

    // What one /me request through the user's ApiClient came back with.
    struct MeOutcome {
        bool answered = false;
        std::optional<SoundCloudAccount> account;
        std::optional<Error> error;
    };
    void fetchMe(QObject *context, MeOutcome &outcome);
    // Marks the stored access token expired (locally), as if an hour had passed.
    [[nodiscard]] bool expireLocally();

    [[nodiscard]] const AppConfig &config() const { return m_config; }
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] const UserSession &session() const { return m_session; }
    [[nodiscard]] ConnectionStore &store() { return *m_store; }
    [[nodiscard]] TokenClient &tokenClient() { return *m_tokenClient; }
    [[nodiscard]] TokenSession &tokenSession() { return *m_tokenSession; }
    [[nodiscard]] ApiClient &api() { return *m_api; }

private:
    TestDataDir m_dir;
    AppConfig m_config;
    std::unique_ptr<Database> m_database;
    // After the database: destroyed first, so no late answer meets a closed database.
    QNetworkAccessManager m_network;
    UserSession m_session;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<TokenClient> m_tokenClient;
    std::unique_ptr<TokenSession> m_tokenSession;
    std::unique_ptr<ApiClient> m_api;
};

}  // namespace waveshelf::test
