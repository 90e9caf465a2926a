#include "ApiEndpoint.h"

#include "GrantStore.h"
#include "LikeState.h"
#include "SandboxData.h"
#include "SandboxJson.h"
#include "SandboxLists.h"
#include "SandboxRequest.h"

namespace waveshelf::sandbox {

ApiEndpoint::ApiEndpoint(const SandboxData &data, const GrantStore &grants, const LikeState &likes)
    : m_data(data)
    , m_grants(grants)
    , m_likes(likes)
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
        return SandboxReply::apiError(401);
    const SandboxLists lists(m_data, m_likes, request, baseUrl, *user);
    switch (resource) {
    case Resource::Me: {
        QJsonObject me = lists.json().me(*user);
        const int likes = static_cast<int>(m_likes.likedTracks(user->id).size());  // as liked now
        me.insert(QStringLiteral("likes_count"), likes);
        me.insert(QStringLiteral("public_favorites_count"), likes);
        return SandboxReply::json(me);
    }
    case Resource::Tracks:
        return lists.tracks(user->trackIds, SandboxLists::listedAccess());
    case Resource::LikedTracks:
        return lists.tracks(m_likes.likedTracks(user->id), SandboxLists::allAccess());
    case Resource::Playlists:
        return lists.playlists(user->playlistIds);
    }
    return SandboxReply::apiError(404);
}

}  // namespace waveshelf::sandbox
