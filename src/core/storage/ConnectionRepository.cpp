#include "storage/ConnectionRepository.h"

#include "common/LogCategories.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waveshelf {

namespace {

const char kColumns[] = "user_id, soundcloud_urn, soundcloud_username, access_token_enc, refresh_token_enc, "
                        "expires_at, scope, version, created_at, updated_at, "
                        "service_token_url, service_api_origin, service_client_id, rotation_due";

QString toText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant toNullableText(const QDateTime &time)
{
    return time.isValid() ? QVariant(toText(time)) : QVariant(QMetaType::fromType<QString>());
}

// NOT NULL text columns: a null QString would bind as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant toNullableBlob(const QByteArray &bytes)
{
    return bytes.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(bytes);
}

QDateTime fromText(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

ConnectionRow rowFrom(const QSqlQuery &query)
{
    ConnectionRow row;
    row.userId = query.value(0).toLongLong();
    row.soundCloudUrn = query.value(1).toString();
    row.soundCloudUsername = query.value(2).toString();
    row.accessTokenEnc = query.value(3).toByteArray();
    row.refreshTokenEnc = query.value(4).toByteArray();
    row.expiresAt = fromText(query.value(5));
    row.scope = query.value(6).toString();
    row.version = query.value(7).toLongLong();
    row.createdAt = fromText(query.value(8));
    row.updatedAt = fromText(query.value(9));
    row.service = ServiceIdentity{query.value(10).toString(), query.value(11).toString(), query.value(12).toString()};
    row.rotationDue = query.value(13).toLongLong() != 0;
    return row;
}

Error notFound(qint64 userId)
{
    return Error{ErrorKind::NotFound, ConnectionRepository::tr("This account is not connected to SoundCloud."),
                 QStringLiteral("no connection for user %1").arg(userId)};
}

}  // namespace

ConnectionRepository::ConnectionRepository(Database &db)
    : m_db(db)
{
}

Result<std::optional<ConnectionRow>> ConnectionRepository::find(qint64 userId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT %1 FROM soundcloud_connections WHERE user_id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(userId);
    if (!storage::execLogged(query, "reading a connection"))
        return storage::databaseError(query.lastError(), "reading a connection");
    if (!query.next())
        return std::optional<ConnectionRow>();
    return std::optional<ConnectionRow>(rowFrom(query));
}

Result<ConnectionRow> ConnectionRepository::upsert(const ConnectionRow &row)
{
    const QString now = toText(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db.connection());
    // One statement, so one transaction: the row is replaced as a whole or not at all.
    query.prepare(
        QStringLiteral("INSERT INTO soundcloud_connections (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
                       "ON CONFLICT (user_id) DO UPDATE SET "
                       "soundcloud_urn = excluded.soundcloud_urn, soundcloud_username = excluded.soundcloud_username, "
                       "access_token_enc = excluded.access_token_enc, refresh_token_enc = excluded.refresh_token_enc, "
                       "expires_at = excluded.expires_at, scope = excluded.scope, "
                       "version = soundcloud_connections.version + 1, updated_at = excluded.updated_at, "
                       "service_token_url = excluded.service_token_url, "
                       "service_api_origin = excluded.service_api_origin, "
                       "service_client_id = excluded.service_client_id, "
                       "rotation_due = 0, "       // a new grant
                       "refresh_sent_at = NULL "  // new tokens: nothing of theirs was sent yet
                       "RETURNING %1")
            .arg(QLatin1String(kColumns)));
    query.addBindValue(row.userId);
    query.addBindValue(notNull(row.soundCloudUrn));
    query.addBindValue(notNull(row.soundCloudUsername));
    query.addBindValue(row.accessTokenEnc.isNull() ? QByteArray("", 0) : row.accessTokenEnc);
    query.addBindValue(toNullableBlob(row.refreshTokenEnc));
    query.addBindValue(toNullableText(row.expiresAt));
    query.addBindValue(notNull(row.scope));
    // A new row's version starts at the clock, never at 1: a refresh still in
    // flight for a connection that was removed and made again must not match
    // the new row by accident (its expected version is far below this).
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(notNull(row.service.tokenUrl));
    query.addBindValue(notNull(row.service.apiOrigin));
    query.addBindValue(notNull(row.service.clientId));
    if (!storage::execLogged(query, "saving a connection") || !query.next())
        return storage::databaseError(query.lastError(), "saving a connection");
    return rowFrom(query);
}

Result<ConnectionRow> ConnectionRepository::updateTokens(qint64 userId, const QByteArray &accessTokenEnc,
                                                         const QByteArray &refreshTokenEnc, const QDateTime &expiresAt,
                                                         const QString &scope, qint64 expectedVersion,
                                                         const QString &releaseLeaseOf)
{
    QSqlQuery query(m_db.connection());
    // The version check, the write and the lease release are one statement:
    // no other writer can slip in between. The lease CASEs all see the old owner.
    query.prepare(QStringLiteral(
                      "UPDATE soundcloud_connections SET access_token_enc = ?, "
                      "refresh_token_enc = CASE WHEN ? THEN ? ELSE refresh_token_enc END, "
                      "expires_at = ?, scope = CASE WHEN ? THEN ? ELSE scope END, "
                      "refresh_lease_until = CASE WHEN refresh_lease_owner = ? THEN NULL ELSE refresh_lease_until END, "
                      "refresh_sent_at = CASE WHEN refresh_lease_owner = ? THEN NULL ELSE refresh_sent_at END, "
                      "refresh_lease_owner = CASE WHEN refresh_lease_owner = ? THEN NULL ELSE refresh_lease_owner END, "
                      "rotation_due = 0, version = version + 1, updated_at = ? "  // a refreshed pair is a new one
                      "WHERE user_id = ? AND version = ? RETURNING %1")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(accessTokenEnc.isNull() ? QByteArray("", 0) : accessTokenEnc);
    query.addBindValue(!refreshTokenEnc.isEmpty());
    query.addBindValue(toNullableBlob(refreshTokenEnc));
    query.addBindValue(toNullableText(expiresAt));
    query.addBindValue(!scope.isEmpty());
    query.addBindValue(scope);
    // A null text never equals an owner: no lease is touched.
    const QVariant leaseOwner = releaseLeaseOf.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                         : QVariant(releaseLeaseOf);
    query.addBindValue(leaseOwner);
    query.addBindValue(leaseOwner);
    query.addBindValue(leaseOwner);
    query.addBindValue(toText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(userId);
    query.addBindValue(expectedVersion);
    if (!storage::execLogged(query, "updating tokens"))
        return storage::databaseError(query.lastError(), "updating tokens");
    if (query.next())
        return rowFrom(query);

    // Nothing matched: no row at all, or someone else wrote first.
    const Result<std::optional<ConnectionRow>> current = find(userId);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return notFound(userId);
    qCInfo(lcStorage) << "Token update for user" << userId << "lost the race: expected version" << expectedVersion
                      << "but found" << current.value()->version;
    return Error{ErrorKind::Database, tr("The SoundCloud connection was changed meanwhile. Please try again."),
                 versionConflictDetail()};
}

Result<void> ConnectionRepository::replaceSealedTokens(qint64 userId, const QByteArray &accessTokenEnc,
                                                       const QByteArray &refreshTokenEnc, qint64 expectedVersion,
                                                       qint64 nowMs, bool markRotationDue)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("UPDATE soundcloud_connections SET access_token_enc = ?, refresh_token_enc = ?, "
                       "rotation_due = CASE WHEN ? THEN 1 ELSE rotation_due END, "
                       "version = version + 1, updated_at = ? WHERE user_id = ? AND version = ? "
                       "AND (refresh_lease_owner IS NULL OR refresh_lease_until IS NULL OR refresh_lease_until <= ?)"));
    query.addBindValue(accessTokenEnc.isNull() ? QByteArray("", 0) : accessTokenEnc);
    query.addBindValue(toNullableBlob(refreshTokenEnc));
    query.addBindValue(markRotationDue);
    query.addBindValue(toText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(userId);
    query.addBindValue(expectedVersion);
    query.addBindValue(nowMs);
    if (!storage::execLogged(query, "re-sealing tokens"))
        return storage::databaseError(query.lastError(), "re-sealing tokens");
    if (query.numRowsAffected() == 1)
        return {};
    return Error{ErrorKind::Database,
                 QCoreApplication::translate("ConnectionRepository",
                                             "Your SoundCloud connection is being refreshed right now. Nothing was "
                                             "changed; please try again in a minute."),
                 QStringLiteral("re-seal of user %1 met a refresh or another writer").arg(userId)};
}

Result<bool> ConnectionRepository::adoptService(qint64 userId, const ServiceIdentity &service)
{
    QSqlQuery query(m_db.connection());
    // Conditional, so that two processes adopting at once cannot both write.
    query.prepare(QStringLiteral("UPDATE soundcloud_connections SET service_token_url = ?, service_api_origin = ?, "
                                 "service_client_id = ? WHERE user_id = ? AND service_token_url IS NULL "
                                 "AND service_api_origin IS NULL AND service_client_id IS NULL"));
    query.addBindValue(notNull(service.tokenUrl));
    query.addBindValue(notNull(service.apiOrigin));
    query.addBindValue(notNull(service.clientId));
    query.addBindValue(userId);
    if (!storage::execLogged(query, "recording a connection's service"))
        return storage::databaseError(query.lastError(), "recording a connection's service");
    return query.numRowsAffected() == 1;
}

Result<void> ConnectionRepository::remove(qint64 userId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM soundcloud_connections WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!storage::execLogged(query, "removing a connection"))
        return storage::databaseError(query.lastError(), "removing a connection");
    return {};
}

}  // namespace waveshelf
