-- 0005: the offline library cache, per local user, sealed with the user's vault.
--
-- One row per cached list. list_id is a keyed BLAKE2b-256 (hex) of the list's
-- name (LibraryList::key()) under a key derived from the user's data key, so
-- the file does not say which playlists or people a user opened. meta_enc is
-- sealed: format version, item kind, next_href, when it was fetched, counts.
-- used_ms orders lists for eviction (least recently used first); bytes is the
-- size of its sealed meta and chunks. See src/core/library/LibraryCache.h.
CREATE TABLE library_cache_lists (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    list_id TEXT NOT NULL,
    meta_enc @BLOB@ NOT NULL,
    used_ms BIGINT NOT NULL,                -- ms since the Unix epoch, UTC
    bytes BIGINT NOT NULL,
    PRIMARY KEY (user_id, list_id)
);

-- A list's items in sealed chunks of up to 500 (LibraryItemCodec), in order.
-- fetched_ms: when this chunk's items came from SoundCloud (oldest first to refresh).
CREATE TABLE library_cache_chunks (
    user_id BIGINT NOT NULL,
    list_id TEXT NOT NULL,
    chunk_index INTEGER NOT NULL,
    fetched_ms BIGINT NOT NULL,
    chunk_enc @BLOB@ NOT NULL,
    PRIMARY KEY (user_id, list_id, chunk_index),
    FOREIGN KEY (user_id, list_id) REFERENCES library_cache_lists (user_id, list_id) ON DELETE CASCADE
);
