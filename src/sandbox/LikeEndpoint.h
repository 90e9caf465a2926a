#pragma once

#include "SandboxReply.h"

namespace waveshelf::sandbox {

class ApiEndpoint;
class LikeState;
class SandboxData;
struct SandboxRequest;

// POST (like) and DELETE (unlike) /likes/tracks/{urn} and /likes/playlists/{urn},
// as SoundCloud answers them: 200 {"status":"200 - OK"} (also when nothing
// changes), 400 for a malformed urn, 401 without a valid OAuth token, 404 for a
// track or playlist that does not exist. Later lists and user_favorite follow.
class LikeEndpoint final {
public:
    LikeEndpoint(const SandboxData &data, const ApiEndpoint &auth, LikeState &likes);

    [[nodiscard]] SandboxReply handle(const SandboxRequest &request);

private:
    const SandboxData &m_data;
    const ApiEndpoint &m_auth;
    LikeState &m_likes;
};

}  // namespace waveshelf::sandbox
