#include "StreamResolver.h"

#include "AuthorizedGet.h"
#include "PlaybackErrors.h"
#include "common/LogCategories.h"
#include "network/HttpReply.h"
#include "network/RemoteUrl.h"
#include "soundcloud/ApiJson.h"
#include "soundcloud/Track.h"

namespace waveshelf {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString quoted(const Track &track)
{
    return PlaybackErrors::quoted(track);
}

}  // namespace

StreamResolver::StreamResolver(QNetworkAccessManager &network, TokenSession &tokens, const QUrl &apiBase,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_apiBase(apiBase)
{
}

QUrl StreamResolver::streamsUrl(const QString &trackUrn) const
{
    QUrl url = m_apiBase;
    QString basePath = m_apiBase.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/tracks/") + trackUrn + QStringLiteral("/streams"));
    return url;
}

Error StreamResolver::refusal(const Track &track, const HttpReply &answer)
{
    if (answer.isTransportFailure())
        return answer.transportError();
    const QString detail = QStringLiteral("HTTP %1").arg(answer.status);
    if (answer.status == 404)
        return Error{ErrorKind::NotFound, tr("SoundCloud no longer has “%1”.").arg(quoted(track)), detail};
    if (answer.status == 403) {
        return Error{ErrorKind::AccessDenied, tr("SoundCloud does not allow “%1” to be played.").arg(quoted(track)),
                     detail};
    }
    if (answer.status == 401) {
        // Rejected even with a freshly refreshed token: a passing 401 spell.
        return Error{ErrorKind::Unreachable, tr("SoundCloud did not accept the request right now; try again."),
                     QStringLiteral("HTTP 401 after refresh")};
    }
    return ApiJson::classifyFailure(answer.status, answer.contentType, answer.body);
}

void StreamResolver::resolve(const Track &track, QObject *context, Done done)
{
    if (track.isBlocked()) {
        done(PlaybackErrors::blocked(track));
        return;
    }
    ++m_resolutions;
    AuthorizedGet::run(
        m_network, m_tokens, m_apiBase, streamsUrl(track.urn), context,
        [this, track, context, done = std::move(done)](Result<HttpReply> answer) mutable {
            if (!answer.ok()) {
                done(answer.error());
                return;
            }
            if (answer.value().status != 200) {
                done(refusal(track, answer.value()));
                return;
            }
            const Result<StreamUrls> urls = StreamUrls::parse(answer.value().body);
            if (!urls.ok()) {
                done(urls.error());
                return;
            }
            const std::optional<StreamChoice> choice = urls.value().choose(track);
            if (!choice) {
                done(Error{ErrorKind::AccessDenied,
                           tr("SoundCloud offers no stream of “%1” that Waveshelf can play.").arg(quoted(track)),
                           QStringLiteral("no AAC HLS or preview URL")});
                return;
            }
            followToCdn(track, *choice, context, std::move(done));
        });
}

void StreamResolver::followToCdn(const Track &track, const StreamChoice &choice, QObject *context, Done done)
{
    AuthorizedGet::run(
        m_network, m_tokens, m_apiBase, choice.url, context,
        [track, choice, done = std::move(done)](Result<HttpReply> answer) {
            if (!answer.ok()) {
                done(answer.error());
                return;
            }
            const HttpReply &reply = answer.value();
            if (!isRedirect(reply.status)) {
                done(reply.status >= 200 && reply.status < 300
                         ? Error{ErrorKind::Protocol,
                                 tr("SoundCloud sent the stream of “%1” in a way Waveshelf cannot play.")
                                     .arg(quoted(track)),
                                 QStringLiteral("HTTP %1 without a redirect").arg(reply.status)}
                         : refusal(track, reply));
                return;
            }
            const QUrl cdn = choice.url.resolved(QUrl::fromEncoded(reply.location));
            if (reply.location.isEmpty() || !cdn.isValid() || cdn.host().isEmpty()) {
                done(Error{ErrorKind::Protocol,
                           tr("SoundCloud sent the stream of “%1” in a way Waveshelf cannot play.").arg(quoted(track)),
                           QStringLiteral("redirect without a usable Location")});
                return;
            }
            // GStreamer opens whatever it is given: https (or the sandbox on this computer) only.
            if (!RemoteUrl::isAcceptable(cdn)) {
                qCWarning(lcPlayer) << "refusing the stream redirect of" << track.urn << "to" << cdn.scheme()
                                    << cdn.host();
                done(Error{ErrorKind::Protocol,
                           tr("SoundCloud sent the stream of “%1” to an address Waveshelf does not play from.")
                               .arg(quoted(track)),
                           QStringLiteral("redirect to a refused URL (scheme %1)").arg(cdn.scheme())});
                return;
            }
            qCDebug(lcPlayer) << "stream of" << track.urn << "resolved to" << cdn.host() << cdn.path();
            done(ResolvedStream{cdn, choice.kind});
        });
}

}  // namespace waveshelf
