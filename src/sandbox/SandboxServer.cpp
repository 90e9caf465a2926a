#include "SandboxServer.h"

#include "HttpCompat.h"
#include "SandboxLog.h"
#include "SandboxReply.h"
#include "SandboxRequest.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace waveshelf::sandbox {

// An answer written later (Slow) or never (Drop where the connection cannot be reached).
struct SandboxServer::HeldReply {
    QHttpServerResponder responder;
    SandboxReply reply;
    QPointer<QTcpSocket> socket;
    bool tracked = false;
};

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_grants(options.accessTokenLifetimeSeconds)
    , m_likes(m_data)
    , m_authorize(m_options, m_data, m_grants)
    , m_token(m_options, m_grants)
    , m_api(m_data, m_grants, m_likes)
    , m_library(m_data, m_api, m_likes)
    , m_likeEndpoint(m_data, m_api, m_likes)
    , m_playlistEndpoint(m_data, m_api, m_likes)
    , m_followEndpoint(m_data, m_api, m_likes)
    , m_streams(m_data, m_api, m_cdn)
    , m_http(new QHttpServer(this))
{
    silenceQtHttpServerDebugLogging();
    addRoutes();
}

SandboxServer::~SandboxServer()
{
    m_held.clear();  // before the HTTP server and its connections go
}

bool SandboxServer::listen()
{
    if (m_tcp)
        return m_tcp->isListening();
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(QHostAddress::LocalHost, m_options.port)) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << m_options.port << ":" << m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        return false;
    }
    m_http->bind(m_tcp);
    qCDebug(lcSandbox) << "SoundCloud sandbox listening on" << baseUrl().toString();
    return true;
}

bool SandboxServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

QUrl SandboxServer::baseUrl() const
{
    if (!isListening())
        return QUrl();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_tcp->serverPort());
    return url;
}

void SandboxServer::setAccessTokenLifetime(int seconds)
{
    m_grants.setAccessTokenLifetime(seconds);
}

void SandboxServer::expireAllAccessTokens()
{
    m_grants.expireAllAccessTokens();
}

void SandboxServer::setRotateRefreshTokens(bool rotate)
{
    m_token.setRotateRefreshTokens(rotate);
}

void SandboxServer::revokeAllGrants(const QString &username)
{
    m_grants.revokeAllOf(username);
}

void SandboxServer::resetLikes()
{
    m_likes.reset();
}

std::optional<SandboxPlaylist> SandboxServer::playlist(qint64 id) const
{
    const SandboxPlaylist *found = m_data.playlist(id);
    return found ? std::optional<SandboxPlaylist>(*found) : std::nullopt;
}

QList<qint64> SandboxServer::followingIds(qint64 userId) const
{
    const SandboxUser *user = m_data.user(userId);
    return user ? user->followingIds : QList<qint64>();
}

void SandboxServer::injectFault(const Fault &fault)
{
    m_faults.add(fault);
}

void SandboxServer::clearFaults()
{
    m_faults.clear();
}

int SandboxServer::tokenRequestCount(const QString &grantType) const
{
    if (!grantType.isEmpty())
        return m_tokenRequests.value(grantType);
    int total = 0;
    for (const int value : m_tokenRequests)
        total += value;
    return total;
}

bool SandboxServer::isGrantRevoked(const QString &username) const
{
    return m_grants.isLatestGrantRevoked(username);
}

void SandboxServer::resetCounters()
{
    m_authorizeRequests = 0;
    m_apiRequests = 0;
    m_tokenRequests.clear();
    m_pathRequests.clear();
    m_cdnUserAgents.clear();
    m_slowAbandoned = 0;
    m_artwork.resetCounters();
    m_cdn.resetCounters();
}

void SandboxServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    const auto on = [this](const QString &path, Method method, Endpoint endpoint) {
        m_http->route(path, method,
                      [this, endpoint](const QHttpServerRequest &request, compat::ResponderArg responder) {
                          handle(endpoint, request, responder);
                      });
    };
    on(QStringLiteral("/authorize"), Method::Get, Endpoint::AuthorizePage);
    on(QStringLiteral("/authorize"), Method::Post, Endpoint::AuthorizeSubmit);
    on(QStringLiteral("/oauth/token"), Method::Post, Endpoint::Token);
    on(QStringLiteral("/me"), Method::Get, Endpoint::Me);
    on(QStringLiteral("/me/tracks"), Method::Get, Endpoint::Tracks);
    on(QStringLiteral("/me/likes/tracks"), Method::Get, Endpoint::LikedTracks);
    on(QStringLiteral("/me/playlists"), Method::Get, Endpoint::Playlists);
    m_http->route(QStringLiteral("/images/<arg>"), Method::Get,
                  [this](const QString &, const QHttpServerRequest &request, compat::ResponderArg responder) {
                      handle(Endpoint::Image, request, responder);
                  });
    // /tracks/{urn}/streams(/<variant>) and the CDN behind it (/cdn/<id>/<variant>/<file>).
    const auto onStreams = [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
        handle(StreamEndpoint::isStreamPath(request.url().path()) ? Endpoint::Streams : Endpoint::Cdn, request,
               responder);
    };
    m_http->route(QStringLiteral("/tracks/<arg>/streams"), Method::Get,
                  [onStreams](const QString &, const QHttpServerRequest &request, compat::ResponderArg responder) {
                      onStreams(request, responder);
                  });
    m_http->route(QStringLiteral("/tracks/<arg>/streams/<arg>"), Method::Get,
                  [onStreams](const QString &, const QString &, const QHttpServerRequest &request,
                              compat::ResponderArg responder) { onStreams(request, responder); });
    m_http->route(QStringLiteral("/cdn/<arg>"), Method::Get,
                  [onStreams](const QUrl &, const QHttpServerRequest &request, compat::ResponderArg responder) {
                      onStreams(request, responder);
                  });
    addLibraryRoutes();
}

void SandboxServer::addLibraryRoutes()
{
    using Method = QHttpServerRequest::Method;
    for (const char *path : {"/me/feed/tracks", "/me/recently-played/tracks", "/me/likes/playlists", "/me/followings",
                             "/tracks", "/users", "/playlists"}) {
        m_http->route(QString::fromLatin1(path), Method::Get,
                      [this](const QHttpServerRequest &request, compat::ResponderArg responder) {
                          handle(Endpoint::Library, request, responder);
                      });
    }
    // One urn in the path; the endpoints read it from the request's path.
    const auto withUrn = [this](const QString &pattern, QHttpServerRequest::Methods methods, Endpoint endpoint) {
        m_http->route(pattern, methods,
                      [this, endpoint](const QString &, const QHttpServerRequest &request,
                                       compat::ResponderArg responder) { handle(endpoint, request, responder); });
    };
    withUrn(QStringLiteral("/playlists/<arg>/tracks"), Method::Get, Endpoint::Library);
    withUrn(QStringLiteral("/tracks/<arg>/related"), Method::Get, Endpoint::Library);
    withUrn(QStringLiteral("/users/<arg>"), Method::Get, Endpoint::Library);
    withUrn(QStringLiteral("/users/<arg>/tracks"), Method::Get, Endpoint::Library);
    withUrn(QStringLiteral("/users/<arg>/playlists"), Method::Get, Endpoint::Library);
    withUrn(QStringLiteral("/likes/tracks/<arg>"), Method::Post | Method::Delete, Endpoint::Like);
    withUrn(QStringLiteral("/likes/playlists/<arg>"), Method::Post | Method::Delete, Endpoint::Like);
    withUrn(QStringLiteral("/playlists/<arg>"), Method::Get | Method::Put | Method::Delete, Endpoint::Playlist);
    withUrn(QStringLiteral("/me/followings/<arg>"), Method::Put | Method::Delete, Endpoint::Follow);
    m_http->route(QStringLiteral("/playlists"), Method::Post,
                  [this](const QHttpServerRequest &request, compat::ResponderArg responder) {
                      handle(Endpoint::Playlist, request, responder);
                  });
}

void SandboxServer::handle(Endpoint endpoint, const QHttpServerRequest &rawRequest, QHttpServerResponder &responder)
{
    const SandboxRequest request = compat::toSandboxRequest(rawRequest);
    count(endpoint, request);
    const std::optional<Fault> fault = m_faults.take(request.path, request.method);
    if (!fault) {
        compat::send(responder, answer(endpoint, request));
        return;
    }
    qCInfo(lcSandbox) << "injected fault" << static_cast<int>(fault->kind) << "on" << request.path;
    switch (fault->kind) {
    case Fault::Kind::Slow:
        answerLater(fault->delayMs, rawRequest, responder, answer(endpoint, request));
        return;
    case Fault::Kind::Drop:
        dropConnection(rawRequest, responder);
        return;
    case Fault::Kind::Status:
    case Fault::Kind::RateLimited:
    case Fault::Kind::HtmlForbidden:
    case Fault::Kind::MalformedJson:
    case Fault::Kind::Redirect:
        compat::send(responder, FaultInjector::replyFor(*fault, request.path));
        return;
    }
}

void SandboxServer::count(Endpoint endpoint, const SandboxRequest &request)
{
    ++m_pathRequests[request.path];
    switch (endpoint) {
    case Endpoint::AuthorizePage:
        ++m_authorizeRequests;
        break;
    case Endpoint::Token:
        ++m_tokenRequests[request.form.value(QStringLiteral("grant_type"))];
        break;
    case Endpoint::Me:
    case Endpoint::Tracks:
    case Endpoint::LikedTracks:
    case Endpoint::Playlists:
    case Endpoint::Library:
    case Endpoint::Like:
    case Endpoint::Playlist:
    case Endpoint::Follow:
    case Endpoint::Streams:
        ++m_apiRequests;
        break;
    case Endpoint::Cdn:
        if (!m_cdnUserAgents.contains(request.userAgent))
            m_cdnUserAgents.append(request.userAgent);
        break;
    case Endpoint::AuthorizeSubmit:
    case Endpoint::Image:
        break;
    }
}

SandboxReply SandboxServer::answer(Endpoint endpoint, const SandboxRequest &request)
{
    switch (endpoint) {
    case Endpoint::AuthorizePage:
        return m_authorize.show(request);
    case Endpoint::AuthorizeSubmit:
        return m_authorize.submit(request, baseUrl().toString());
    case Endpoint::Token:
        return m_token.handle(request);
    case Endpoint::Me:
        return m_api.handle(ApiEndpoint::Resource::Me, request, baseUrl());
    case Endpoint::Tracks:
        return m_api.handle(ApiEndpoint::Resource::Tracks, request, baseUrl());
    case Endpoint::LikedTracks:
        return m_api.handle(ApiEndpoint::Resource::LikedTracks, request, baseUrl());
    case Endpoint::Playlists:
        return m_api.handle(ApiEndpoint::Resource::Playlists, request, baseUrl());
    case Endpoint::Library:
        return m_library.handle(request, baseUrl());
    case Endpoint::Like:
        return m_likeEndpoint.handle(request);
    case Endpoint::Playlist:
        return m_playlistEndpoint.handle(request, baseUrl());
    case Endpoint::Follow:
        return m_followEndpoint.handle(request, baseUrl());
    case Endpoint::Image:
        return m_artwork.handle(request);
    case Endpoint::Streams:
        return m_streams.handle(request, baseUrl());
    case Endpoint::Cdn:
        return m_cdn.handle(request);
    }
    return SandboxReply::apiError(404);
}

QList<QObject *> SandboxServer::socketRoots() const
{
    return {m_tcp, m_http};
}

void SandboxServer::answerLater(int delayMs, const QHttpServerRequest &request, QHttpServerResponder &responder,
                                SandboxReply reply)
{
    const QPointer<QTcpSocket> socket = compat::connectionOf(request, responder, socketRoots());
    auto held = std::make_shared<HeldReply>(
        HeldReply{std::move(responder), std::move(reply), socket, !socket.isNull()});
    m_held.push_back(held);
    ++m_slowPending;
    const std::weak_ptr<HeldReply> weak = held;
    QTimer::singleShot(delayMs, this, [this, weak] {
        const std::shared_ptr<HeldReply> due = weak.lock();
        if (!due)
            return;
        --m_slowPending;
        m_held.erase(std::remove(m_held.begin(), m_held.end(), due), m_held.end());
        if (due->tracked && !due->socket) {
            ++m_slowAbandoned;
            qCInfo(lcSandbox) << "client went away before its slow answer";
            return;
        }
        compat::send(due->responder, due->reply);
    });
}

void SandboxServer::dropConnection(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const QPointer<QTcpSocket> socket = compat::connectionOf(request, responder, socketRoots());
    if (socket) {
        // After the handler has returned, so QtHttpServer is done with the request.
        QTimer::singleShot(0, socket.data(), [socket] {
            if (socket)
                socket->abort();
        });
        return;
    }
    // The connection cannot be reached on this Qt version: never answer instead.
    m_held.push_back(std::make_shared<HeldReply>(HeldReply{std::move(responder), SandboxReply(), nullptr, false}));
}

}  // namespace waveshelf::sandbox
