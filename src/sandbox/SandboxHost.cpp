#include "SandboxHost.h"

#include "SandboxServer.h"

#include <QMetaObject>
#include <QThread>

namespace waveshelf::sandbox {

SandboxHost::SandboxHost() = default;

SandboxHost::~SandboxHost()
{
    stop();
}

bool SandboxHost::start(const SandboxOptions &options)
{
    if (m_thread)
        return false;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("waveshelf-sandbox"));
    auto *server = new SandboxServer(options);
    server->moveToThread(m_thread.get());
    QObject::connect(m_thread.get(), &QThread::finished, server, &QObject::deleteLater);
    m_server = server;
    m_thread->start();

    bool listening = false;
    run([&listening, this](SandboxServer &running) {
        listening = running.listen();
        m_baseUrl = running.baseUrl();
    });
    if (!listening)
        stop();
    return listening;
}

void SandboxHost::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();  // the server is deleted as the thread finishes
    m_thread.reset();
    m_server = nullptr;
}

void SandboxHost::run(const std::function<void(SandboxServer &)> &call) const
{
    if (!m_server)
        return;
    SandboxServer *server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &call] { call(*server); }, Qt::BlockingQueuedConnection);
}

QUrl SandboxHost::baseUrl() const
{
    return m_baseUrl;
}

QUrl SandboxHost::authorizeUrl() const
{
    return m_baseUrl.resolved(QUrl(QStringLiteral("/authorize")));
}

QUrl SandboxHost::tokenUrl() const
{
    return m_baseUrl.resolved(QUrl(QStringLiteral("/oauth/token")));
}

void SandboxHost::setAccessTokenLifetime(int seconds)
{
    run([seconds](SandboxServer &server) { server.setAccessTokenLifetime(seconds); });
}

void SandboxHost::expireAllAccessTokens()
{
    run([](SandboxServer &server) { server.expireAllAccessTokens(); });
}

void SandboxHost::setRotateRefreshTokens(bool rotate)
{
    run([rotate](SandboxServer &server) { server.setRotateRefreshTokens(rotate); });
}

void SandboxHost::revokeAllGrants(const QString &username)
{
    run([&username](SandboxServer &server) { server.revokeAllGrants(username); });
}

void SandboxHost::resetLikes()
{
    run([](SandboxServer &server) { server.resetLikes(); });
}

void SandboxHost::resetPlaylists()
{
    run([](SandboxServer &server) { server.resetPlaylists(); });
}

void SandboxHost::setPlaylistTracks(qint64 id, const QList<qint64> &trackIds)
{
    run([id, &trackIds](SandboxServer &server) { server.setPlaylistTracks(id, trackIds); });
}

std::optional<SandboxPlaylist> SandboxHost::playlist(qint64 id) const
{
    std::optional<SandboxPlaylist> result;
    run([id, &result](SandboxServer &server) { result = server.playlist(id); });
    return result;
}

void SandboxHost::resetFollowings()
{
    run([](SandboxServer &server) { server.resetFollowings(); });
}

void SandboxHost::setFollowLimit(int limit)
{
    run([limit](SandboxServer &server) { server.setFollowLimit(limit); });
}

QList<qint64> SandboxHost::followingIds(qint64 userId) const
{
    QList<qint64> result;
    run([userId, &result](SandboxServer &server) { result = server.followingIds(userId); });
    return result;
}

void SandboxHost::injectFault(const Fault &fault)
{
    run([&fault](SandboxServer &server) { server.injectFault(fault); });
}

void SandboxHost::clearFaults()
{
    run([](SandboxServer &server) { server.clearFaults(); });
}

int SandboxHost::authorizeRequestCount() const
{
    int result = 0;
    run([&result](SandboxServer &server) { result = server.authorizeRequestCount(); });
    return result;
}

int SandboxHost::tokenRequestCount(const QString &grantType) const
{
    int result = 0;
    run([&result, &grantType](SandboxServer &server) { result = server.tokenRequestCount(grantType); });
    return result;
}

int SandboxHost::apiRequestCount() const
{
    int result = 0;
    run([&result](SandboxServer &server) { result = server.apiRequestCount(); });
    return result;
}

int SandboxHost::requestCount(const QString &path) const
{
    int result = 0;
    run([&result, &path](SandboxServer &server) { result = server.requestCount(path); });
    return result;
}

QList<QByteArray> SandboxHost::cdnUserAgents() const
{
    QList<QByteArray> result;
    run([&result](SandboxServer &server) { result = server.cdnUserAgents(); });
    return result;
}

int SandboxHost::slowAnswersPending() const
{
    int result = 0;
    run([&result](SandboxServer &server) { result = server.slowAnswersPending(); });
    return result;
}

int SandboxHost::slowAnswersAbandoned() const
{
    int result = 0;
    run([&result](SandboxServer &server) { result = server.slowAnswersAbandoned(); });
    return result;
}

int SandboxHost::artworkRequestCount(const QString &path) const
{
    int result = 0;
    run([&result, &path](SandboxServer &server) { result = server.artworkRequestCount(path); });
    return result;
}

int SandboxHost::artworkRefusedCount() const
{
    int result = 0;
    run([&result](SandboxServer &server) { result = server.artworkRefusedCount(); });
    return result;
}

bool SandboxHost::isGrantRevoked(const QString &username) const
{
    bool result = false;
    run([&result, &username](SandboxServer &server) { result = server.isGrantRevoked(username); });
    return result;
}

void SandboxHost::resetCounters()
{
    run([](SandboxServer &server) { server.resetCounters(); });
}

void SandboxHost::setCdnUrlLifetime(int seconds)
{
    run([seconds](SandboxServer &server) { server.setCdnUrlLifetime(seconds); });
}

void SandboxHost::expireCdnUrls()
{
    run([](SandboxServer &server) { server.expireCdnUrls(); });
}

int SandboxHost::cdnAuthorizationRefusals() const
{
    int value = 0;
    run([&value](SandboxServer &server) { value = server.cdnAuthorizationRefusals(); });
    return value;
}

int SandboxHost::cdnExpiredRefusals() const
{
    int value = 0;
    run([&value](SandboxServer &server) { value = server.cdnExpiredRefusals(); });
    return value;
}

}  // namespace waveshelf::sandbox
