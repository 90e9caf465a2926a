#include "SqliteLockHolder.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <chrono>

namespace waveshelf::test {

SqliteLockHolder::SqliteLockHolder(const QString &path, int holdMs)
    : m_thread([this, path, holdMs] {
        const QString name = QStringLiteral("lock-holder-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            m_locked = query.exec(QStringLiteral("BEGIN EXCLUSIVE"));
            m_ready = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
            query.exec(QStringLiteral("COMMIT"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    })
{
    while (!m_ready)
        std::this_thread::yield();
}

SqliteLockHolder::~SqliteLockHolder()
{
    m_thread.join();
}

}  // namespace waveshelf::test
