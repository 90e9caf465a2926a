#include "SandboxSignIn.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

namespace waveshelf::test {

QUrl SandboxSignIn::approve(QNetworkAccessManager &network, const QUrl &authorizeUrl, const QString &username,
                            const QString &password)
{
    return decide(network, authorizeUrl, username, password, QStringLiteral("approve"));
}

QUrl SandboxSignIn::deny(QNetworkAccessManager &network, const QUrl &authorizeUrl, const QString &username,
                         const QString &password)
{
    return decide(network, authorizeUrl, username, password, QStringLiteral("deny"));
}

QUrl SandboxSignIn::decide(QNetworkAccessManager &network, const QUrl &authorizeUrl, const QString &username,
                           const QString &password, const QString &decision)
{
    // The form carries the authorize query along, as the page's hidden fields do.
    QUrlQuery form(authorizeUrl);
    form.addQueryItem(QStringLiteral("username"), username);
    form.addQueryItem(QStringLiteral("password"), password);
    form.addQueryItem(QStringLiteral("decision"), decision);
    QByteArray body;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    QUrl postUrl = authorizeUrl;
    postUrl.setQuery(QString());
    QNetworkRequest request(postUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10'000)) {
        reply->deleteLater();
        return {};
    }
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 != 3)
        return {};
    return QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location")));
}

}  // namespace waveshelf::test
