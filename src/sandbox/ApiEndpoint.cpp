#include "ApiEndpoint.h"

#include "GrantStore.h"
#include "Paginator.h"
#include "SandboxData.h"
#include "SandboxJson.h"
#include "SandboxRequest.h"

namespace waveshelf::sandbox {

namespace {

SandboxReply unauthorized()
{
    return SandboxReply::apiError(401);
}

QStringList accessFilter(const SandboxRequest &request, const QStringList &fallback)
{
    static const QStringList known{QStringLiteral("playable"), QStringLiteral("preview"), QStringLiteral("blocked")};
    QStringList wanted;
    const QStringList parts = request.query.value(QStringLiteral("access")).split(u',');
    for (const QString &part : parts) {
        const QString level = part.trimmed().toLower();
        if (known.contains(level) && !wanted.contains(level))
            wanted.append(level);
    }
    return wanted.isEmpty() ? fallback : wanted;
}

}  // namespace

ApiEndpoint::ApiEndpoint(const SandboxData &data, const GrantStore &grants)
    : m_data(data)
    , m_grants(grants)
{
}

const SandboxUser *ApiEndpoint::authenticate(const SandboxRequest &request) const
{
    const QByteArray header = request.authorization.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).toLower() != "oauth")
        return nullptr;
    const QString token = QString::fromUtf8(header.mid(space + 1).trimmed());
    const Grant *grant = m_grants.grantForAccessToken(token);
    return grant ? m_data.userByUsername(grant->username) : nullptr;
}

SandboxReply ApiEndpoint::handle(Resource resource, const SandboxRequest &request, const QUrl &baseUrl) const
{
    const SandboxUser *user = authenticate(request);
    if (!user)
        return unauthorized();
    switch (resource) {
    case Resource::Me:
        return SandboxReply::json(SandboxJson(m_data, baseUrl).me(*user));
    case Resource::Tracks:
        return trackList(user->trackIds, request, baseUrl, {QStringLiteral("playable"), QStringLiteral("preview")});
    case Resource::LikedTracks:
        return trackList(user->likedTrackIds, request, baseUrl,
                         {QStringLiteral("playable"), QStringLiteral("preview"), QStringLiteral("blocked")});
    case Resource::Playlists:
        return playlists(*user, request, baseUrl);
    }
    return SandboxReply::apiError(404);
}

SandboxReply ApiEndpoint::trackList(const QList<qint64> &ids, const SandboxRequest &request, const QUrl &baseUrl,
                                    const QStringList &defaultAccess) const
{
    const QStringList access = accessFilter(request, defaultAccess);
    QList<const SandboxTrack *> tracks;
    tracks.reserve(ids.size());
    for (const qint64 id : ids) {
        const SandboxTrack *track = m_data.track(id);
        if (track && access.contains(track->access))
            tracks.append(track);
    }
    const SandboxJson json(m_data, baseUrl);
    return Paginator::page(request, baseUrl, tracks.size(),
                           [&](qsizetype index) { return json.track(*tracks.at(index)); });
}

SandboxReply ApiEndpoint::playlists(const SandboxUser &user, const SandboxRequest &request, const QUrl &baseUrl) const
{
    const bool withTracks = request.query.value(QStringLiteral("show_tracks")).toLower() != QStringLiteral("false");
    const SandboxJson json(m_data, baseUrl);
    return Paginator::page(request, baseUrl, user.playlistIds.size(), [&](qsizetype index) {
        const SandboxPlaylist *playlist = m_data.playlist(user.playlistIds.at(index));
        return playlist ? json.playlist(*playlist, withTracks) : QJsonObject();
    });
}

}  // namespace waveshelf::sandbox
