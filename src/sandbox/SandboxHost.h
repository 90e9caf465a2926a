#pragma once

#include "Fault.h"
#include "SandboxData.h"
#include "SandboxOptions.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace waveshelf::sandbox {

class SandboxServer;

// Runs a SandboxServer on a thread of its own, so a client in the same process (a
// test) is never blocked by a slow or dropped answer. Every call is thread-safe: it
// runs on the sandbox thread and waits for it. Stops and joins in the destructor.
// Not for use from the sandbox thread itself.
class SandboxHost final {
public:
    SandboxHost();
    ~SandboxHost();
    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;
    SandboxHost(SandboxHost &&) = delete;
    SandboxHost &operator=(SandboxHost &&) = delete;

    // Starts the thread and blocks until the server listens. False if it cannot.
    [[nodiscard]] bool start(const SandboxOptions &options = SandboxOptions());
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QUrl authorizeUrl() const;
    [[nodiscard]] QUrl tokenUrl() const;

    void setAccessTokenLifetime(int seconds);
    void expireAllAccessTokens();
    void setRotateRefreshTokens(bool rotate);
    void revokeAllGrants(const QString &username);
    void resetLikes();
    // Playlists: back to the seed; another client's write (as from SoundCloud's
    // site while the app shows the playlist); what one holds now (nullopt: none).
    void resetPlaylists();
    void setPlaylistTracks(qint64 id, const QList<qint64> &trackIds);
    [[nodiscard]] std::optional<SandboxPlaylist> playlist(qint64 id) const;
    // Followings: back to the seed (and the limit); the follow limit; whom a user follows now.
    void resetFollowings();
    void setFollowLimit(int limit);
    [[nodiscard]] QList<qint64> followingIds(qint64 userId) const;
    void injectFault(const Fault &fault);
    void clearFaults();
    // See SandboxServer: stream CDN URL lifetime, expiry now, refusals.
    void setCdnUrlLifetime(int seconds);
    void expireCdnUrls();
    [[nodiscard]] int cdnAuthorizationRefusals() const;
    [[nodiscard]] int cdnExpiredRefusals() const;

    [[nodiscard]] int authorizeRequestCount() const;
    [[nodiscard]] int tokenRequestCount(const QString &grantType = QString()) const;
    [[nodiscard]] int apiRequestCount() const;
    [[nodiscard]] int requestCount(const QString &path) const;
    [[nodiscard]] QList<QByteArray> cdnUserAgents() const;
    [[nodiscard]] int slowAnswersPending() const;
    [[nodiscard]] int slowAnswersAbandoned() const;
    // See SandboxServer::artworkRequestCount / artworkRefusedCount.
    [[nodiscard]] int artworkRequestCount(const QString &path = QString()) const;
    [[nodiscard]] int artworkRefusedCount() const;
    [[nodiscard]] bool isGrantRevoked(const QString &username) const;
    void resetCounters();

private:
    void run(const std::function<void(SandboxServer &)> &call) const;
    void stop();

    std::unique_ptr<QThread> m_thread;
    SandboxServer *m_server = nullptr;  // lives on m_thread
    QUrl m_baseUrl;
};

}  // namespace waveshelf::sandbox
