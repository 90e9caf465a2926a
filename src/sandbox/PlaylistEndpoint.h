#pragma once

#include "SandboxReply.h"

#include <QList>
#include <QUrl>

#include <optional>

class QJsonObject;

namespace waveshelf::sandbox {

class ApiEndpoint;
class LikeState;
class SandboxData;
struct SandboxRequest;
struct SandboxUser;

// One playlist, as SoundCloud's API serves and changes it:
//   GET    /playlists/{urn}   200 the Playlist (with `tracks` unless show_tracks=false);
//                             404 when missing or someone else's private playlist
//   POST   /playlists         201 the new Playlist; 422 without a title
//   PUT    /playlists/{urn}   200 the Playlist; `title` and `tracks` replace what is
//                             there, fields left out stay; 403 someone else's
//   DELETE /playlists/{urn}   200; 403 someone else's
// with JSON bodies {"playlist": {"title", "sharing", "tracks": [{"urn"}...]}}; 401
// without a valid token, 400 for a malformed body, 404 for a track that does not
// exist, 422 past 500 tracks.
class PlaylistEndpoint final {
public:
    static constexpr int kMaxTracks = 500;

    PlaylistEndpoint(SandboxData &data, const ApiEndpoint &auth, const LikeState &likes);

    [[nodiscard]] SandboxReply handle(const SandboxRequest &request, const QUrl &baseUrl);

private:
    struct Body {
        std::optional<QString> title;
        std::optional<QString> sharing;
        std::optional<QList<qint64>> tracks;
    };
    // The request's playlist fields, or the error to answer with.
    [[nodiscard]] std::optional<SandboxReply> readBody(const SandboxRequest &request, Body &body) const;
    [[nodiscard]] SandboxReply create(const SandboxRequest &request, const SandboxUser &user, const QUrl &baseUrl);
    [[nodiscard]] SandboxReply change(const SandboxRequest &request, const SandboxUser &user, qint64 id,
                                      const QUrl &baseUrl);
    [[nodiscard]] SandboxReply show(const SandboxRequest &request, const SandboxUser &user, qint64 id,
                                    const QUrl &baseUrl, int status = 200) const;

    SandboxData &m_data;
    const ApiEndpoint &m_auth;
    const LikeState &m_likes;
};

}  // namespace waveshelf::sandbox
