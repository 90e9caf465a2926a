#include "storage/SqlError.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf::storage {

namespace {

enum class Cause {
    ConnectionLost,
    Busy,
    Full,
    ReadOnly,
    Corrupt,
    Other
};

const char kConnectionLostPrefix[] = "connection lost: ";

// PostgreSQL's connection_exception class, the server shutting down or
// starting; QPSQL also reports a connection that libpq found broken (or a
// query on a connection that could not be opened again) without a SQLSTATE.
bool isLostConnection(const QSqlError &sqlError, const QString &code)
{
    if (code.size() == 5)  // a SQLSTATE
        return code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
            || code == QLatin1String("57P03");
    if (!code.isEmpty())  // SQLite's numeric codes
        return false;
    // Every error the server sends has a SQLSTATE: one without it is libpq's own.
    return sqlError.driverText().startsWith(QLatin1String("QPSQL"))
        || sqlError.text().contains(QLatin1String("connection"), Qt::CaseInsensitive);
}

// SQLite's primary result codes (the low byte of extended ones) and
// PostgreSQL's SQLSTATEs for the failures a user can do something about.
Cause causeOf(const QSqlError &sqlError)
{
    const QString code = sqlError.nativeErrorCode();
    if (isLostConnection(sqlError, code))
        return Cause::ConnectionLost;
    bool numeric = false;
    // SQLite's codes have at most 4 digits; a SQLSTATE always has 5 characters.
    const int sqlite = code.toInt(&numeric) & 0xff;
    if (numeric && code.size() < 5) {
        switch (sqlite) {
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
            return Cause::Busy;
        case 13:  // SQLITE_FULL
            return Cause::Full;
        case 8:  // SQLITE_READONLY
            return Cause::ReadOnly;
        case 11:  // SQLITE_CORRUPT
        case 26:  // SQLITE_NOTADB
            return Cause::Corrupt;
        default:
            return Cause::Other;
        }
    }
    if (code == QLatin1String("55P03") || code == QLatin1String("40P01") || code == QLatin1String("40001"))
        return Cause::Busy;
    if (code == QLatin1String("53100"))
        return Cause::Full;
    if (code == QLatin1String("25006"))
        return Cause::ReadOnly;
    return Cause::Other;
}

QString messageFor(Cause cause)
{
    switch (cause) {
    case Cause::ConnectionLost:
        return QCoreApplication::translate("SqlError",
                                           "Waveshelf lost its connection to the database server (it may have "
                                           "been restarted, or the network is down). Nothing was lost; Waveshelf "
                                           "connects again on its next try.");
    case Cause::Busy:
        return QCoreApplication::translate("SqlError",
                                           "The database is busy (another Waveshelf window or the command-line tool "
                                           "may be using it). Nothing was changed; try again in a moment.");
    case Cause::Full:
        return QCoreApplication::translate("SqlError",
                                           "The disk is full, so Waveshelf could not save. Nothing was changed; free "
                                           "some space and try again.");
    case Cause::ReadOnly:
        return QCoreApplication::translate("SqlError",
                                           "The database cannot be written (it is read-only). Nothing was changed.");
    case Cause::Corrupt:
        return QCoreApplication::translate("SqlError",
                                           "The database file is damaged. Waveshelf did not change it; restore it "
                                           "from a backup or move it aside.");
    case Cause::Other:
        break;
    }
    return QCoreApplication::translate("SqlError", "The database could not be read or written.");
}

}  // namespace

Error databaseError(const QSqlError &sqlError, const char *what)
{
    const Cause cause = causeOf(sqlError);
    return Error{
        ErrorKind::Database, messageFor(cause),
        QLatin1String(cause == Cause::ConnectionLost ? kConnectionLostPrefix : "")
            + QStringLiteral("%1: %2 (code %3)").arg(QLatin1String(what), sqlError.text(), sqlError.nativeErrorCode())};
}

bool isConnectionLost(const Error &error)
{
    return error.kind == ErrorKind::Database && error.detail.startsWith(QLatin1String(kConnectionLostPrefix));
}

bool execLogged(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage) << what << "failed:" << query.lastError().text();
    return false;
}

}  // namespace waveshelf::storage
