#include "accounts/LoginThrottle.h"

#include "storage/UserRepository.h"

#include <sodium.h>

namespace waveshelf {

namespace {

QString backoffKeyPurpose()
{
    return QStringLiteral("login-backoff");
}

}  // namespace

LoginThrottle::LoginThrottle(Database &db)
    : m_repository(db)
{
}

qint64 LoginThrottle::delaySecondsAfter(int failures)
{
    const int over = failures - kFreeAttempts;
    if (over <= 0)
        return 0;
    return over >= 7 ? kMaxDelaySeconds : qMin<qint64>(kMaxDelaySeconds, qint64(1) << (over - 1));
}

Result<QString> LoginThrottle::nameHash(const QString &username)
{
    if (!m_key) {
        Result<QByteArray> stored = m_repository.databaseKey(backoffKeyPurpose());
        if (!stored.ok())
            return stored.error();
        SecureBytes key(stored.value().size());
        std::copy(stored.value().cbegin(), stored.value().cend(), reinterpret_cast<char *>(key.data()));
        wipe(stored.value());
        m_key = std::move(key);
    }
    const QByteArray name = UserRepository::usernameKey(username).toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(name.constData()),
                       static_cast<unsigned long long>(name.size()), m_key->data(), size_t(m_key->size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

Result<std::optional<QDateTime>> LoginThrottle::blockedUntil(const QString &username, const QDateTime &now)
{
    const Result<QString> name = nameHash(username);
    if (!name.ok())
        return name.error();
    const Result<std::optional<BackoffRecord>> record = m_repository.find(name.value());
    if (!record.ok())
        return record.error();
    if (!record.value() || record.value()->nextAllowedMs <= now.toMSecsSinceEpoch())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(record.value()->nextAllowedMs, Qt::UTC));
}

Result<void> LoginThrottle::recordFailure(const QString &username, const QDateTime &now)
{
    const Result<QString> name = nameHash(username);
    if (!name.ok())
        return name.error();
    const Result<int> failures = m_repository.addFailure(name.value(), now.toMSecsSinceEpoch());
    if (!failures.ok())
        return failures.error();
    const qint64 delay = delaySecondsAfter(failures.value());
    if (delay == 0)
        return {};
    return m_repository.delayUntil(name.value(), now.addSecs(delay).toMSecsSinceEpoch());
}

Result<void> LoginThrottle::recordSuccess(const QString &username)
{
    const Result<QString> name = nameHash(username);
    if (!name.ok())
        return name.error();
    return m_repository.clear(name.value());
}

}  // namespace waveshelf
