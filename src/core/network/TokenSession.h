#pragma once

#include "auth/TokenSet.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;

namespace waveshelf {

class ConnectionStore;
class TokenClient;
struct StoredConnection;

// Hands out valid access tokens for one local user's SoundCloud connection.
// Refreshes a little before expiry, when the API rejected a token, or when
// the grant is due for renewal (StoredConnection::rotationDue; until that
// refresh succeeds the current token is still used). Exactly
// one refresh runs at a time across threads, processes and machines sharing
// the database: within this object one refresh cycle serves every caller
// waiting meanwhile; across processes the cycle first takes the connection's
// refresh lease (RefreshLease), and when another holder has it, polls the
// row until that holder's new token appears or its lease expires. The new
// token pair is committed (and the lease released in the same statement)
// before anyone gets it. Only invalid_grant / invalid_client from the token
// endpoint break the connection; every other failure keeps the stored tokens.
// A refresh token is marked sent in the row before it goes out; if its holder
// died unanswered, nobody sends it again: the connection needs a reconnect.
// If the row changed meanwhile (reconnect, removal), the refreshed pair of
// the old grant is dropped and the row's current token is used.
class TokenSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenSession)

public:
    using TokenCallback = std::function<void(Result<QString>)>;
    static constexpr qint64 kRefreshMarginSeconds = 120;
    // Longer than a token request may take (RequestFactory::kTransferTimeoutMs).
    static constexpr qint64 kLeaseMilliseconds = 45'000;
    static constexpr int kPollIntervalMs = 150;
    // After a refresh failed for a passing reason, the current (still valid)
    // token is used and no new refresh is tried for this long.
    static constexpr qint64 kRefreshBackoffSeconds = 30;
    // How often a refreshed pair that could not be written is written again.
    static constexpr int kPersistRetryMs = 2'000;

    TokenSession(ConnectionStore &store, TokenClient &tokenClient, QObject *parent = nullptr);
    ~TokenSession() override;

    // Calls `done` with a usable access token (now, or after a refresh), unless
    // `context` is destroyed first. Pass the token the API just answered 401 to
    // as `rejectedToken` to get a different one.
    void accessToken(QObject *context, TokenCallback done, const QString &rejectedToken = {});

    // True from the moment a caller waits for a new token until it has one
    // (refreshing here, or waiting for another process's refresh).
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }

signals:
    // SoundCloud no longer accepts the stored refresh token: reconnect needed.
    void connectionBroken(const waveshelf::Error &error);

private:
    struct Waiter {
        QPointer<QObject> context;
        TokenCallback done;
    };

    void startRefresh(qint64 staleVersion, const QString &rejectedToken);
    void attempt();
    void refreshHoldingLease(const StoredConnection &stored);
    void releaseLease();
    void breakConnection(const Error &error);
    // Writes a refreshed pair that could not be written before; true when done.
    bool persistUnsaved();
    void finishRefresh(const Result<QString> &outcome);
    // The row changed under our refresh: hand out its token if usable, else the error.
    void finishWithStoredRow(const Error &whyNotOurs);
    [[nodiscard]] bool isUsable(const StoredConnection &stored) const;

    ConnectionStore &m_store;
    TokenClient &m_tokenClient;
    const QString m_leaseOwner;  // random, one per session object
    QTimer *m_pollTimer;
    QList<Waiter> m_waiters;
    bool m_refreshing = false;
    bool m_holdsLease = false;
    bool m_announcedWait = false;
    qint64 m_staleVersion = 0;    // the row version the current cycle started from
    QString m_rejectedToken;      // never handed out by the current cycle
    QDateTime m_noRefreshBefore;  // backoff after a transient refresh failure
    // A refreshed pair the store refused (full disk, busy): the old refresh
    // token is dead, so this one lives in memory, under our lease, until written.
    std::optional<TokenSet> m_unsaved;
    qint64 m_unsavedVersion = 0;
    QTimer *m_persistTimer;
    QObject *m_refreshReceiver = nullptr;  // receives the refresh answer in flight
};

}  // namespace waveshelf
