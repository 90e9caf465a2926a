#include "AuthorizedGet.h"

#include "PlaybackErrors.h"
#include "common/LogCategories.h"
#include "network/RequestFactory.h"
#include "network/TokenSession.h"

#include <QNetworkAccessManager>

namespace waveshelf {

namespace {

int defaultPort(const QUrl &url)
{
    return url.scheme() == QLatin1String("https") ? 443 : 80;
}

void send(QNetworkAccessManager &network, TokenSession &tokens, const QUrl &url, const QString &token, bool isRetry,
          QObject *context, AuthorizedGet::Done done)
{
    QNetworkRequest request = RequestFactory::withOAuth(url, token, network);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    HttpReply::onFinished(
        network.get(request), context,
        [&network, &tokens, url, token, isRetry, context, done = std::move(done)](const HttpReply &answer) mutable {
            if (answer.status != 401 || isRetry) {
                done(answer);
                return;
            }
            qCInfo(lcPlayer) << "access token rejected by" << url.path() << "- refreshing and replaying";
            tokens.accessToken(
                context,
                [&network, &tokens, url, context, done = std::move(done)](Result<QString> fresh) mutable {
                    if (!fresh.ok()) {
                        done(PlaybackErrors::fromTokenFailure(fresh.error()));
                        return;
                    }
                    send(network, tokens, url, fresh.value(), true, context, std::move(done));
                },
                token);
        });
}

}  // namespace

bool AuthorizedGet::isApiUrl(const QUrl &apiBase, const QUrl &url)
{
    return url.scheme() == apiBase.scheme() && url.host() == apiBase.host()
        && url.port(defaultPort(url)) == apiBase.port(defaultPort(apiBase));
}

void AuthorizedGet::run(QNetworkAccessManager &network, TokenSession &tokens, const QUrl &apiBase, const QUrl &url,
                        QObject *context, Done done)
{
    if (!isApiUrl(apiBase, url)) {
        qCWarning(lcPlayer) << "refusing to send a token to" << url.host();
        done(Error{ErrorKind::Protocol, tr("SoundCloud pointed Waveshelf to another server; the request was not sent."),
                   QStringLiteral("foreign host %1").arg(url.host())});
        return;
    }
    tokens.accessToken(context,
                       [&network, &tokens, url, context, done = std::move(done)](Result<QString> token) mutable {
                           if (!token.ok()) {
                               done(PlaybackErrors::fromTokenFailure(token.error()));
                               return;
                           }
                           send(network, tokens, url, token.value(), false, context, std::move(done));
                       });
}

}  // namespace waveshelf
