#include "accounts/LoginThrottle.h"

namespace waveshelf {

std::optional<QDateTime> LoginThrottle::blockedUntil(const QString &usernameKey, const QDateTime &now) const
{
    const auto found = m_records.constFind(usernameKey);
    if (found == m_records.constEnd() || !found->nextAllowed.isValid() || found->nextAllowed <= now)
        return std::nullopt;
    return found->nextAllowed;
}

void LoginThrottle::recordFailure(const QString &usernameKey, const QDateTime &now)
{
    Record &record = m_records[usernameKey];
    ++record.failures;
    const int over = record.failures - kFreeAttempts;
    if (over <= 0)
        return;
    const qint64 delay = over >= 7 ? kMaxDelaySeconds : qMin<qint64>(kMaxDelaySeconds, qint64(1) << (over - 1));
    record.nextAllowed = now.addSecs(delay);
}

void LoginThrottle::recordSuccess(const QString &usernameKey)
{
    m_records.remove(usernameKey);
}

}  // namespace waveshelf
