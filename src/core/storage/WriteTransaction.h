#pragma once

#include "common/Result.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>

namespace waveshelf {

class Database;

// One write transaction on the Database's connection, rolled back unless
// committed. SQLite: BEGIN IMMEDIATE, so the write lock is taken up front and
// nobody else writes between this transaction's reads and writes (waiting up
// to the connection's busy timeout); PostgreSQL: an ordinary transaction
// (lock rows with SELECT ... FOR UPDATE or guard each UPDATE with WHERE).
// Use on the thread that owns the Database; not nestable.
class WriteTransaction final {
    Q_DISABLE_COPY_MOVE(WriteTransaction)

public:
    explicit WriteTransaction(Database &db);
    // On another connection to the database (e.g. a worker thread's clone).
    WriteTransaction(const QSqlDatabase &connection, SqlDialect dialect);
    ~WriteTransaction();  // rolls back if still open

    // Database error if it could not start (`what` names the work, for the log).
    [[nodiscard]] Result<void> begin(const char *what);
    [[nodiscard]] Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_connection;
    SqlDialect m_dialect;
    const char *m_what = "";
    bool m_open = false;
};

}  // namespace waveshelf
