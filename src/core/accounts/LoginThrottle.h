#pragma once

#include "accounts/SecureBytes.h"
#include "common/Result.h"
#include "storage/LoginBackoffRepository.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace waveshelf {

class Database;

// Slows down repeated failed logins, per username (known or not, so it
// reveals nothing about which usernames exist). The first few failures are
// free; after that each one doubles the wait before the next attempt, up to
// a minute. A success clears the name's record; a record untouched for a day
// is forgotten.
//
// Kept in the database (login_backoff), so every process on it shares it:
// each `waveshelf-cli` run does not start afresh. Names are stored only as
// keyed BLAKE2b-256 of UserRepository::usernameKey(name), under a random
// key of this database (database_keys 'login-backoff'): the table holds the
// same kind of row for a name that exists and one that does not. Use on the
// thread that owns the Database.
class LoginThrottle final {
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kMaxDelaySeconds = 60;

    explicit LoginThrottle(Database &db);

    // When the next attempt for `username` may run, if not now.
    [[nodiscard]] Result<std::optional<QDateTime>> blockedUntil(const QString &username, const QDateTime &now);
    [[nodiscard]] Result<void> recordFailure(const QString &username, const QDateTime &now);
    [[nodiscard]] Result<void> recordSuccess(const QString &username);

    // The wait after the `failures`-th failure in a row (0: none).
    [[nodiscard]] static qint64 delaySecondsAfter(int failures);
    // The name as login_backoff stores it (hex).
    [[nodiscard]] Result<QString> nameHash(const QString &username);

private:
    LoginBackoffRepository m_repository;
    std::optional<SecureBytes> m_key;
};

}  // namespace waveshelf
