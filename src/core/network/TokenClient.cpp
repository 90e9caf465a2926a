#include "network/TokenClient.h"

#include "auth/TokenResponseParser.h"
#include "common/LogCategories.h"
#include "config/AppConfig.h"
#include "network/HttpReply.h"
#include "network/PendingRefreshes.h"
#include "network/RequestFactory.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace waveshelf {

TokenClient::TokenClient(QNetworkAccessManager &network, const AppConfig &config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenUrl(config.tokenUrl)
    , m_redirectUri(config.redirectUri)
    , m_clientId(config.clientId)
    , m_clientSecret(config.clientSecret)
{
}

void TokenClient::exchangeCode(const QString &code, const QByteArray &codeVerifier, QObject *context, Callback done)
{
    Form form;
    form.append({QStringLiteral("grant_type"), QStringLiteral("authorization_code")});
    form.append({QStringLiteral("code"), code});
    form.append({QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)});
    form.append({QStringLiteral("code_verifier"), QString::fromLatin1(codeVerifier)});
    qCInfo(lcAuth) << "exchanging an authorization code at" << m_tokenUrl.host();
    post(std::move(form), context, std::move(done));
}

void TokenClient::refresh(const QString &refreshToken, QObject *context, Callback done)
{
    Form form;
    form.append({QStringLiteral("grant_type"), QStringLiteral("refresh_token")});
    form.append({QStringLiteral("refresh_token"), refreshToken});
    qCInfo(lcAuth) << "refreshing an access token at" << m_tokenUrl.host();
    // Counted until `done` has run (it commits the answer): a stopping process
    // waits for it, since the answer carries the only live refresh token.
    PendingRefreshes &pending = PendingRefreshes::of(m_network);
    pending.add(context);
    QPointer<PendingRefreshes> registry(&pending);
    post(std::move(form), context, [registry, context, done = std::move(done)](Result<TokenSet> answer) {
        done(std::move(answer));
        if (registry)
            registry->finished(context);
    });
}

void TokenClient::post(Form form, QObject *context, Callback done)
{
    form.append({QStringLiteral("client_id"), m_clientId});
    if (!m_clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), m_clientSecret});

    QNetworkRequest request = RequestFactory::make(m_tokenUrl, m_network);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Redirects would resend the form (and its secrets) elsewhere: never follow them here.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QByteArray body;
    for (const auto &[key, value] : std::as_const(form)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }

    QNetworkReply *reply = m_network.post(request, body);
    // The transfer timeout only counts silence; a trickling answer could
    // outlive the refresh lease. This deadline does not.
    QTimer::singleShot(kDeadlineMs, reply, [reply] {
        if (reply->isRunning()) {
            qCWarning(lcAuth) << "token request took too long; giving up";
            reply->abort();
        }
    });
    HttpReply::onFinished(reply, context, [done = std::move(done)](const HttpReply &answer) {
        if (answer.isTransportFailure()) {
            qCWarning(lcAuth) << "token endpoint unreachable:" << answer.networkError;
            done(answer.transportError());
            return;
        }
        Result<TokenSet> parsed = TokenResponseParser::parse(answer.status, answer.contentType, answer.body,
                                                             QDateTime::currentDateTimeUtc());
        if (!parsed.ok())
            qCWarning(lcAuth) << "token endpoint refused:" << parsed.error().detail;
        done(std::move(parsed));
    });
}

}  // namespace waveshelf
