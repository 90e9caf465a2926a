#include "FollowEndpoint.h"

#include "ApiEndpoint.h"
#include "SandboxData.h"
#include "SandboxJson.h"
#include "SandboxLists.h"
#include "SandboxRequest.h"

#include <QJsonObject>

namespace waveshelf::sandbox {

FollowEndpoint::FollowEndpoint(SandboxData &data, const ApiEndpoint &auth, const LikeState &likes)
    : m_data(data)
    , m_auth(auth)
    , m_likes(likes)
{
}

SandboxReply FollowEndpoint::handle(const SandboxRequest &request, const QUrl &baseUrl)
{
    const SandboxUser *user = m_auth.authenticate(request);
    if (!user)
        return SandboxReply::apiError(401);
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);  // me, followings, urn
    const bool follow = request.method == "PUT";
    if (parts.size() != 3 || (!follow && request.method != "DELETE"))
        return SandboxReply::apiError(404);
    const qint64 id = SandboxJson::idFromUrn(parts.at(2), QStringLiteral("users"));
    if (id == 0)
        return SandboxReply::apiError(400, QStringLiteral("invalid urn"));
    const SandboxUser *followed = m_data.user(id);
    if (!followed)
        return SandboxReply::apiError(404, QStringLiteral("user not found"));
    const SandboxReply ok = SandboxReply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("200 - OK")}});
    if (!follow) {
        m_data.setFollowing(user->id, id, false);
        return ok;
    }
    if (id == user->id)
        return SandboxReply::apiError(422, QStringLiteral("You cannot follow yourself."));
    if (user->followingIds.contains(id))
        return ok;
    if (user->followingIds.size() >= m_data.followLimit())
        return SandboxReply::apiError(422, QStringLiteral("You have reached the maximum number of followings."));
    m_data.setFollowing(user->id, id, true);
    const SandboxLists lists(m_data, m_likes, request, baseUrl, *user);
    return SandboxReply::json(lists.json().user(*followed), 201);
}

}  // namespace waveshelf::sandbox
