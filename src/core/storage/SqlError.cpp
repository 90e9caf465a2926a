#include "storage/SqlError.h"

#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf::storage {

Error databaseError(const QSqlError &sqlError, const char *what)
{
    return Error{ErrorKind::Database,
                 QCoreApplication::translate("Database", "The database could not be read or written."),
                 QStringLiteral("%1: %2").arg(QLatin1String(what), sqlError.text())};
}

bool execLogged(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage) << what << "failed:" << query.lastError().text();
    return false;
}

}  // namespace waveshelf::storage
