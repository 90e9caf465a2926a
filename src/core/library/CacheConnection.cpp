#include "library/CacheConnection.h"

#include "storage/SqlError.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf {

namespace {

QAtomicInteger<quint64> g_connections;

}  // namespace

CacheConnection::CacheConnection(const QString &mainConnectionName, SqlDialect dialect)
    : m_name(QStringLiteral("waveshelf-library-cache-%1").arg(g_connections.fetchAndAddRelaxed(1)))
    , m_dialect(dialect)
{
    QSqlDatabase::cloneDatabase(mainConnectionName, m_name);
}

CacheConnection::~CacheConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<void> CacheConnection::open()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.open())
        return storage::databaseError(db.lastError(), "opening the library cache");
    if (m_dialect == SqlDialect::SQLite) {
        QSqlQuery query(db);
        for (const char *pragma :
             {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA secure_delete = ON"}) {
            if (!query.exec(QLatin1String(pragma)))
                return storage::databaseError(query.lastError(), "opening the library cache");
        }
    }
    return {};
}

QSqlDatabase CacheConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

}  // namespace waveshelf
