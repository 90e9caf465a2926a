#pragma once

#include "common/Result.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace waveshelf {

struct HttpReply;
struct LibraryList;
class TokenSession;

// Calls SoundCloud's API for one local user: adds "Authorization: OAuth <token>",
// refreshes and replays once when a token is rejected, and refuses to send the
// token to any server but the configured API's.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;

    ApiClient(QNetworkAccessManager &network, TokenSession &session, const QUrl &apiBase, QObject *parent = nullptr);

    // One GET (a list's pages: PageCursor).
    void get(const QUrl &url, QObject *context, Callback<QByteArray> done);
    // One POST or DELETE without a body (liking, unliking: LikeClient), by get()'s
    // rules: the token only to the API's server, one refresh and replay on a 401,
    // failures classified by ApiJson::classifyFailure.
    void post(const QUrl &url, QObject *context, Callback<QByteArray> done);
    void put(const QUrl &url, QObject *context, Callback<QByteArray> done);  // following: FollowClient
    void deleteResource(const QUrl &url, QObject *context, Callback<QByteArray> done);
    // A POST or PUT with a JSON body (playlists: PlaylistClient), by the same rules.
    void postJson(const QUrl &url, const QByteArray &json, QObject *context, Callback<QByteArray> done);
    void putJson(const QUrl &url, const QByteArray &json, QObject *context, Callback<QByteArray> done);
    void fetchMe(QObject *context, Callback<SoundCloudAccount> done);

    // First page of a library list, e.g. "/me/tracks", with linked partitioning.
    [[nodiscard]] QUrl listUrl(const QString &path, int limit = kPageSize) const;
    // The first page of `list` (its search words as q=; no paging for lists SoundCloud
    // answers whole). Every list asks for all access levels: blocked tracks are shown, greyed.
    [[nodiscard]] QUrl firstPage(const LibraryList &list, int limit = kPageSize) const;

    // Fetches /me with a token that is not stored yet (right after the code exchange).
    static void fetchMeWithToken(QNetworkAccessManager &network, const QUrl &apiBase, const QString &accessToken,
                                 QObject *context, Callback<SoundCloudAccount> done);

    static constexpr int kPageSize = 200;

private:
    // `verb`: "GET", "POST", "PUT" or "DELETE"; `json`: the body, if any.
    struct Outgoing {
        QByteArray verb;
        QUrl url;
        QByteArray json;
    };
    void request(Outgoing outgoing, QObject *context, Callback<QByteArray> done);
    void send(const Outgoing &outgoing, const QString &token, bool isRetry, QObject *context,
              Callback<QByteArray> done);
    [[nodiscard]] bool isApiUrl(const QUrl &url) const;

    QNetworkAccessManager &m_network;
    TokenSession &m_session;
    QUrl m_apiBase;
};

}  // namespace waveshelf
