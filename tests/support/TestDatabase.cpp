#include "TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace waveshelf::test {

namespace {

constexpr const char *kBackendEnv = "WAVESHELF_TEST_BACKEND";
constexpr const char *kServerEnv = "WAVESHELF_TEST_DATABASE_URL";

// Runs one statement on the server through a connection of its own.
bool runOnServer(const QString &statement)
{
    const QString name = QStringLiteral("waveshelf-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        const QUrl url(qEnvironmentVariable(kServerEnv), QUrl::StrictMode);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            qWarning("TestDatabase: cannot connect to %s: %s", qPrintable(url.toString()),
                     qPrintable(db.lastError().text()));
        } else {
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                qWarning("TestDatabase: %s failed: %s", qPrintable(statement), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

}  // namespace

bool TestDatabase::postgresRequested()
{
    return qEnvironmentVariable(kBackendEnv) == QLatin1String("postgres");
}

QString TestDatabase::unavailableReason()
{
    if (!postgresRequested() || !qEnvironmentVariableIsEmpty(kServerEnv))
        return {};
    return QStringLiteral("PostgreSQL variant skipped: WAVESHELF_TEST_DATABASE_URL is not set (scripts/test.sh "
                          "sets it and starts a throwaway server with scripts/postgres-test-cluster.sh)");
}

TestDatabase::TestDatabase(const QString &sqlitePath)
    : m_location(sqlitePath)
{
    if (!postgresRequested() || !unavailableReason().isEmpty())
        return;
    const QString schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    if (!runOnServer(QStringLiteral("CREATE SCHEMA %1").arg(schema)))
        qFatal("TestDatabase: could not create a schema on %s", kServerEnv);
    m_schema = schema;
    QUrl url(qEnvironmentVariable(kServerEnv), QUrl::StrictMode);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("options"), QStringLiteral("-csearch_path=") + schema);
    url.setQuery(query);
    m_location = url.toString();
}

TestDatabase::~TestDatabase()
{
    if (isPostgres())
        (void)runOnServer(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
}

}  // namespace waveshelf::test
