#pragma once

#include "ApiEndpoint.h"
#include "ArtworkEndpoint.h"
#include "AuthorizeEndpoint.h"
#include "CdnEndpoint.h"
#include "Fault.h"
#include "FaultInjector.h"
#include "FollowEndpoint.h"
#include "GrantStore.h"
#include "LibraryEndpoint.h"
#include "LikeEndpoint.h"
#include "LikeState.h"
#include "PlaylistEndpoint.h"
#include "SandboxData.h"
#include "SandboxOptions.h"
#include "StreamEndpoint.h"
#include "TokenEndpoint.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;
class QTimer;
QT_END_NAMESPACE

namespace waveshelf::sandbox {

struct SandboxReply;
struct SandboxRequest;

// A SoundCloud simulator on 127.0.0.1: /authorize, /oauth/token, /me, /me/tracks,
// /me/likes/tracks, /me/playlists (ApiEndpoint), a listener's library and search
// (LibraryEndpoint), likes (LikeEndpoint) and /images/…, with a control API for tests.
// Lives on one thread; use SandboxHost to run it beside a client in the same process.
class SandboxServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1:options.port (0: any free port).
    [[nodiscard]] bool listen();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] const SandboxOptions &options() const { return m_options; }

    void setAccessTokenLifetime(int seconds);
    void expireAllAccessTokens();
    // See TokenEndpoint::setRotateRefreshTokens (on by default).
    void setRotateRefreshTokens(bool rotate);
    // Revokes every grant of a sandbox user, as if they disconnected the app.
    void revokeAllGrants(const QString &username);
    // Every user's likes back to the seed library's (undoes POST/DELETE /likes/…).
    void resetLikes();
    // Playlists: back to the seed; another client's write; what one holds now.
    void resetPlaylists() { m_data.resetPlaylists(); }
    void setPlaylistTracks(qint64 id, const QList<qint64> &trackIds) { m_data.setPlaylistTracks(id, trackIds); }
    [[nodiscard]] std::optional<SandboxPlaylist> playlist(qint64 id) const;
    // Followings: back to the seed; the follow limit; whom a user follows now.
    void resetFollowings() { m_data.resetFollowings(); }
    void setFollowLimit(int limit) { m_data.setFollowLimit(limit); }
    [[nodiscard]] QList<qint64> followingIds(qint64 userId) const;
    void injectFault(const Fault &fault);
    void clearFaults();
    // Stream CDN URLs (CdnEndpoint): their lifetime from now on, "expire every URL
    // handed out so far", and the CDN's refusals (an Authorization header; expired).
    void setCdnUrlLifetime(int seconds) { m_cdn.setUrlLifetime(seconds); }
    void expireCdnUrls() { m_cdn.expireIssuedUrls(); }
    [[nodiscard]] int cdnAuthorizationRefusals() const { return m_cdn.authorizationRefusals(); }
    [[nodiscard]] int cdnExpiredRefusals() const { return m_cdn.expiredRefusals(); }

    // Counters include requests answered by a fault.
    [[nodiscard]] int authorizeRequestCount() const { return m_authorizeRequests; }
    // Requests to /oauth/token with that grant_type; an empty grantType counts them all.
    [[nodiscard]] int tokenRequestCount(const QString &grantType = QString()) const;
    [[nodiscard]] int apiRequestCount() const { return m_apiRequests; }
    // Requests to exactly this path (no query), whatever the method.
    [[nodiscard]] int requestCount(const QString &path) const { return m_pathRequests.value(path); }
    // The User-Agent headers of the requests to /cdn/… (which HTTP client fetched
    // the audio), each once, in the order first seen.
    [[nodiscard]] QList<QByteArray> cdnUserAgents() const { return m_cdnUserAgents; }
    // Answers held back by a Slow fault and not yet written (or given up because
    // the client went away). Tests wait for 0 before proving a late answer was ignored.
    [[nodiscard]] int slowAnswersPending() const { return m_slowPending; }
    // Slow answers not written because the client had closed the connection.
    [[nodiscard]] int slowAnswersAbandoned() const { return m_slowAbandoned; }
    // Requests to /images/… (see ArtworkEndpoint); with a path, to exactly that path.
    [[nodiscard]] int artworkRequestCount(const QString &path = QString()) const
    {
        return m_artwork.requestCount(path);
    }
    // Artwork requests refused because they carried an Authorization header.
    [[nodiscard]] int artworkRefusedCount() const { return m_artwork.refusedCount(); }
    // Whether the sandbox user's most recent grant has been revoked.
    [[nodiscard]] bool isGrantRevoked(const QString &username) const;
    void resetCounters();

private:
    enum class Endpoint {
        AuthorizePage,
        AuthorizeSubmit,
        Token,
        Me,
        Tracks,
        LikedTracks,
        Playlists,
        Library,
        Like,
        Playlist,
        Follow,
        Image,
        Streams,
        Cdn
    };
    struct HeldReply;

    void addRoutes();
    void addLibraryRoutes();
    void handle(Endpoint endpoint, const QHttpServerRequest &request, QHttpServerResponder &responder);
    void count(Endpoint endpoint, const SandboxRequest &request);
    [[nodiscard]] SandboxReply answer(Endpoint endpoint, const SandboxRequest &request);
    void answerLater(int delayMs, const QHttpServerRequest &request, QHttpServerResponder &responder,
                     SandboxReply reply);
    void dropConnection(const QHttpServerRequest &request, QHttpServerResponder &responder);
    [[nodiscard]] QList<QObject *> socketRoots() const;

    SandboxOptions m_options;
    SandboxData m_data;
    GrantStore m_grants;
    LikeState m_likes;
    FaultInjector m_faults;
    AuthorizeEndpoint m_authorize;
    TokenEndpoint m_token;
    ApiEndpoint m_api;
    LibraryEndpoint m_library;
    LikeEndpoint m_likeEndpoint;
    PlaylistEndpoint m_playlistEndpoint;
    FollowEndpoint m_followEndpoint;
    ArtworkEndpoint m_artwork;
    CdnEndpoint m_cdn;
    StreamEndpoint m_streams;
    QHttpServer *m_http = nullptr;
    QTcpServer *m_tcp = nullptr;
    std::vector<std::shared_ptr<HeldReply>> m_held;
    int m_authorizeRequests = 0;
    int m_apiRequests = 0;
    QHash<QString, int> m_tokenRequests;
    QHash<QString, int> m_pathRequests;
    QList<QByteArray> m_cdnUserAgents;
    int m_slowPending = 0;
    int m_slowAbandoned = 0;
};

}  // namespace waveshelf::sandbox
