#pragma once

#include "common/Result.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace waveshelf {

// The versioned schema migrations embedded from resources/sql under :/sql,
// named NNNN_name.sql. Each file is plain SQL that runs on SQLite and
// PostgreSQL, with two placeholders for what the two spell differently:
//   @ID_PK@  an auto-numbered 64-bit primary key
//   @BLOB@   a binary column (BLOB / BYTEA)
// Statements end with ';' at the end of a line; "--" starts a comment that
// runs to the end of the line (so neither may appear inside a string).
// Applied versions are recorded in the schema_version table.
class Migrations final {
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Migration {
        int version = 0;
        QString fileName;
    };

    // All embedded migrations, in version order.
    [[nodiscard]] static QList<Migration> all();
    [[nodiscard]] static int latestVersion();

    // The statements of one migration, placeholders expanded for `dialect`.
    [[nodiscard]] static Result<QStringList> statements(const Migration &migration, SqlDialect dialect);

    // The version recorded in `db` (0 for a database without schema_version).
    [[nodiscard]] static Result<int> currentVersion(const QSqlDatabase &db);

    // Applies every migration newer than `fromVersion`, each in its own
    // transaction. Returns the version reached.
    [[nodiscard]] static Result<int> apply(QSqlDatabase &db, SqlDialect dialect, int fromVersion);
};

}  // namespace waveshelf
