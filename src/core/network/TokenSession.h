#pragma once

#include "common/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace waveshelf {

class ConnectionStore;
class TokenClient;

// Hands out valid access tokens for one local user's SoundCloud connection.
// Refreshes a little before expiry, or when the API rejected a token; only one
// refresh runs at a time, and every caller that needs a token meanwhile waits
// for it. The new token pair is written to the store before anyone gets it.
// Only invalid_grant / invalid_client from the token endpoint break the
// connection; every other failure keeps the stored tokens.
class TokenSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSession)

public:
    using TokenCallback = std::function<void(Result<QString>)>;
    static constexpr qint64 kRefreshMarginSeconds = 120;

    TokenSession(ConnectionStore &store, TokenClient &tokenClient, QObject *parent = nullptr);

    // Calls `done` with a usable access token (now, or after a refresh), unless
    // `context` is destroyed first. Pass the token the API just answered 401 to
    // as `rejectedToken` to get a different one.
    void accessToken(QObject *context, TokenCallback done, const QString &rejectedToken = {});

    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }

signals:
    // SoundCloud no longer accepts the stored refresh token: reconnect needed.
    void connectionBroken(const waveshelf::Error &error);

private:
    struct Waiter {
        QPointer<QObject> context;
        TokenCallback done;
    };

    void startRefresh();
    void finishRefresh(const Result<QString> &outcome);

    ConnectionStore &m_store;
    TokenClient &m_tokenClient;
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
};

}  // namespace waveshelf
