#include "storage/SqlError.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf::storage {

namespace {

enum class Cause {
    Busy,
    Full,
    ReadOnly,
    Corrupt,
    Other
};

// SQLite's primary result codes (the low byte of extended ones) and
// PostgreSQL's SQLSTATEs for the failures a user can do something about.
Cause causeOf(const QSqlError &sqlError)
{
    const QString code = sqlError.nativeErrorCode();
    bool numeric = false;
    const int sqlite = code.toInt(&numeric) & 0xff;
    if (numeric) {
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
    return Error{
        ErrorKind::Database, messageFor(causeOf(sqlError)),
        QStringLiteral("%1: %2 (code %3)").arg(QLatin1String(what), sqlError.text(), sqlError.nativeErrorCode())};
}

bool execLogged(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage) << what << "failed:" << query.lastError().text();
    return false;
}

}  // namespace waveshelf::storage
