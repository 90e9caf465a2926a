#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace waveshelf {

// One connect attempt: the URL to open in the browser and the secrets that
// must be kept for the answer (state to check it, verifier to exchange it).
// Never log state or codeVerifier; url carries only the challenge.
struct AuthorizationRequest {
    // authorizeUrl + client_id, redirect_uri, response_type=code,
    // code_challenge, code_challenge_method=S256, state (and no scope).
    QUrl url;
    QUrl redirectUri;
    QByteArray state;
    QByteArray codeVerifier;

    // Fresh verifier and state each call. Query items of authorizeUrl that
    // are not ours are kept; ours (and any scope) are replaced.
    [[nodiscard]] static AuthorizationRequest create(const QUrl &authorizeUrl, const QString &clientId,
                                                     const QUrl &redirectUri);
};

}  // namespace waveshelf
