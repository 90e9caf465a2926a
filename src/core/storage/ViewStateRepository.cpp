#include "storage/ViewStateRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace waveshelf {

ViewStateRepository::ViewStateRepository(Database &db, qint64 userId)
    : m_db(db)
    , m_userId(userId)
{
}

Result<QByteArray> ViewStateRepository::load(const QString &viewKey) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT state FROM view_state WHERE user_id = ? AND view_key = ?"));
    query.addBindValue(m_userId);
    query.addBindValue(viewKey);
    if (!storage::execLogged(query, "reading a view's state"))
        return storage::databaseError(query.lastError(), "reading a view's state");
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

Result<void> ViewStateRepository::save(const QString &viewKey, const QByteArray &state)
{
    // An upsert both SQLite (3.24+) and PostgreSQL speak.
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO view_state (user_id, view_key, state) VALUES (?, ?, ?) "
                                 "ON CONFLICT (user_id, view_key) DO UPDATE SET state = excluded.state"));
    query.addBindValue(m_userId);
    query.addBindValue(viewKey);
    query.addBindValue(state);
    if (!storage::execLogged(query, "saving a view's state"))
        return storage::databaseError(query.lastError(), "saving a view's state");
    return {};
}

}  // namespace waveshelf
