#pragma once

#include "auth/ServiceIdentity.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace waveshelf {

class Database;

// A soundcloud_connections row as stored: the token columns hold ciphertext.
struct ConnectionRow {
    qint64 userId = 0;
    QString soundCloudUrn;
    QString soundCloudUsername;
    QByteArray accessTokenEnc;
    QByteArray refreshTokenEnc;  // empty: none stored
    QDateTime expiresAt;         // UTC; invalid: unknown
    QString scope;
    qint64 version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    ServiceIdentity service;   // empty: stored before schema 0007
    bool rotationDue = false;  // renew the grant at the next online use (schema 0008)
};

// The soundcloud_connections table, one row per local user. Knows nothing of
// encryption: ConnectionStore seals and opens the token columns.
class ConnectionRepository final {
    Q_DECLARE_TR_FUNCTIONS(ConnectionRepository)

public:
    explicit ConnectionRepository(Database &db);

    [[nodiscard]] Result<std::optional<ConnectionRow>> find(qint64 userId) const;
    // Inserts the row, or replaces every column of the user's existing one,
    // in one transaction; the version is 1 for a new row, else bumped.
    // `row.version` and the timestamps are ignored. Returns the stored row.
    [[nodiscard]] Result<ConnectionRow> upsert(const ConnectionRow &row);
    // Replaces the token columns if the stored version is `expectedVersion`,
    // bumping it and clearing rotationDue. An empty refreshTokenEnc keeps the
    // stored one; an empty scope keeps the stored scope. NotFound without a row; a version
    // mismatch gives ErrorKind::Database with detail "version conflict".
    // With `releaseLeaseOf`, the same statement clears the refresh lease if
    // that owner holds it (see RefreshLease); nothing is written on a conflict.
    [[nodiscard]] Result<ConnectionRow> updateTokens(qint64 userId, const QByteArray &accessTokenEnc,
                                                     const QByteArray &refreshTokenEnc, const QDateTime &expiresAt,
                                                     const QString &scope, qint64 expectedVersion,
                                                     const QString &releaseLeaseOf = QString());
    // For a new data key (password change): replaces the sealed token
    // columns if the version is still `expectedVersion` and no refresh lease
    // is live at `nowMs`, bumping the version (a process still holding the old
    // key then fails its version check instead of writing tokens nobody can
    // open). Leases, "refresh sent", account and expiry stay as they are;
    // `markRotationDue` sets rotationDue (a clear one stays clear otherwise).
    // An empty refreshTokenEnc stores NULL. Database error on a conflict.
    [[nodiscard]] Result<void> replaceSealedTokens(qint64 userId, const QByteArray &accessTokenEnc,
                                                   const QByteArray &refreshTokenEnc, qint64 expectedVersion,
                                                   qint64 nowMs, bool markRotationDue);
    // Gives a row stored before schema 0007 (no service) `service`; a row
    // that has one keeps it. True when this call set it.
    [[nodiscard]] Result<bool> adoptService(qint64 userId, const ServiceIdentity &service);
    // Removing a row that is not there is not an error.
    [[nodiscard]] Result<void> remove(qint64 userId);

    [[nodiscard]] static QString versionConflictDetail() { return QStringLiteral("version conflict"); }

private:
    Database &m_db;
};

}  // namespace waveshelf
