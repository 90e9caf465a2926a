#include "storage/WriteTransaction.h"

#include "common/LogCategories.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf {

WriteTransaction::WriteTransaction(Database &db)
    : WriteTransaction(db.connection(), db.dialect())
{
}

WriteTransaction::WriteTransaction(const QSqlDatabase &connection, SqlDialect dialect)
    : m_connection(connection)
    , m_dialect(dialect)
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Result<void> WriteTransaction::begin(const char *what)
{
    Q_ASSERT(!m_open);
    m_what = what;
    QSqlDatabase &db = m_connection;
    if (m_dialect == SqlDialect::SQLite) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return storage::databaseError(begin.lastError(), what);
    } else if (!db.transaction()) {
        return storage::databaseError(db.lastError(), what);
    }
    m_open = true;
    return {};
}

Result<void> WriteTransaction::commit()
{
    Q_ASSERT(m_open);
    QSqlDatabase &db = m_connection;
    if (m_dialect == SqlDialect::SQLite) {
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const Error error = storage::databaseError(commit.lastError(), m_what);
            commit.finish();
            rollback();
            return error;
        }
    } else if (!db.commit()) {
        const Error error = storage::databaseError(db.lastError(), m_what);
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlDatabase &db = m_connection;
    if (m_dialect == SqlDialect::SQLite) {
        QSqlQuery end(db);
        if (!end.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "rollback failed:" << m_what << end.lastError().text();
    } else if (!db.rollback()) {
        qCWarning(lcStorage) << "rollback failed:" << m_what << db.lastError().text();
    }
}

}  // namespace waveshelf
