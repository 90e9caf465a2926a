#pragma once

#include "auth/AuthorizationRequest.h"
#include "auth/TokenSet.h"
#include "common/Error.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QObject>
#include <QUrl>

#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace waveshelf {

class ConnectionStore;
class TokenClient;

// One "Connect to SoundCloud" attempt after the browser part: takes the
// redirect, checks state, exchanges the code (PKCE), reads /me and stores
// account and tokens for the local user in one transaction. Deleting the flow
// cancels it: answers that arrive later are dropped and nothing is stored.
class ConnectFlow final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectFlow)

public:
    ConnectFlow(QNetworkAccessManager &network, TokenClient &tokenClient, ConnectionStore &store,
                const QUrl &authorizeUrl, const QString &clientId, const QUrl &redirectUri, const QUrl &apiBase,
                QObject *parent = nullptr);

    // The URL to open in the popup; fresh PKCE verifier and state.
    [[nodiscard]] const AuthorizationRequest &request() const { return m_request; }

    // The browser reached the redirect URI with this URL.
    void complete(const QUrl &redirectUrl);
    // The user closed the popup before finishing.
    void cancelByUser();

    // After differentAccount(): replace the stored connection, or keep it.
    void confirmReplace();
    void keepExisting();

    [[nodiscard]] bool isFinished() const { return m_finished; }

signals:
    void connected(const waveshelf::SoundCloudAccount &account);
    void failed(const waveshelf::Error &error);
    // Code accepted; waiting for SoundCloud's token and account answers.
    void exchanging();
    // The user signed in to another SoundCloud account than the one this local
    // user has connected. Nothing is stored until confirmReplace().
    void differentAccount(const waveshelf::SoundCloudAccount &stored, const waveshelf::SoundCloudAccount &signedIn);

private:
    void fail(const Error &error);
    void store(const SoundCloudAccount &account, const TokenSet &tokens);

    QNetworkAccessManager &m_network;
    TokenClient &m_tokenClient;
    ConnectionStore &m_store;
    AuthorizationRequest m_request;
    QUrl m_apiBase;
    bool m_finished = false;
    bool m_completing = false;
    // Held while the user decides about a different account.
    std::optional<std::pair<SoundCloudAccount, TokenSet>> m_pending;
};

}  // namespace waveshelf
