#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace waveshelf {

class Database;

// What one attempt to take the refresh lease found.
struct LeaseAttempt {
    bool acquired = false;
    qint64 version = 0;   // the connection's version at the attempt (0 if unknown)
    QDateTime heldUntil;  // ours if acquired, else the other holder's (invalid: the database was busy)
    // Not acquired because a holder whose lease ran out had sent the refresh
    // token and never recorded an answer (it crashed, was killed): SoundCloud
    // may have retired that token, so nobody may send it again. Reconnect.
    bool abandonedRefresh = false;
};

// The refresh lease of a user's SoundCloud connection (columns
// refresh_lease_owner / refresh_lease_until of soundcloud_connections,
// resources/sql/0002_refresh_lease.sql). SoundCloud refresh tokens are
// single-use, so only the lease holder may spend one, whichever process or
// machine it runs in. Taking the lease is one short write transaction
// (SQLite: BEGIN IMMEDIATE; PostgreSQL: SELECT ... FOR UPDATE NOWAIT) that
// succeeds only when no other owner holds a live lease. A lease past its
// expiry is free, so a crashed holder blocks others only until then. The
// holder releases it in the UPDATE that stores the new tokens
// (ConnectionRepository::updateTokens with its owner id) or with release().
//
// Just before it sends the refresh token, the holder marks it sent
// (markSent: column refresh_sent_at, resources/sql/0003_refresh_in_flight.sql);
// the commit of the new pair and release() clear the mark with the lease. A
// mark behind an expired lease means the holder died while SoundCloud may
// already have rotated the token: tryAcquire() then reports abandonedRefresh
// instead of handing the lease over, and the row keeps its mark until a
// reconnect replaces the tokens (ConnectionRepository::upsert clears it).
class RefreshLease final {
    Q_DECLARE_TR_FUNCTIONS(RefreshLease)

public:
    explicit RefreshLease(Database &db);

    // A fresh, random owner id: one per process and session.
    [[nodiscard]] static QString newOwnerId();

    // Takes (or renews) the lease for `owner` until now + durationMs.
    // Not acquired when another owner's lease is live, or when the database
    // stays busy (another writer) for a short while: both mean "poll again".
    // durationMs is at most kMaxDurationMs; a lease claiming to last longer
    // than that from now (a clock far ahead, a damaged row) counts as stale.
    // NotFound without a connection row; Database for any other failure.
    [[nodiscard]] Result<LeaseAttempt> tryAcquire(qint64 userId, const QString &owner, const QDateTime &nowUtc,
                                                  qint64 durationMs);
    // Clears the lease (and the sent mark) if `owner` holds it; anyone else's
    // lease is left alone. For a holder that got an answer, or sent nothing.
    [[nodiscard]] Result<void> release(qint64 userId, const QString &owner);
    // Records that `owner` is about to send the refresh token; call right
    // before sending. Database error if `owner` no longer holds the lease
    // (then it must not send).
    [[nodiscard]] Result<void> markSent(qint64 userId, const QString &owner, const QDateTime &nowUtc);

    static constexpr int kBusyWaitMs = 250;  // SQLite busy timeout while taking the lease
    static constexpr qint64 kMaxDurationMs = qint64{10} * 60 * 1000;

private:
    [[nodiscard]] Result<LeaseAttempt> acquireInTransaction(qint64 userId, const QString &owner, qint64 nowMs,
                                                            qint64 durationMs);

    Database &m_db;
};

}  // namespace waveshelf
