#include "storage/PlayerStateRows.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf {

PlayerStateRows::PlayerStateRows(Database &db)
    : m_db(db)
{
}

Result<void> PlayerStateRows::remove(qint64 userId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM player_state WHERE user_id = ?"));
    query.addBindValue(userId);
    if (!storage::execLogged(query, "removing the player state"))
        return storage::databaseError(query.lastError(), "removing the player state");
    return {};
}

}  // namespace waveshelf
