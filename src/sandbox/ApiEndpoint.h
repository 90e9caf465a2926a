#pragma once

#include "SandboxReply.h"

#include <QStringList>
#include <QUrl>

namespace waveshelf::sandbox {

class GrantStore;
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

    ApiEndpoint(const SandboxData &data, const GrantStore &grants);

    [[nodiscard]] SandboxReply handle(Resource resource, const SandboxRequest &request, const QUrl &baseUrl) const;
    // The user whose valid access token the request carries, or nullptr.
    [[nodiscard]] const SandboxUser *authenticate(const SandboxRequest &request) const;

private:
    [[nodiscard]] SandboxReply trackList(const QList<qint64> &ids, const SandboxRequest &request, const QUrl &baseUrl,
                                         const QStringList &defaultAccess) const;
    [[nodiscard]] SandboxReply playlists(const SandboxUser &user, const SandboxRequest &request,
                                         const QUrl &baseUrl) const;

    const SandboxData &m_data;
    const GrantStore &m_grants;
};

}  // namespace waveshelf::sandbox
