#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace waveshelf {

// Slows down repeated failed logins, per username (known or not, so it
// reveals nothing about which usernames exist). The first few failures are
// free; after that each one doubles the wait before the next attempt, up to
// a minute. A success clears the name's record. Kept in memory: it guards
// the app's login form, where Argon2id already makes each guess slow.
class LoginThrottle final {
public:
    static constexpr int kFreeAttempts = 3;
    static constexpr qint64 kMaxDelaySeconds = 60;

    // When the next attempt for `usernameKey` may run, if not now.
    [[nodiscard]] std::optional<QDateTime> blockedUntil(const QString &usernameKey, const QDateTime &now) const;
    void recordFailure(const QString &usernameKey, const QDateTime &now);
    void recordSuccess(const QString &usernameKey);

private:
    struct Record {
        int failures = 0;
        QDateTime nextAllowed;
    };
    QHash<QString, Record> m_records;
};

}  // namespace waveshelf
