#include "storage/Database.h"

#include "common/LogCategories.h"
#include "config/ConfigCheck.h"
#include "storage/Migrations.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#endif

namespace waveshelf {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr qint64 kReconnectIntervalMs = 1000;
constexpr int kConnectTimeoutSeconds = 5;

bool isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// SQLite's side files (write-ahead log, shared memory) of a database file.
QStringList withSideFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
}

bool isMemory(const QString &location)
{
    return location == QLatin1String(":memory:");
}

// Every SQLite 3 database file starts with these 16 bytes.
bool hasSqliteHeader(const QByteArray &head)
{
    return head == QByteArrayLiteral("SQLite format 3\0");
}

}  // namespace

Database::Database(SqlDialect dialect, QString displayName)
    : m_connectionName(QStringLiteral("waveshelf-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_dialect(dialect)
    , m_displayName(std::move(displayName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &location)
{
    std::unique_ptr<Database> db;
    Result<void> opened;
    if (isPostgresUrl(location)) {
        const QUrl url(location, QUrl::StrictMode);
        db.reset(new Database(SqlDialect::PostgreSQL, url.toString(QUrl::RemovePassword | QUrl::RemoveQuery)));
        opened = db->openPostgres(url);
    } else {
        const QString path = isMemory(location) ? location : QFileInfo(location).absoluteFilePath();
        db.reset(new Database(SqlDialect::SQLite, QDir::toNativeSeparators(path)));
        opened = db->openSqlite(path);
    }
    if (opened.ok())
        opened = db->migrate();
    if (!opened.ok()) {
        qCWarning(lcStorage) << "Could not open database" << db->displayName() << ":" << opened.error().detail;
        return opened.error();  // `db` closes and removes the connection
    }
    qCInfo(lcStorage) << "Opened database" << db->displayName() << "at schema version" << db->schemaVersion();
    return Result<std::unique_ptr<Database>>(std::move(db));
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // QPSQL reports a connection libpq found broken as not open.
    if (m_dialect == SqlDialect::PostgreSQL && !db.isOpen())
        reconnect(db);
    return db;
}

void Database::reconnect(QSqlDatabase &db) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastReconnectMs < kReconnectIntervalMs)
        return;
    m_lastReconnectMs = now;
    db.close();
    if (db.open())
        qCInfo(lcStorage) << "connected again to the database" << m_displayName;
    else
        qCWarning(lcStorage) << "the database" << m_displayName << "is unreachable:" << db.lastError().text();
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

Error Database::openError(const QString &detail) const
{
    return Error{ErrorKind::Database,
                 tr("Could not open the database %1. It may be in use by another program, "
                    "damaged, or not a Waveshelf database.")
                     .arg(m_displayName),
                 detail};
}

Result<void> Database::openSqlite(const QString &path)
{
    if (!isMemory(path)) {
        const QFileInfo info(path);
        if (info.exists()) {
            // Refuse anything that is not SQLite before SQLite touches it.
            QFile file(path);
            if (!info.isFile() || !file.open(QIODevice::ReadOnly))
                return openError(QStringLiteral("not a readable file: ") + file.errorString());
            const QByteArray head = file.read(16);
            if (!head.isEmpty() && !hasSqliteHeader(head))
                return openError(QStringLiteral("no SQLite header"));
            // A file copied in, or made under a loose umask, may be readable
            // by others: it holds sealed tokens and password hashes.
            if (Result<void> tightened = makeOwnerOnly(path); !tightened.ok())
                return tightened;
        } else {
            if (!QDir().mkpath(info.absolutePath()))
                return openError(QStringLiteral("cannot create the folder"));
            QFile file(path);
            // Another process may create it at the same moment: then it is theirs to fill.
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)
                && !QFileInfo::exists(path))
                return openError(QStringLiteral("cannot create the file: ") + file.errorString());
        }
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return openError(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return openError(db.lastError().text());

    QSqlQuery query(db);
    // secure_delete: what a write replaces or deletes (an old password hash, a
    // wrapped key, sealed tokens) is overwritten in the file, not left in free space.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
          QStringLiteral("PRAGMA secure_delete = ON")}) {
        if (!query.exec(pragma))
            return openError(query.lastError().text());
    }
    // SQLite reads the file lazily: this first read is where a damaged file
    // or a locked one shows.
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !query.next())
        return openError(query.lastError().text());
    // A SQLite file with tables but no schema_version belongs to someone else.
    if (query.value(0).toInt() > 0 && !db.tables().contains(QLatin1String("schema_version")))
        return openError(QStringLiteral("a SQLite database without schema_version"));
    return {};
}

Result<void> Database::makeOwnerOnly(const QString &path) const
{
#ifdef Q_OS_UNIX
    // The main file first: SQLite gives new side files the main file's mode.
    for (const QString &file : withSideFiles(path)) {
        const QByteArray native = QFile::encodeName(file);
        struct stat info {};
        if (::stat(native.constData(), &info) != 0)
            continue;  // no such side file
        if ((info.st_mode & 07777) == (S_IRUSR | S_IWUSR))
            continue;
        if (::chmod(native.constData(), S_IRUSR | S_IWUSR) != 0) {
            const QString detail = QStringLiteral("chmod 0600 %1 failed: %2")
                                       .arg(QDir::toNativeSeparators(file),
                                            QString::fromLocal8Bit(std::strerror(errno)));
            return Error{ErrorKind::Database,
                         QCoreApplication::translate("Database",
                                                     "The database %1 can be read by other users of this computer, "
                                                     "and Waveshelf could not change that. Make the file yours "
                                                     "(readable by you only), then start Waveshelf again.")
                             .arg(QDir::toNativeSeparators(file)),
                         detail};
        }
        qCInfo(lcStorage) << "made" << QDir::toNativeSeparators(file) << "readable by its owner only";
    }
#else
    Q_UNUSED(path)
#endif
    return {};
}

QStringList Database::postgresOptions(const QUrl &url)
{
    QStringList options;
    bool timeoutGiven = false;
    bool sslModeGiven = false;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        options.append(item.first + QLatin1Char('=') + item.second);
        timeoutGiven = timeoutGiven || item.first == QLatin1String("connect_timeout");
        sslModeGiven = sslModeGiven || item.first == QLatin1String("sslmode");
    }
    // A server that does not answer must not hang the window for ever.
    if (!timeoutGiven)
        options.append(QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds));
    // libpq's default (prefer) falls back to clear text without a word.
    const QString host = url.host();
    const bool thisComputer = host.startsWith(QLatin1Char('/')) || ConfigCheck::isThisComputer(host);
    if (!sslModeGiven && !thisComputer)
        options.append(QStringLiteral("sslmode=verify-full"));
    return options;
}

Result<void> Database::openPostgres(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2)
        return openError(QStringLiteral("expected postgresql://user@host:port/database"));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return openError(QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName(QUrl::FullyDecoded));
    db.setPassword(url.password(QUrl::FullyDecoded));
    db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
    db.setConnectOptions(postgresOptions(url).join(QLatin1Char(';')));
    if (!db.open())
        return openError(db.lastError().text());  // libpq's text; it does not echo the password
    return {};
}

Result<void> Database::checkpoint()
{
    if (m_dialect != SqlDialect::SQLite)
        return {};
    QSqlQuery query(connection());
    // (busy, pages in the log, pages moved): busy 1 when a reader kept part of the log.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return storage::databaseError(query.lastError(), "checkpointing the database");
    if (query.value(0).toInt() != 0)
        qCInfo(lcStorage) << "Checkpoint of" << m_displayName << "incomplete: another connection is reading";
    return {};
}

Result<void> Database::migrate()
{
    QSqlDatabase db = connection();
    const Result<int> current = Migrations::currentVersion(db);
    if (!current.ok())
        return openError(current.error().detail);
    const int latest = Migrations::latestVersion();
    if (current.value() > latest) {
        qCWarning(lcStorage) << "Database" << m_displayName << "has schema" << current.value()
                             << "; this build knows up to" << latest;
        return Error{ErrorKind::SchemaTooNew,
                     tr("The database %1 was written by a newer version of Waveshelf. "
                        "Please update Waveshelf to open it.")
                         .arg(m_displayName),
                     QStringLiteral("schema version %1, latest known %2").arg(current.value()).arg(latest)};
    }

    if (m_dialect == SqlDialect::SQLite) {
        // Only now, once we know the file is ours and not too new, change it.
        // Switching the journal mode does not wait for a busy database (another
        // process starting at the same moment): try a few times, and if the
        // other one keeps it, go on; WAL is a setting of the file, it will stick.
        QSqlQuery query(db);
        bool switched = false;
        for (int attempt = 0; attempt < 50 && !switched; ++attempt) {
            switched = query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next();
            if (!switched) {
                if (query.lastError().nativeErrorCode() != QLatin1String("5"))  // not SQLITE_BUSY
                    return openError(query.lastError().text());
                QThread::msleep(20);
            }
        }
        if (!switched)
            qCInfo(lcStorage) << "SQLite journal mode left as it is (database busy)";
        else if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCInfo(lcStorage) << "SQLite kept journal mode" << query.value(0).toString();
    }

    m_schemaVersion = current.value();
    if (current.value() == latest)
        return {};
    const Result<int> reached = Migrations::apply(db, m_dialect, current.value());
    if (!reached.ok()) {
        Error error = reached.error();
        error.message = tr("Could not upgrade the database %1.").arg(m_displayName);
        return error;
    }
    m_schemaVersion = reached.value();
    return {};
}

}  // namespace waveshelf
