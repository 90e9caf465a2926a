#pragma once

#include "common/Result.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QUrl;

namespace waveshelf {

// The one database of Waveshelf: a named QSqlDatabase connection, opened,
// configured and migrated to the latest schema. Use it from the thread that
// opened it (a Qt SQL rule).
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)

    Q_DISABLE_COPY_MOVE(Database)

public:
    // location: a SQLite file path (":memory:" for a throwaway database), or a
    // "postgresql://user@host:port/db[?option=value...]" URL for QPSQL (query
    // items are passed to libpq as connect options; connect_timeout defaults
    // to 5 s). Without a password in the URL, libpq reads PGPASSWORD or
    // ~/.pgpass (PGPASSFILE) itself: ConfigCheck refuses one in the settings.
    // A new SQLite file is created readable by its owner only (0600), an
    // existing one (and its -wal/-shm) is made so (an error if it cannot); the
    // pragmas foreign_keys=ON, busy_timeout and journal_mode=WAL are set; each
    // pending migration is applied in one transaction.
    // Errors: Database (cannot open, locked, damaged or not a Waveshelf
    // database; the message names the file), SchemaTooNew (written by a
    // newer Waveshelf; the database is left as it was).
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &location);
    ~Database();  // closes and removes its connection

    // PostgreSQL: a connection the server dropped (restart, network) is opened
    // again here, at most once a second; the query that met the loss failed
    // with storage::isConnectionLost, and so do queries while it stays down.
    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }
    // The file path, or the URL without its password: safe to show and log.
    [[nodiscard]] QString displayName() const { return m_displayName; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] static int latestSchemaVersion();
    // SQLite: moves what the write-ahead log holds into the database file and
    // empties the log (wal_checkpoint(TRUNCATE)); with secure_delete on, the
    // old versions of rewritten rows then leave both files. Best effort while
    // another connection reads. PostgreSQL: nothing to do.
    [[nodiscard]] Result<void> checkpoint();
    // libpq's connection options for a postgresql:// URL: its query items, a
    // connect timeout unless it names one, and sslmode=verify-full (encrypted,
    // and the server's certificate checked against ~/.postgresql/root.crt and
    // its host name) unless it names an sslmode or the server is on this
    // computer (a loopback address, localhost, or a Unix socket folder).
    [[nodiscard]] static QStringList postgresOptions(const QUrl &url);

private:
    Database(SqlDialect dialect, QString displayName);

    [[nodiscard]] Result<void> openSqlite(const QString &path);
    [[nodiscard]] Result<void> openPostgres(const QUrl &url);
    // Sets an existing file and its -wal/-shm to 0600 (Unix); a named error if it cannot.
    [[nodiscard]] Result<void> makeOwnerOnly(const QString &path) const;
    [[nodiscard]] Result<void> migrate();
    [[nodiscard]] Error openError(const QString &detail) const;
    void reconnect(QSqlDatabase &db) const;

    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_displayName;
    int m_schemaVersion = 0;
    mutable qint64 m_lastReconnectMs = 0;
};

}  // namespace waveshelf
