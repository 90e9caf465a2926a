#pragma once

#include "accounts/UserSession.h"
#include "common/Result.h"
#include "config/AppConfig.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace waveshelf {

class ApiClient;
class ConnectFlow;
class ConnectionStore;
class Database;
class Library;
class TokenClient;
class TokenSession;
class ViewStateRepository;

// Everything that belongs to one logged-in local user: their vault-backed
// connection store, token session and API client. Destroying it (log out,
// switch user) cancels all of that user's pending work. Built only by
// AppCore::createUserContext.
class UserContext final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserContext)

public:
    ~UserContext() override;

    [[nodiscard]] const LocalUser &user() const { return m_session.user; }
    [[nodiscard]] const AppConfig &config() const { return m_config; }
    [[nodiscard]] ApiClient &api() { return *m_api; }
    [[nodiscard]] TokenSession &tokens() { return *m_tokenSession; }
    [[nodiscard]] TokenClient &tokenClient() { return *m_tokenClient; }
    [[nodiscard]] ConnectionStore &connections() { return *m_store; }
    // How this user left the library's views (column widths, order, sort).
    [[nodiscard]] ViewStateRepository &viewStates() { return *m_viewStates; }
    // The user's library: list models and the offline cache (made on first use).
    [[nodiscard]] Library &library();

    // The SoundCloud account this user connected, if any.
    [[nodiscard]] Result<std::optional<SoundCloudAccount>> connectedAccount() const;

    // Starts a new connect attempt (any earlier one is cancelled). Owned by this context.
    [[nodiscard]] ConnectFlow *startConnect();
    // Forgets this user's SoundCloud tokens and saved queue (at once; then
    // disconnected() is emitted) and deletes their library cache (on the
    // cache's worker, Library::clearCache). `done`, once the cache is gone: the
    // tokens' error if removing them failed, else the cache's.
    void disconnect(QObject *context, std::function<void(Result<void>)> done);
    // The same, waiting for the cache on the caller's thread (the command line).
    [[nodiscard]] Result<void> disconnect();

signals:
    // The connection and the saved queue are gone: whoever plays for this user
    // empties the queue in memory too (PlaybackUi).
    void disconnected();

private:
    friend class AppCore;
    [[nodiscard]] Result<void> forgetConnection();
    UserContext(UserSession session, Database &database, QNetworkAccessManager &network, AppConfig config);

    UserSession m_session;
    AppConfig m_config;
    Database &m_database;
    QNetworkAccessManager &m_network;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<ViewStateRepository> m_viewStates;
    TokenClient *m_tokenClient;
    TokenSession *m_tokenSession;
    ApiClient *m_api;
    QPointer<ConnectFlow> m_connectFlow;
    Library *m_library = nullptr;
};

}  // namespace waveshelf
