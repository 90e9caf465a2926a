#include "storage/LoginBackoffRepository.h"

#include "accounts/SecureBytes.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sodium.h>

namespace waveshelf {

namespace {

constexpr qsizetype kKeyBytes = 32;

}  // namespace

LoginBackoffRepository::LoginBackoffRepository(Database &db)
    : m_db(db)
{
}

Result<QByteArray> LoginBackoffRepository::databaseKey(const QString &purpose)
{
    ensureSodiumInitialized();
    QByteArray candidate(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(candidate.data(), size_t(candidate.size()));
    {
        // The first process to get here decides; everyone reads what it stored.
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO database_keys (purpose, key_bytes) VALUES (?, ?) "
                                      "ON CONFLICT (purpose) DO NOTHING"));
        insert.addBindValue(purpose);
        insert.addBindValue(candidate);
        if (!storage::execLogged(insert, "storing a database key"))
            return storage::databaseError(insert.lastError(), "storing a database key");
    }
    wipe(candidate);
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT key_bytes FROM database_keys WHERE purpose = ?"));
    query.addBindValue(purpose);
    if (!storage::execLogged(query, "reading a database key") || !query.next())
        return storage::databaseError(query.lastError(), "reading a database key");
    const QByteArray key = query.value(0).toByteArray();
    if (key.size() != kKeyBytes) {
        return Error{
            ErrorKind::Database,
            QCoreApplication::translate("Database", "The database is damaged: one of its keys has the wrong size."),
            QStringLiteral("database key %1 has %2 bytes").arg(purpose).arg(key.size())};
    }
    return key;
}

Result<std::optional<BackoffRecord>> LoginBackoffRepository::find(const QString &nameHash) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT failures, next_allowed_ms FROM login_backoff WHERE name_hash = ?"));
    query.addBindValue(nameHash);
    if (!storage::execLogged(query, "reading the login backoff"))
        return storage::databaseError(query.lastError(), "reading the login backoff");
    if (!query.next())
        return std::optional<BackoffRecord>();
    BackoffRecord record;
    record.failures = query.value(0).toInt();
    record.nextAllowedMs = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    return std::optional<BackoffRecord>(record);
}

Result<int> LoginBackoffRepository::addFailure(const QString &nameHash, qint64 nowMs)
{
    QSqlQuery forget(m_db.connection());
    forget.prepare(QStringLiteral("DELETE FROM login_backoff WHERE updated_ms < ?"));
    forget.addBindValue(nowMs - kForgetAfterMs);
    if (!storage::execLogged(forget, "forgetting old login failures"))
        return storage::databaseError(forget.lastError(), "forgetting old login failures");

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO login_backoff (name_hash, failures, next_allowed_ms, updated_ms) VALUES (?, 1, NULL, ?) "
        "ON CONFLICT (name_hash) DO UPDATE SET failures = login_backoff.failures + 1, "
        "updated_ms = excluded.updated_ms RETURNING failures"));
    query.addBindValue(nameHash);
    query.addBindValue(nowMs);
    if (!storage::execLogged(query, "recording a failed login") || !query.next())
        return storage::databaseError(query.lastError(), "recording a failed login");
    return query.value(0).toInt();
}

Result<void> LoginBackoffRepository::delayUntil(const QString &nameHash, qint64 untilMs)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE login_backoff SET next_allowed_ms = CASE WHEN next_allowed_ms IS NULL "
                                 "OR next_allowed_ms < ? THEN ? ELSE next_allowed_ms END WHERE name_hash = ?"));
    query.addBindValue(untilMs);
    query.addBindValue(untilMs);
    query.addBindValue(nameHash);
    if (!storage::execLogged(query, "delaying logins"))
        return storage::databaseError(query.lastError(), "delaying logins");
    return {};
}

Result<void> LoginBackoffRepository::clear(const QString &nameHash)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM login_backoff WHERE name_hash = ?"));
    query.addBindValue(nameHash);
    if (!storage::execLogged(query, "clearing the login backoff"))
        return storage::databaseError(query.lastError(), "clearing the login backoff");
    return {};
}

}  // namespace waveshelf
