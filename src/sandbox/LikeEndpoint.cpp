#include "LikeEndpoint.h"

#include "ApiEndpoint.h"
#include "LikeState.h"
#include "SandboxData.h"
#include "SandboxJson.h"
#include "SandboxRequest.h"

#include <QJsonObject>

namespace waveshelf::sandbox {

LikeEndpoint::LikeEndpoint(const SandboxData &data, const ApiEndpoint &auth, LikeState &likes)
    : m_data(data)
    , m_auth(auth)
    , m_likes(likes)
{
}

SandboxReply LikeEndpoint::handle(const SandboxRequest &request)
{
    const SandboxUser *user = m_auth.authenticate(request);
    if (!user)
        return SandboxReply::apiError(401);
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    const bool like = request.method == "POST";
    if (parts.size() != 3 || (!like && request.method != "DELETE"))
        return SandboxReply::apiError(404);
    const QString &kind = parts.at(1);
    const qint64 id = SandboxJson::idFromUrn(parts.at(2), kind);
    if (id == 0)
        return SandboxReply::apiError(400, QStringLiteral("invalid urn"));
    if (kind == QLatin1String("tracks")) {
        if (!m_data.track(id))
            return SandboxReply::apiError(404, QStringLiteral("track not found"));
        m_likes.setTrackLiked(user->id, id, like);
    } else {
        if (!m_data.playlist(id))
            return SandboxReply::apiError(404, QStringLiteral("playlist not found"));
        m_likes.setPlaylistLiked(user->id, id, like);
    }
    return SandboxReply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("200 - OK")}});
}

}  // namespace waveshelf::sandbox
