#include "PlayerStateStore.h"

#include "accounts/Vault.h"
#include "common/OffThread.h"
#include "library/CacheConnection.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf {

namespace {

const QString kField = QStringLiteral("player/state");

Result<void> write(const QSqlDatabase &db, const Vault &vault, const PlayerState &state)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO player_state (user_id, state_enc, saved_ms) VALUES (?, ?, ?) "
                                      "ON CONFLICT (user_id) DO UPDATE SET state_enc = excluded.state_enc, "
                                      "saved_ms = excluded.saved_ms")))
        return storage::databaseError(query.lastError(), "saving the player state");
    query.addBindValue(vault.userId());
    query.addBindValue(vault.seal(state.encode(), kField));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!storage::execLogged(query, "saving the player state"))
        return storage::databaseError(query.lastError(), "saving the player state");
    return {};
}

Result<std::optional<PlayerState>> read(const QSqlDatabase &db, const Vault &vault)
{
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT state_enc FROM player_state WHERE user_id = ?")))
        return storage::databaseError(query.lastError(), "reading the player state");
    query.addBindValue(vault.userId());
    if (!storage::execLogged(query, "reading the player state"))
        return storage::databaseError(query.lastError(), "reading the player state");
    if (!query.next())
        return std::optional<PlayerState>();
    const Result<QByteArray> opened = vault.open(query.value(0).toByteArray(), kField);
    if (!opened.ok())
        return opened.error();
    Result<PlayerState> state = PlayerState::decode(opened.value());
    if (!state.ok())
        return state.error();
    return std::optional<PlayerState>(std::move(state).value());
}

}  // namespace

// What the worker's tasks share with the store (they may outlive a call, never the store).
struct PlayerStateStore::Shared {
    QString mainConnection;
    SqlDialect dialect = SqlDialect::SQLite;
    std::shared_ptr<const Vault> vault;

    template <typename T>
    Result<T> withConnection(const std::function<Result<T>(const QSqlDatabase &)> &work) const
    {
        CacheConnection connection(mainConnection, dialect);
        const Result<void> opened = connection.open();
        if (!opened.ok())
            return opened.error();
        return work(connection.database());
    }
};

PlayerStateStore::PlayerStateStore(Database &db, std::shared_ptr<const Vault> vault, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->mainConnection = db.connection().connectionName();
    m_shared->dialect = db.dialect();
    m_shared->vault = std::move(vault);
    m_worker.setMaxThreadCount(1);  // one piece of work at a time, in order
}

PlayerStateStore::~PlayerStateStore()
{
    m_worker.waitForDone();
}

void PlayerStateStore::load(QObject *context, std::function<void(Result<std::optional<PlayerState>>)> done)
{
    OffThread::compute<std::optional<PlayerState>>(
        [shared = m_shared] {
            return shared->withConnection<std::optional<PlayerState>>(
                [&shared](const QSqlDatabase &db) { return read(db, *shared->vault); });
        },
        context, std::move(done), &m_worker);
}

void PlayerStateStore::save(const PlayerState &state, QObject *context, std::function<void(Result<void>)> done)
{
    OffThread::compute<void>(
        [shared = m_shared, state] {
            return shared->withConnection<void>(
                [&shared, &state](const QSqlDatabase &db) { return write(db, *shared->vault, state); });
        },
        context, done ? std::move(done) : [](Result<void>) {}, &m_worker);
}

Result<void> PlayerStateStore::saveNow(const PlayerState &state)
{
    m_worker.waitForDone();
    return write(m_db.connection(), *m_shared->vault, state);
}

}  // namespace waveshelf
