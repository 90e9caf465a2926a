#include "network/EndpointCheck.h"

#include "auth/AuthorizationRequest.h"
#include "common/Delivery.h"
#include "common/LogCategories.h"
#include "config/AppConfig.h"
#include "config/ConfigCheck.h"
#include "network/HttpReply.h"
#include "network/RequestFactory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <utility>

namespace waveshelf {

namespace {

using Outcome = EndpointVerdict::Outcome;

QNetworkRequest checkRequest(const QUrl &url, QNetworkAccessManager &network)
{
    QNetworkRequest request = RequestFactory::make(url, network);
    request.setTransferTimeout(EndpointCheck::kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

// No HTTP answer at all, in plain words.
QString noAnswer(const QString &endpoint, const QUrl &url, const HttpReply &reply)
{
    const QString host = url.authority();
    switch (reply.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return EndpointCheck::tr("The %1 does not answer: nothing listens at %2 (connection refused).")
            .arg(endpoint, host);
    case QNetworkReply::HostNotFoundError:
        return EndpointCheck::tr("The %1 does not answer: the server name %2 is not known.").arg(endpoint, url.host());
    case QNetworkReply::OperationCanceledError:  // what a transfer timeout reports
    case QNetworkReply::TimeoutError:
        return EndpointCheck::tr("The %1 does not answer: %2 said nothing within %n second(s).", nullptr,
                                 EndpointCheck::kTimeoutMs / 1000)
            .arg(endpoint, host);
    case QNetworkReply::SslHandshakeFailedError:
        return EndpointCheck::tr("The %1 does not answer: a secure connection to %2 could not be made.")
            .arg(endpoint, host);
    default:
        return EndpointCheck::tr("The %1 does not answer: %2 could not be reached.").arg(endpoint, host);
    }
}

EndpointVerdict serverError(const QString &endpoint, const HttpReply &reply)
{
    return {Outcome::Fails,
            EndpointCheck::tr("The %1 has a problem on its side (HTTP %2). Try again later, or check "
                              "the address.")
                .arg(endpoint)
                .arg(reply.status)};
}

EndpointVerdict judgeAuthorize(const QUrl &url, const QUrl &redirectUri, const HttpReply &reply,
                               const QNetworkReply &raw)
{
    const QString endpoint = ConfigCheck::fieldName(ConfigField::AuthorizeUrl);
    if (reply.isTransportFailure())
        return {Outcome::Fails, noAnswer(endpoint, url, reply)};
    if (reply.status >= 500)
        return serverError(endpoint, reply);
    if (reply.status >= 300 && reply.status < 400) {
        const QUrl target = url.resolved(raw.header(QNetworkRequest::LocationHeader).toUrl());
        const QString error = QUrlQuery(target).queryItemValue(QStringLiteral("error"));
        const bool backToUs = target.adjusted(QUrl::RemoveQuery) == redirectUri.adjusted(QUrl::RemoveQuery);
        if (backToUs && !error.isEmpty()) {
            return {Outcome::RefusesClient,
                    EndpointCheck::tr("The %1 answers, but refuses this app (“%2”): check the client ID and that "
                                      "the redirect URI is registered for your app exactly as shown.")
                        .arg(endpoint, error.left(60))};
        }
        return {Outcome::Answers,
                EndpointCheck::tr("The %1 answers (it sends the browser on to sign in).").arg(endpoint)};
    }
    if (reply.status == 400 || reply.status == 401 || reply.status == 403) {
        return {Outcome::RefusesClient,
                EndpointCheck::tr("The %1 answers, but refuses this app (HTTP %2): check the client ID and that "
                                  "the redirect URI is registered for your app exactly as shown.")
                    .arg(endpoint)
                    .arg(reply.status)};
    }
    if (reply.status >= 200 && reply.status < 300)
        return {Outcome::Answers, EndpointCheck::tr("The %1 answers (it shows a sign-in page).").arg(endpoint)};
    return {Outcome::Fails,
            EndpointCheck::tr("The %1 has no sign-in page at this address (HTTP %2): check the "
                              "address.")
                .arg(endpoint)
                .arg(reply.status)};
}

EndpointVerdict judgeToken(const QUrl &url, const HttpReply &reply)
{
    const QString endpoint = ConfigCheck::fieldName(ConfigField::TokenUrl);
    if (reply.isTransportFailure())
        return {Outcome::Fails, noAnswer(endpoint, url, reply)};
    if (reply.status >= 500)
        return serverError(endpoint, reply);
    const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
    QString error = json.value(QStringLiteral("error")).toString();
    if (error.isEmpty())  // SoundCloud's older form
        error = json.value(QStringLiteral("error_code")).toString();
    if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client")) {
        return {Outcome::RefusesClient,
                EndpointCheck::tr("The %1 answers, but does not accept this client ID (or client secret): check "
                                  "them on your app's page.")
                    .arg(endpoint)};
    }
    if (reply.status == 429 || error == QLatin1String("rate_limit_exceeded")) {
        return {Outcome::Answers,
                EndpointCheck::tr("The %1 answers, but asks to slow down (too many requests): wait a minute "
                                  "before connecting.")
                    .arg(endpoint)};
    }
    if (reply.status >= 400 && !error.isEmpty()) {
        return {Outcome::Answers,
                EndpointCheck::tr("The %1 answers (it turned down a made-up sign-in code, as it "
                                  "should).")
                    .arg(endpoint)};
    }
    if (!reply.contentType.contains("json")) {
        return {Outcome::Fails,
                EndpointCheck::tr("The %1 answers with a web page instead of SoundCloud's token "
                                  "answer (HTTP %2): check the address.")
                    .arg(endpoint)
                    .arg(reply.status)};
    }
    return {Outcome::Fails,
            EndpointCheck::tr("The %1 gives an answer SoundCloud's token endpoint would not (HTTP "
                              "%2): check the address.")
                .arg(endpoint)
                .arg(reply.status)};
}

// Both answers, whichever comes first; delivered once both are in.
struct Pending {
    explicit Pending(Delivery<EndpointCheckReport> delivery)
        : deliver(std::move(delivery))
    {
    }
    Delivery<EndpointCheckReport> deliver;
    std::optional<EndpointVerdict> authorize;
    std::optional<EndpointVerdict> token;

    void deliverIfComplete()
    {
        if (!authorize || !token)
            return;
        qCInfo(lcConfig) << "endpoint check: authorize" << int(authorize->outcome) << "token" << int(token->outcome);
        deliver(EndpointCheckReport{*authorize, *token});
    }
};

std::optional<ConfigProblem> unusable(const AppConfig &config)
{
    if (config.clientId.isEmpty())
        return ConfigProblem{ConfigField::ClientId, EndpointCheck::tr("Please enter the client ID first.")};
    if (auto problem = ConfigCheck::clientId(config.clientId))
        return problem;
    if (auto problem = ConfigCheck::endpoint(ConfigField::RedirectUri, config.redirectUri))
        return problem;
    if (auto problem = ConfigCheck::endpoint(ConfigField::AuthorizeUrl, config.authorizeUrl))
        return problem;
    return ConfigCheck::endpoint(ConfigField::TokenUrl, config.tokenUrl);
}

}  // namespace

void EndpointCheck::run(QNetworkAccessManager &network, const AppConfig &config, QObject *context,
                        std::function<void(Result<EndpointCheckReport>)> done)
{
    Delivery<EndpointCheckReport> deliver(context, std::move(done));
    if (const std::optional<ConfigProblem> problem = unusable(config)) {
        deliver(Error{ErrorKind::InvalidInput, problem->message, QStringLiteral("endpoint check: unusable config")});
        return;
    }
    auto pending = std::make_shared<Pending>(deliver);

    const AuthorizationRequest attempt = AuthorizationRequest::create(config.authorizeUrl, config.clientId,
                                                                      config.redirectUri);
    QNetworkReply *authorize = network.get(checkRequest(attempt.url, network));
    const QUrl authorizeUrl = config.authorizeUrl;
    const QUrl redirectUri = config.redirectUri;
    QNetworkReply *rawAuthorize = authorize;
    HttpReply::onFinished(authorize, context,
                          [pending, authorizeUrl, redirectUri, rawAuthorize](const HttpReply &reply) {
                              pending->authorize = judgeAuthorize(authorizeUrl, redirectUri, reply, *rawAuthorize);
                              pending->deliverIfComplete();
                          });

    // A made-up code: the answer expected is SoundCloud's JSON error invalid_grant.
    QList<std::pair<QString, QString>> form{
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), QStringLiteral("waveshelf-endpoint-check")},
        {QStringLiteral("redirect_uri"), config.redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("client_id"), config.clientId},
        {QStringLiteral("code_verifier"), QString::fromLatin1(attempt.codeVerifier)},
    };
    if (!config.clientSecret.isEmpty())
        form.append({QStringLiteral("client_secret"), config.clientSecret});
    QByteArray body;
    for (const auto &[key, value] : std::as_const(form))
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    QNetworkRequest tokenRequest = checkRequest(config.tokenUrl, network);
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    tokenRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    QNetworkReply *token = network.post(tokenRequest, body);
    const QUrl tokenUrl = config.tokenUrl;
    HttpReply::onFinished(token, context, [pending, tokenUrl](const HttpReply &reply) {
        pending->token = judgeToken(tokenUrl, reply);
        pending->deliverIfComplete();
    });
}

}  // namespace waveshelf
