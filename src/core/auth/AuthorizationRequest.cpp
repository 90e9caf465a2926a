#include "auth/AuthorizationRequest.h"

#include "auth/Pkce.h"

#include <QByteArrayList>

namespace waveshelf {

namespace {

// Keys we set ourselves; "scope" is dropped because SoundCloud refuses
// scope=non-expiring with a 403 and needs no scope at all.
const QByteArrayList &ownKeys()
{
    static const QByteArrayList keys{
        "client_id", "redirect_uri", "response_type", "code_challenge", "code_challenge_method", "state", "scope"};
    return keys;
}

// Percent-encodes everything but the unreserved characters, so '+', '&',
// '=', '?', '#' and '/' inside a value (a redirect URI) cannot be misread.
QByteArray pair(const QByteArray &key, const QByteArray &value)
{
    return key + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
}

}  // namespace

AuthorizationRequest AuthorizationRequest::create(const QUrl &authorizeUrl, const QString &clientId,
                                                  const QUrl &redirectUri)
{
    AuthorizationRequest request;
    request.redirectUri = redirectUri;
    request.state = Pkce::generateState();
    request.codeVerifier = Pkce::generateVerifier();

    QByteArrayList items;
    const QByteArray existing = authorizeUrl.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &item : existing.split('&')) {
        if (item.isEmpty())
            continue;
        const QByteArray key = QByteArray::fromPercentEncoding(item.left(item.indexOf('=')));
        if (!ownKeys().contains(key))
            items.append(item);
    }
    items.append(pair("client_id", clientId.toUtf8()));
    items.append(pair("redirect_uri", redirectUri.toEncoded()));
    items.append(pair("response_type", "code"));
    items.append(pair("code_challenge", Pkce::challengeFor(request.codeVerifier)));
    items.append(pair("code_challenge_method", "S256"));
    items.append(pair("state", request.state));

    request.url = authorizeUrl;
    request.url.setQuery(QString::fromLatin1(items.join('&')), QUrl::TolerantMode);
    return request;
}

}  // namespace waveshelf
