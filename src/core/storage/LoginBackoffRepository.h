#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace waveshelf {

class Database;

// A name's failed logins as stored (see LoginThrottle).
struct BackoffRecord {
    int failures = 0;
    qint64 nextAllowedMs = 0;  // ms since the epoch, UTC; 0: no wait
};

// The login_backoff table, shared by every process on the database, and the
// database's random key that LoginThrottle hashes names with (database_keys).
// Knows nothing of hashing: it is given the hashed name.
class LoginBackoffRepository final {
public:
    static constexpr qint64 kForgetAfterMs = qint64(24) * 3600 * 1000;

    explicit LoginBackoffRepository(Database &db);

    // The database's 32-byte key for `purpose`, made (randomly) on first use;
    // two processes doing that at once get the same key.
    [[nodiscard]] Result<QByteArray> databaseKey(const QString &purpose);
    [[nodiscard]] Result<std::optional<BackoffRecord>> find(const QString &nameHash) const;
    // One more failure, in one statement (so concurrent processes all count);
    // the new count. Records untouched for kForgetAfterMs are dropped first.
    [[nodiscard]] Result<int> addFailure(const QString &nameHash, qint64 nowMs);
    // Makes the name wait until at least `untilMs`.
    [[nodiscard]] Result<void> delayUntil(const QString &nameHash, qint64 untilMs);
    [[nodiscard]] Result<void> clear(const QString &nameHash);

private:
    Database &m_db;
};

}  // namespace waveshelf
