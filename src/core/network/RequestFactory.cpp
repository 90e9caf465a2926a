#include "network/RequestFactory.h"

#include <QNetworkAccessManager>

namespace waveshelf {

QNetworkRequest RequestFactory::make(const QUrl &url, const QNetworkAccessManager &network)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(network.transferTimeout() > 0 ? network.transferTimeout() : kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Waveshelf/" WAVESHELF_VERSION));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    return request;
}

QNetworkRequest RequestFactory::withOAuth(const QUrl &url, const QString &accessToken,
                                          const QNetworkAccessManager &network)
{
    QNetworkRequest request = make(url, network);
    // SoundCloud's scheme is "OAuth", not "Bearer".
    request.setRawHeader(QByteArrayLiteral("Authorization"), "OAuth " + accessToken.toUtf8());
    return request;
}

}  // namespace waveshelf
