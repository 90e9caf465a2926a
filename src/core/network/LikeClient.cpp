#include "network/LikeClient.h"

#include "common/LogCategories.h"
#include "network/ApiClient.h"

#include <QRegularExpression>
#include <QUrl>

namespace waveshelf {

LikeClient::LikeClient(ApiClient &api)
    : m_api(api)
{
}

void LikeClient::setTrackLiked(const QString &trackUrn, bool liked, QObject *context, Callback done)
{
    send(Kind::Track, trackUrn, liked, context, std::move(done));
}

void LikeClient::setPlaylistLiked(const QString &playlistUrn, bool liked, QObject *context, Callback done)
{
    send(Kind::Playlist, playlistUrn, liked, context, std::move(done));
}

void LikeClient::send(Kind kind, const QString &urn, bool liked, QObject *context, Callback done)
{
    const QString collection = kind == Kind::Track ? QStringLiteral("tracks") : QStringLiteral("playlists");
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,19}$"));
    const QString prefix = QStringLiteral("soundcloud:") + collection + u':';
    if (!urn.startsWith(prefix) || !digits.match(QStringView(urn).mid(prefix.size())).hasMatch()) {
        done(Error{ErrorKind::InvalidInput,
                   kind == Kind::Track ? tr("This is not a SoundCloud track.")
                                       : tr("This is not a SoundCloud playlist."),
                   QStringLiteral("not a %1 urn").arg(collection)});
        return;
    }
    const QUrl url(QStringLiteral("/likes/%1/%2").arg(collection, urn));
    auto answer = [kind, liked, done = std::move(done)](Result<QByteArray> body) {
        if (!body.ok()) {
            qCInfo(lcApi) << (liked ? "like" : "unlike") << "refused:" << body.error().detail;
            done(refusal(kind, liked, body.error()));
            return;
        }
        done(Result<void>());
    };
    if (liked)
        m_api.post(url, context, std::move(answer));
    else
        m_api.deleteResource(url, context, std::move(answer));
}

Error LikeClient::refusal(Kind kind, bool liked, const Error &cause)
{
    if (cause.kind == ErrorKind::NotFound) {
        return Error{ErrorKind::NotFound,
                     kind == Kind::Track ? tr("SoundCloud no longer has this track, so the like was not changed.")
                                         : tr("SoundCloud no longer has this playlist, so the like was not changed."),
                     cause.detail};
    }
    const QString what = liked ? tr("SoundCloud did not save your like.") : tr("SoundCloud did not remove your like.");
    return Error{cause.kind, what + u' ' + cause.message, cause.detail, cause.retryAt};
}

}  // namespace waveshelf
