#pragma once

#include "accounts/UserSession.h"
#include "common/Result.h"
#include "config/AppConfig.h"

#include <QtGlobal>

#include <memory>

class QNetworkAccessManager;

namespace waveshelf {

class AccountService;
class Database;
class PasswordChange;
class UserContext;
class UserRepository;

// Waveshelf's composition root: the long-lived parts of a running Waveshelf,
// built once from the settings (the data dir, the database, local accounts and
// one network manager), and the only place that builds a logged-in user's
// UserContext. The app, the command line, the refresh worker and the tests all
// open the core through this. Nothing the login window does not need is made
// at open (the network manager waits for its first use). Window-only parts
// (the browser profiles) stay outside, next to it.
class AppCore final {
    Q_DISABLE_COPY_MOVE(AppCore)

public:
    // Creates the data dir (owner only), opens and migrates the database.
    [[nodiscard]] static Result<std::unique_ptr<AppCore>> open(const AppConfig &config);
    // Every UserContext built here must be gone first.
    ~AppCore();

    [[nodiscard]] const AppConfig &config() const { return m_config; }
    // New endpoints and client ID (e.g. from the settings dialog) for the user
    // contexts built from now on; the data dir stays the one opened.
    void setConfig(const AppConfig &config);

    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] UserRepository &users() { return *m_users; }
    [[nodiscard]] AccountService &accounts() { return *m_accounts; }
    // Made on first use (a login, a connect), not at start: building one loads
    // Qt's network backends, which the login window does not need.
    [[nodiscard]] QNetworkAccessManager &network();
    // The network manager if something has used it, otherwise nullptr.
    [[nodiscard]] QNetworkAccessManager *networkIfCreated() const { return m_network.get(); }
    // Opens a connection to the API host ahead of the first request (TCP, and
    // TLS for https; nothing is sent): the window calls it while a login's
    // key derivation runs, so the first page does not wait for the handshake.
    void warmUpNetwork();

    // Everything of one logged-in user, on this core's database, network and
    // current settings. Must not outlive the core.
    [[nodiscard]] std::unique_ptr<UserContext> createUserContext(UserSession session);
    // A password change for this core's users, at its KDF limits, that renews
    // the user's SoundCloud grant first with the current settings (GrantRotation).
    [[nodiscard]] std::unique_ptr<PasswordChange> createPasswordChange();

private:
    AppCore(AppConfig config, std::unique_ptr<Database> database);

    AppConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

}  // namespace waveshelf
