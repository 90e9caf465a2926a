#include "network/ApiClient.h"

#include "common/LogCategories.h"
#include "network/HttpReply.h"
#include "network/RequestFactory.h"
#include "network/TokenSession.h"
#include "soundcloud/ApiJson.h"
#include "soundcloud/LibraryList.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace waveshelf {

namespace {

Result<QByteArray> bodyOrError(const HttpReply &answer)
{
    if (answer.isTransportFailure())
        return answer.transportError();
    if (answer.status >= 200 && answer.status < 300)
        return answer.body;
    return ApiJson::classifyFailure(answer.status, answer.contentType, answer.body);
}

// "/me" under the API base, keeping a path the base may have ("https://host/api").
QUrl endpoint(const QUrl &apiBase, const QString &path)
{
    QUrl url = apiBase;
    QString basePath = apiBase.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QUrl resolve(const QUrl &apiBase, const QUrl &url)
{
    if (!url.isRelative())
        return url;
    QUrl target = endpoint(apiBase, url.path());
    target.setQuery(url.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return target;
}

}  // namespace

ApiClient::ApiClient(QNetworkAccessManager &network, TokenSession &session, const QUrl &apiBase, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_session(session)
    , m_apiBase(apiBase)
{
}

QUrl ApiClient::listUrl(const QString &path, int limit) const
{
    QUrl url = endpoint(m_apiBase, path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("linked_partitioning"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    query.addQueryItem(QStringLiteral("access"), QStringLiteral("playable,preview,blocked"));
    url.setQuery(query);
    return url;
}

QUrl ApiClient::firstPage(const LibraryList &list, int limit) const
{
    QUrl url = endpoint(m_apiBase, list.path());
    QUrlQuery query;
    if (!list.searchQuery().isEmpty())
        query.addQueryItem(QStringLiteral("q"), list.searchQuery());
    if (list.isPaged()) {
        query.addQueryItem(QStringLiteral("linked_partitioning"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    }
    query.addQueryItem(QStringLiteral("access"), QStringLiteral("playable,preview,blocked"));
    url.setQuery(query);
    return url;
}

bool ApiClient::isApiUrl(const QUrl &url) const
{
    return url.scheme() == m_apiBase.scheme() && url.host() == m_apiBase.host()
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == m_apiBase.port(m_apiBase.scheme() == QLatin1String("https") ? 443 : 80);
}

void ApiClient::get(const QUrl &url, QObject *context, Callback<QByteArray> done)
{
    request({QByteArrayLiteral("GET"), url, {}}, context, std::move(done));
}

void ApiClient::post(const QUrl &url, QObject *context, Callback<QByteArray> done)
{
    request({QByteArrayLiteral("POST"), url, {}}, context, std::move(done));
}

void ApiClient::put(const QUrl &url, QObject *context, Callback<QByteArray> done)
{
    request({QByteArrayLiteral("PUT"), url, {}}, context, std::move(done));
}

void ApiClient::deleteResource(const QUrl &url, QObject *context, Callback<QByteArray> done)
{
    request({QByteArrayLiteral("DELETE"), url, {}}, context, std::move(done));
}

void ApiClient::postJson(const QUrl &url, const QByteArray &json, QObject *context, Callback<QByteArray> done)
{
    request({QByteArrayLiteral("POST"), url, json}, context, std::move(done));
}

void ApiClient::putJson(const QUrl &url, const QByteArray &json, QObject *context, Callback<QByteArray> done)
{
    request({QByteArrayLiteral("PUT"), url, json}, context, std::move(done));
}

void ApiClient::request(Outgoing outgoing, QObject *context, Callback<QByteArray> done)
{
    const QUrl target = resolve(m_apiBase, outgoing.url);
    if (!isApiUrl(target)) {
        // A next_href pointing elsewhere must never receive the user's token.
        qCWarning(lcApi) << "refusing to send a token to" << target.host();
        done(Error{ErrorKind::Protocol,
                   QCoreApplication::translate(
                       "ApiClient", "SoundCloud pointed Waveshelf to another server; the request was not sent."),
                   QStringLiteral("foreign host %1").arg(target.host())});
        return;
    }
    outgoing.url = target;
    m_session.accessToken(
        context,
        [this, outgoing = std::move(outgoing), context, done = std::move(done)](Result<QString> token) mutable {
            if (!token.ok()) {
                done(token.error());
                return;
            }
            send(outgoing, token.value(), false, context, std::move(done));
        });
}

void ApiClient::send(const Outgoing &outgoing, const QString &token, bool isRetry, QObject *context,
                     Callback<QByteArray> done)
{
    QNetworkRequest request = RequestFactory::withOAuth(outgoing.url, token, m_network);
    if (!outgoing.json.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = outgoing.verb == "GET" ? m_network.get(request)
                                                  : m_network.sendCustomRequest(request, outgoing.verb, outgoing.json);
    const QUrl url = outgoing.url;
    HttpReply::onFinished(
        reply, context,
        [this, outgoing, url, token, isRetry, context, done = std::move(done)](const HttpReply &answer) mutable {
            if (answer.status == 401 && !isRetry) {
                qCInfo(lcApi) << "access token rejected by" << outgoing.verb << url.path()
                              << "- refreshing and replaying";
                m_session.accessToken(
                    context,
                    [this, outgoing, context, done = std::move(done)](Result<QString> fresh) mutable {
                        if (!fresh.ok()) {
                            done(fresh.error());
                            return;
                        }
                        send(outgoing, fresh.value(), true, context, std::move(done));
                    },
                    token);
                return;
            }
            if (answer.status == 401) {
                // Rejected even with a freshly refreshed token: SoundCloud has brief
                // 401 spells; keep the connection and let the user try again.
                done(Error{ErrorKind::Unreachable,
                           QCoreApplication::translate("ApiClient",
                                                       "SoundCloud did not accept the request right now; try again."),
                           QStringLiteral("HTTP 401 after refresh")});
                return;
            }
            Result<QByteArray> result = bodyOrError(answer);
            if (!result.ok())
                qCWarning(lcApi) << url.path() << "failed:" << result.error().detail;
            done(std::move(result));
        });
}

void ApiClient::fetchMe(QObject *context, Callback<SoundCloudAccount> done)
{
    get(QUrl(QStringLiteral("/me")), context, [done = std::move(done)](Result<QByteArray> body) {
        done(body.ok() ? ApiJson::parseMe(body.value()) : Result<SoundCloudAccount>(body.error()));
    });
}

void ApiClient::fetchMeWithToken(QNetworkAccessManager &network, const QUrl &apiBase, const QString &accessToken,
                                 QObject *context, Callback<SoundCloudAccount> done)
{
    const QUrl url = endpoint(apiBase, QStringLiteral("/me"));
    HttpReply::onFinished(
        network.get(RequestFactory::withOAuth(url, accessToken, network)), context,
        [done = std::move(done)](const HttpReply &answer) {
            if (answer.status == 401) {
                // A token minted a moment ago: a passing 401 spell, not a lost grant.
                done(Error{ErrorKind::Unreachable,
                           QCoreApplication::translate("ApiClient",
                                                       "SoundCloud did not accept the request right now; try again."),
                           QStringLiteral("HTTP 401 on /me right after the exchange")});
                return;
            }
            const Result<QByteArray> body = bodyOrError(answer);
            done(body.ok() ? ApiJson::parseMe(body.value()) : Result<SoundCloudAccount>(body.error()));
        });
}

}  // namespace waveshelf
