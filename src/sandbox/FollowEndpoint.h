#pragma once

#include "SandboxReply.h"

#include <QUrl>

namespace waveshelf::sandbox {

class ApiEndpoint;
class LikeState;
class SandboxData;
struct SandboxRequest;

// PUT (follow) and DELETE (unfollow) /me/followings/{urn}, as SoundCloud's spec
// has them: PUT 201 with the User followed (200 {"status"} when followed
// already), 422 with a `message` for oneself or past the follow limit
// (SandboxData::followLimit); DELETE 200 {"status"}; 400 for a malformed urn,
// 401 without a valid token, 404 for a user that does not exist. /me/followings
// and followings_count follow.
class FollowEndpoint final {
public:
    FollowEndpoint(SandboxData &data, const ApiEndpoint &auth, const LikeState &likes);

    [[nodiscard]] SandboxReply handle(const SandboxRequest &request, const QUrl &baseUrl);

private:
    SandboxData &m_data;
    const ApiEndpoint &m_auth;
    const LikeState &m_likes;
};

}  // namespace waveshelf::sandbox
