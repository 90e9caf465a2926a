#pragma once

#include "common/Result.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace waveshelf {

// A connection of its own to the app's database, for one piece of work on a
// worker thread: a clone of the main connection (QSqlDatabase::cloneDatabase
// is safe to call from another thread), opened with the same pragmas, and
// closed and removed when this goes. Use it only on the thread that made it.
class CacheConnection final {
    Q_DISABLE_COPY_MOVE(CacheConnection)

public:
    CacheConnection(const QString &mainConnectionName, SqlDialect dialect);
    ~CacheConnection();

    [[nodiscard]] Result<void> open();
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }

private:
    QString m_name;
    SqlDialect m_dialect;
};

}  // namespace waveshelf
