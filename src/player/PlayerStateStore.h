#pragma once

#include "PlayerState.h"
#include "common/Result.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace waveshelf {

class Database;
class Vault;

// One local user's saved player state (PlayerState), sealed with their vault in
// the database (schema 0006: one row per user, deleted with the user). The
// sealed field is "player/state", so a row copied to another user does not open.
//
// load() and save() run on the store's own worker thread (one at a time, in
// order; a queue of thousands of tracks is encoded, sealed and written there) on
// a clone of the database connection; results come back on the caller's thread,
// dropped if `context` goes first. saveNow() is for logging out and quitting:
// it waits for the worker, then writes on the caller's thread.
class PlayerStateStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerStateStore)

public:
    // The database must be a file (or a server): the worker opens its own connection to it.
    PlayerStateStore(Database &db, std::shared_ptr<const Vault> vault, QObject *parent = nullptr);
    ~PlayerStateStore() override;  // waits for the work in flight

    // Nothing saved: an empty optional. A row that does not open: Crypto.
    void load(QObject *context, std::function<void(Result<std::optional<PlayerState>>)> done);
    // `done` may be empty.
    void save(const PlayerState &state, QObject *context, std::function<void(Result<void>)> done);
    [[nodiscard]] Result<void> saveNow(const PlayerState &state);

private:
    struct Shared;

    Database &m_db;
    std::shared_ptr<Shared> m_shared;
    QThreadPool m_worker;
};

}  // namespace waveshelf
