#pragma once

#include "SandboxReply.h"

#include <QUrl>

namespace waveshelf::sandbox {

class GrantStore;
class LikeState;
class SandboxData;
struct SandboxRequest;
struct SandboxUser;

// The /me API. Every call needs "Authorization: OAuth <access token>"; a Bearer
// scheme, no header, an unknown, expired or revoked token get SoundCloud's 401.
class ApiEndpoint final {
public:
    enum class Resource {
        Me,
        Tracks,
        LikedTracks,
        Playlists
    };

    ApiEndpoint(const SandboxData &data, const GrantStore &grants, const LikeState &likes);

    [[nodiscard]] SandboxReply handle(Resource resource, const SandboxRequest &request, const QUrl &baseUrl) const;
    // The user whose token the request carries in an OAuth header, or nullptr.
    // The other API endpoints (LibraryEndpoint, LikeEndpoint) check with it too.
    [[nodiscard]] const SandboxUser *authenticate(const SandboxRequest &request) const;

private:
    const SandboxData &m_data;
    const GrantStore &m_grants;
    const LikeState &m_likes;
};

}  // namespace waveshelf::sandbox
