#include "session/UserContext.h"

#include "library/Library.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "session/ArtworkCacheFolder.h"
#include "session/ConnectFlow.h"
#include "storage/ConnectionStore.h"
#include "storage/PlayerStateRows.h"
#include "storage/ViewStateRepository.h"

namespace waveshelf {

UserContext::UserContext(UserSession session, Database &database, QNetworkAccessManager &network, AppConfig config)
    : m_session(std::move(session))
    , m_config(std::move(config))
    , m_database(database)
    , m_network(network)
    , m_store(std::make_unique<ConnectionStore>(database, m_session.vault, ServiceIdentity::of(m_config),
                                                m_config.sandboxSession))
    , m_viewStates(std::make_unique<ViewStateRepository>(database, m_session.user.id))
    , m_tokenClient(new TokenClient(network, m_config, this))
    , m_tokenSession(new TokenSession(*m_store, *m_tokenClient, this))
    , m_api(new ApiClient(network, *m_tokenSession, m_config.apiUrl, this))
{
}

UserContext::~UserContext()
{
    // Users of the store first (their pending callbacks reference it), in
    // reverse order of construction.
    delete m_connectFlow.data();
    delete m_library;
    delete m_api;
    delete m_tokenSession;
    delete m_tokenClient;
}

Result<std::optional<SoundCloudAccount>> UserContext::connectedAccount() const
{
    const auto stored = m_store->load();
    if (!stored.ok())
        return stored.error();
    if (!stored.value().has_value())
        return std::optional<SoundCloudAccount>();
    return std::optional<SoundCloudAccount>(stored.value()->account);
}

ConnectFlow *UserContext::startConnect()
{
    delete m_connectFlow.data();
    m_connectFlow = new ConnectFlow(m_network, *m_tokenClient, *m_store, m_config.authorizeUrl, m_config.clientId,
                                    m_config.redirectUri, m_config.apiUrl, this);
    return m_connectFlow;
}

Library &UserContext::library()
{
    if (!m_library) {
        m_library = new Library(*m_api, m_database, m_session.vault,
                                qint64(m_config.libraryCacheLimitMiB) * 1024 * 1024, this);
    }
    return *m_library;
}

void UserContext::disconnect(QObject *context, std::function<void(Result<void>)> done)
{
    delete m_connectFlow.data();
    const Result<void> removed = forgetConnection();
    library().clearCache(context, [removed, done = std::move(done)](Result<void> cleared) {
        if (!done)
            return;
        if (removed.ok())
            done(std::move(cleared));
        else
            done(removed);
    });
}

Result<void> UserContext::disconnect()
{
    delete m_connectFlow.data();
    const Result<void> removed = forgetConnection();
    const Result<void> cleared = library().clearCache();
    return removed.ok() ? cleared : removed;
}

Result<void> UserContext::forgetConnection()
{
    const Result<void> removed = m_store->remove();
    if (!removed.ok())
        return removed;  // (a sandbox session leaves a connection made elsewhere, and its queue, alone)
    // The queue and position of this account go with it (the player's part: disconnected()).
    const Result<void> forgotQueue = PlayerStateRows(m_database).remove(m_session.user.id);
    // The artwork this account showed (its cache holds the URLs).
    ArtworkCacheFolder::remove(ArtworkCacheFolder::rootFor(m_config.databaseLocation()), m_session.user.id);
    emit disconnected();
    return forgotQueue;
}

}  // namespace waveshelf
