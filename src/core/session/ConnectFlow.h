#pragma once

#include "auth/AuthorizationRequest.h"
#include "common/Error.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QObject>
#include <QUrl>

#include <optional>

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

    [[nodiscard]] bool isFinished() const { return m_finished; }

signals:
    void connected(const waveshelf::SoundCloudAccount &account);
    void failed(const waveshelf::Error &error);
    // Code accepted; waiting for SoundCloud's token and account answers.
    void exchanging();

private:
    void fail(const Error &error);

    QNetworkAccessManager &m_network;
    TokenClient &m_tokenClient;
    ConnectionStore &m_store;
    AuthorizationRequest m_request;
    QUrl m_apiBase;
    bool m_finished = false;
    bool m_completing = false;
};

}  // namespace waveshelf
