#include "PlaylistEndpoint.h"

#include "ApiEndpoint.h"
#include "SandboxData.h"
#include "SandboxJson.h"
#include "SandboxLists.h"
#include "SandboxRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waveshelf::sandbox {

PlaylistEndpoint::PlaylistEndpoint(SandboxData &data, const ApiEndpoint &auth, const LikeState &likes)
    : m_data(data)
    , m_auth(auth)
    , m_likes(likes)
{
}

SandboxReply PlaylistEndpoint::handle(const SandboxRequest &request, const QUrl &baseUrl)
{
    const SandboxUser *user = m_auth.authenticate(request);
    if (!user)
        return SandboxReply::apiError(401);
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() == 1 && request.method == "POST")
        return create(request, *user, baseUrl);
    if (parts.size() != 2)
        return SandboxReply::apiError(404);
    const qint64 id = SandboxJson::idFromUrn(parts.at(1), QStringLiteral("playlists"));
    if (id == 0)
        return SandboxReply::apiError(400, QStringLiteral("invalid urn"));
    const SandboxPlaylist *playlist = m_data.playlist(id);
    if (!playlist || (playlist->sharing == QLatin1String("private") && playlist->userId != user->id))
        return SandboxReply::apiError(404, QStringLiteral("playlist not found"));
    if (request.method == "GET")
        return show(request, *user, id, baseUrl);
    if (playlist->userId != user->id)
        return SandboxReply::apiError(403, QStringLiteral("not your playlist"));
    if (request.method == "PUT")
        return change(request, *user, id, baseUrl);
    if (request.method == "DELETE") {
        m_data.deletePlaylist(id);
        return SandboxReply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("200 - OK")}});
    }
    return SandboxReply::apiError(404);
}

std::optional<SandboxReply> PlaylistEndpoint::readBody(const SandboxRequest &request, Body &body) const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.json, &parseError);
    const QJsonValue fields = document.object().value(QLatin1String("playlist"));
    if (parseError.error != QJsonParseError::NoError || !fields.isObject())
        return SandboxReply::apiError(400, QStringLiteral("expected {\"playlist\": {...}}"));
    const QJsonObject playlist = fields.toObject();
    if (playlist.contains(QLatin1String("title")))
        body.title = playlist.value(QLatin1String("title")).toString();
    if (playlist.contains(QLatin1String("sharing"))) {
        body.sharing = playlist.value(QLatin1String("sharing")).toString();
        if (*body.sharing != QLatin1String("public") && *body.sharing != QLatin1String("private"))
            return SandboxReply::apiError(422, QStringLiteral("sharing must be public or private"));
    }
    if (!playlist.contains(QLatin1String("tracks")))
        return std::nullopt;
    QList<qint64> ids;
    const QJsonArray tracks = playlist.value(QLatin1String("tracks")).toArray();
    for (const QJsonValue entry : tracks) {
        const qint64 id = SandboxJson::idFromUrn(entry.toObject().value(QLatin1String("urn")).toString(),
                                                 QStringLiteral("tracks"));
        if (id == 0)
            return SandboxReply::apiError(400, QStringLiteral("invalid track urn"));
        if (!m_data.track(id))
            return SandboxReply::apiError(404, QStringLiteral("track not found"));
        ids.append(id);
    }
    if (ids.size() > kMaxTracks)
        return SandboxReply::apiError(422, QStringLiteral("a playlist holds at most 500 tracks"));
    body.tracks = ids;
    return std::nullopt;
}

SandboxReply PlaylistEndpoint::create(const SandboxRequest &request, const SandboxUser &user, const QUrl &baseUrl)
{
    Body body;
    if (std::optional<SandboxReply> refusal = readBody(request, body))
        return *refusal;
    if (!body.title || body.title->trimmed().isEmpty())
        return SandboxReply::apiError(422, QStringLiteral("title can't be blank"));
    const qint64 id = m_data.createPlaylist(user.id, body.title->trimmed(),
                                            body.sharing.value_or(QStringLiteral("public")),
                                            body.tracks.value_or(QList<qint64>()));
    return show(request, user, id, baseUrl, 201);
}

SandboxReply PlaylistEndpoint::change(const SandboxRequest &request, const SandboxUser &user, qint64 id,
                                      const QUrl &baseUrl)
{
    Body body;
    if (std::optional<SandboxReply> refusal = readBody(request, body))
        return *refusal;
    if (body.title) {
        if (body.title->trimmed().isEmpty())
            return SandboxReply::apiError(422, QStringLiteral("title can't be blank"));
        m_data.setPlaylistTitle(id, body.title->trimmed());
    }
    if (body.tracks)
        m_data.setPlaylistTracks(id, *body.tracks);
    return show(request, user, id, baseUrl);
}

SandboxReply PlaylistEndpoint::show(const SandboxRequest &request, const SandboxUser &user, qint64 id,
                                    const QUrl &baseUrl, int status) const
{
    const SandboxLists lists(m_data, m_likes, request, baseUrl, user);
    const bool withTracks = request.query.value(QStringLiteral("show_tracks")).toLower() != QLatin1String("false");
    return SandboxReply::json(lists.json().playlist(*m_data.playlist(id), withTracks), status);
}

}  // namespace waveshelf::sandbox
