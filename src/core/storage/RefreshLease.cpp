#include "storage/RefreshLease.h"

#include "common/LogCategories.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace waveshelf {

namespace {

// Another writer holds the database: SQLITE_BUSY / SQLITE_LOCKED (the low
// byte of an extended code), or PostgreSQL's lock_not_available (NOWAIT).
bool isBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int sqlite = code.toInt(&numeric) & 0xff;
    if (numeric)
        return sqlite == 5 || sqlite == 6;
    return code == QLatin1String("55P03");
}

Error notConnected(qint64 userId)
{
    return Error{ErrorKind::NotFound, RefreshLease::tr("This account is not connected to SoundCloud."),
                 QStringLiteral("no connection for user %1 to lease").arg(userId)};
}

// Not acquired, holder unknown: the database was busy. The caller polls again.
LeaseAttempt busy()
{
    qCDebug(lcStorage) << "refresh lease: database busy, will retry";
    return LeaseAttempt{};
}

}  // namespace

RefreshLease::RefreshLease(Database &db)
    : m_db(db)
{
}

QString RefreshLease::newOwnerId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<LeaseAttempt> RefreshLease::tryAcquire(qint64 userId, const QString &owner, const QDateTime &nowUtc,
                                              qint64 durationMs)
{
    Q_ASSERT(!owner.isEmpty());
    Q_ASSERT(durationMs > 0 && durationMs <= kMaxDurationMs);
    if (m_db.dialect() != SqlDialect::SQLite)
        return acquireInTransaction(userId, owner, nowUtc.toMSecsSinceEpoch(), durationMs);

    // Wait for another writer only briefly (this may run on the GUI thread):
    // a database still busy after that counts as "held", and the caller polls.
    QSqlDatabase db = m_db.connection();
    QSqlQuery pragma(db);
    int savedTimeoutMs = -1;
    if (pragma.exec(QStringLiteral("PRAGMA busy_timeout")) && pragma.next())
        savedTimeoutMs = pragma.value(0).toInt();
    pragma.finish();
    if (savedTimeoutMs >= 0)
        (void)pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyWaitMs));
    Result<LeaseAttempt> attempt = acquireInTransaction(userId, owner, nowUtc.toMSecsSinceEpoch(), durationMs);
    if (savedTimeoutMs >= 0 && !pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(savedTimeoutMs)))
        qCWarning(lcStorage) << "could not restore the busy timeout:" << pragma.lastError().text();
    return attempt;
}

Result<LeaseAttempt> RefreshLease::acquireInTransaction(qint64 userId, const QString &owner, qint64 nowMs,
                                                        qint64 durationMs)
{
    QSqlDatabase db = m_db.connection();
    const bool sqlite = m_db.dialect() == SqlDialect::SQLite;

    // SQLite: BEGIN IMMEDIATE takes the write lock up front, so two processes
    // serialise here instead of both reading "free" and both writing.
    // PostgreSQL: the row lock of SELECT ... FOR UPDATE does the same.
    if (sqlite) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (isBusy(begin.lastError()))
                return busy();
            return storage::databaseError(begin.lastError(), "starting the refresh lease transaction");
        }
    } else if (!db.transaction()) {
        return storage::databaseError(db.lastError(), "starting the refresh lease transaction");
    }
    // From here on every way out ends the transaction.
    const auto rollback = [&db, sqlite] {
        if (sqlite) {
            QSqlQuery end(db);
            if (!end.exec(QStringLiteral("ROLLBACK")))
                qCWarning(lcStorage) << "refresh lease rollback failed:" << end.lastError().text();
        } else if (!db.rollback()) {
            qCWarning(lcStorage) << "refresh lease rollback failed:" << db.lastError().text();
        }
    };
    const auto fail = [&rollback](const QSqlError &error, const char *what) -> Result<LeaseAttempt> {
        rollback();
        if (isBusy(error))
            return busy();
        return storage::databaseError(error, what);
    };

    LeaseAttempt attempt;
    {
        QSqlQuery select(db);
        select.prepare(QStringLiteral("SELECT version, refresh_lease_owner, refresh_lease_until, refresh_sent_at "
                                      "FROM soundcloud_connections WHERE user_id = ?%1")
                           .arg(sqlite ? QLatin1String("") : QLatin1String(" FOR UPDATE NOWAIT")));
        select.addBindValue(userId);
        if (!select.exec()) {
            const QSqlError error = select.lastError();
            select.finish();
            return fail(error, "reading the refresh lease");
        }
        if (!select.next()) {
            select.finish();
            rollback();
            return notConnected(userId);
        }
        attempt.version = select.value(0).toLongLong();
        const QString holder = select.value(1).toString();
        const qint64 until = select.value(2).isNull() ? 0 : select.value(2).toLongLong();
        const bool sent = !select.value(3).isNull();
        select.finish();

        const bool someoneElse = !holder.isEmpty() && holder != owner;
        const bool live = until > nowMs && until <= nowMs + kMaxDurationMs;
        if (someoneElse && live) {
            rollback();
            attempt.heldUntil = QDateTime::fromMSecsSinceEpoch(until).toUTC();
            return attempt;
        }
        if (sent && holder != owner) {
            // Its holder sent the refresh token and died before an answer was
            // stored: that token may be spent. Never hand it out again.
            rollback();
            qCWarning(lcStorage) << "the refresh lease of user" << userId
                                 << "ran out while its holder's refresh was unanswered; reconnect needed";
            attempt.abandonedRefresh = true;
            return attempt;
        }
        if (someoneElse)
            qCInfo(lcStorage) << "taking over an expired refresh lease of user" << userId;
    }

    const qint64 until = nowMs + durationMs;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE soundcloud_connections SET refresh_lease_owner = ?, "
                                  "refresh_lease_until = ? WHERE user_id = ?"));
    update.addBindValue(owner);
    update.addBindValue(until);
    update.addBindValue(userId);
    if (!update.exec()) {
        const QSqlError error = update.lastError();
        update.finish();
        return fail(error, "taking the refresh lease");
    }
    update.finish();

    if (sqlite) {
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT")))
            return fail(commit.lastError(), "committing the refresh lease");
    } else if (!db.commit()) {
        return fail(db.lastError(), "committing the refresh lease");
    }
    attempt.acquired = true;
    attempt.heldUntil = QDateTime::fromMSecsSinceEpoch(until).toUTC();
    qCDebug(lcStorage) << "took the refresh lease of user" << userId << "at version" << attempt.version;
    return attempt;
}

Result<void> RefreshLease::release(qint64 userId, const QString &owner)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE soundcloud_connections SET refresh_lease_owner = NULL, "
                                 "refresh_lease_until = NULL, refresh_sent_at = NULL "
                                 "WHERE user_id = ? AND refresh_lease_owner = ?"));
    query.addBindValue(userId);
    query.addBindValue(owner);
    if (!storage::execLogged(query, "releasing the refresh lease"))
        return storage::databaseError(query.lastError(), "releasing the refresh lease");
    return {};
}

Result<void> RefreshLease::markSent(qint64 userId, const QString &owner, const QDateTime &nowUtc)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE soundcloud_connections SET refresh_sent_at = ? "
                                 "WHERE user_id = ? AND refresh_lease_owner = ?"));
    query.addBindValue(nowUtc.toMSecsSinceEpoch());
    query.addBindValue(userId);
    query.addBindValue(owner);
    if (!storage::execLogged(query, "marking a refresh as sent"))
        return storage::databaseError(query.lastError(), "marking a refresh as sent");
    if (query.numRowsAffected() != 1) {
        return Error{ErrorKind::Database,
                     QCoreApplication::translate("ConnectionRepository",
                                                 "The SoundCloud connection was changed meanwhile. Please try again."),
                     QStringLiteral("refresh lease of user %1 lost before sending").arg(userId)};
    }
    return {};
}

}  // namespace waveshelf
