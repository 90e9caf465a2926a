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

    // Ask with confirmAccount() before storing a first connection (the web
    // browser's sign-in, which another local user could have finished with
    // their own account). Off by default (the embedded window).
    void setConfirmFirstConnection(bool confirm) { m_confirmFirstConnection = confirm; }

    // After confirmAccount() or differentAccount(): store the signed-in
    // account, or drop its tokens and store nothing (failed(Cancelled)).
    void confirm();
    void decline();
    // The same, in the words of differentAccount().
    void confirmReplace() { confirm(); }
    void keepExisting() { decline(); }

    [[nodiscard]] bool isFinished() const { return m_finished; }

signals:
    void connected(const waveshelf::SoundCloudAccount &account);
    void failed(const waveshelf::Error &error);
    // Code accepted; waiting for SoundCloud's token and account answers.
    void exchanging();
    // The user signed in to another SoundCloud account than the one this local
    // user has connected. Nothing is stored until confirmReplace().
    void differentAccount(const waveshelf::SoundCloudAccount &stored, const waveshelf::SoundCloudAccount &signedIn);
    // Signed in for a first connection with confirmation on: nothing is
    // stored until confirm().
    void confirmAccount(const waveshelf::SoundCloudAccount &signedIn);

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
    bool m_confirmFirstConnection = false;
    // Held while the user decides about the signed-in account.
    std::optional<std::pair<SoundCloudAccount, TokenSet>> m_pending;
    bool m_askedAboutFirstConnection = false;
};

}  // namespace waveshelf
