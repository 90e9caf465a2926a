#pragma once

#include "common/Result.h"

namespace waveshelf {

class Database;

// The player_state table (schema 0006) as far as core needs it: a user's row
// goes when they disconnect from SoundCloud, so that an account connected
// later does not get this one's queue back. Writing and reading the sealed
// state is the player's (PlayerStateStore).
class PlayerStateRows final {
public:
    explicit PlayerStateRows(Database &db);

    // Removing a row that is not there is not an error.
    [[nodiscard]] Result<void> remove(qint64 userId);

private:
    Database &m_db;
};

}  // namespace waveshelf
