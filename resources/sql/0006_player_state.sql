-- 0006: what the player had when a local user last logged out or quit, sealed
-- with the user's vault: the queue's tracks (LibraryItemCodec), the current
-- row, the position, volume, mute, shuffle and repeat (PlayerStateCodec). One
-- row per user, gone with the user. See src/player/PlayerStateStore.h.
CREATE TABLE player_state (
    user_id BIGINT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    state_enc @BLOB@ NOT NULL,
    saved_ms BIGINT NOT NULL                -- ms since the Unix epoch, UTC
);
