#pragma once

#include "SandboxReply.h"

namespace waveshelf::sandbox {

class GrantStore;
struct Grant;
struct SandboxOptions;
struct SandboxRequest;

// POST /oauth/token: the authorization_code (PKCE S256) and refresh_token grants.
// Codes and refresh tokens are single-use. Reusing a code or an already used refresh
// token answers invalid_grant and revokes the whole grant (every token it issued).
class TokenEndpoint final {
public:
    TokenEndpoint(const SandboxOptions &options, GrantStore &grants);

    [[nodiscard]] SandboxReply handle(const SandboxRequest &request);
    // On (the default, as SoundCloud): a refresh answers a new pair and uses up the
    // old refresh token. Off: it answers an access token only, without refresh_token,
    // and the old refresh token stays valid.
    void setRotateRefreshTokens(bool rotate) { m_rotate = rotate; }

private:
    [[nodiscard]] SandboxReply exchangeCode(const SandboxRequest &request);
    [[nodiscard]] SandboxReply refresh(const SandboxRequest &request);
    [[nodiscard]] SandboxReply tokens(const Grant &grant, bool withRefreshToken = true) const;

    const SandboxOptions &m_options;
    GrantStore &m_grants;
    bool m_rotate = true;
};

}  // namespace waveshelf::sandbox
