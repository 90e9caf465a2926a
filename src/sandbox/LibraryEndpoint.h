#pragma once

#include "SandboxReply.h"

#include <QStringList>
#include <QUrl>

namespace waveshelf::sandbox {

class ApiEndpoint;
class LikeState;
class SandboxData;
class SandboxLists;
struct SandboxRequest;
struct SandboxUser;

// A listener's library, read-only (GET), each list paged like SoundCloud's:
//   /me/feed/tracks             activities {type, created_at, origin}, cursor
//   /me/recently-played/tracks  at most 25 tracks, never paged, `limit` ignored
//   /me/likes/playlists         cursor
//   /me/followings              users, offset
//   /playlists/{urn}/tracks     cursor (404 for an unknown playlist)
//   /tracks/{urn}/related       offset; the same genre (the same artist's without one)
//   /users/{urn}, /users/{urn}/tracks, /users/{urn}/playlists
//   /tracks?q=, /users?q=, /playlists?q=   searches, offset; case-insensitive on
//                               title, username, genre (tracks), username and
//                               full name (users), title and owner (playlists)
// Authenticated as ApiEndpoint does (401 without an OAuth header).
class LibraryEndpoint final {
public:
    static constexpr int kRelatedMax = 50;

    LibraryEndpoint(const SandboxData &data, const ApiEndpoint &auth, const LikeState &likes);

    [[nodiscard]] SandboxReply handle(const SandboxRequest &request, const QUrl &baseUrl) const;

private:
    [[nodiscard]] SandboxReply me(const QStringList &parts, const SandboxUser &user, const SandboxLists &lists) const;
    [[nodiscard]] SandboxReply ofUser(const QStringList &parts, const SandboxLists &lists) const;
    [[nodiscard]] SandboxReply playlistTracks(const QString &urn, const SandboxLists &lists) const;
    // /tracks/{urn}/related: up to kRelatedMax of the same genre, offset-paged.
    [[nodiscard]] SandboxReply related(const QString &urn, const SandboxLists &lists) const;
    [[nodiscard]] SandboxReply search(const QString &what, const QString &words, const SandboxLists &lists) const;

    const SandboxData &m_data;
    const ApiEndpoint &m_auth;
    const LikeState &m_likes;
};

}  // namespace waveshelf::sandbox
