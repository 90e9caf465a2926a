-- 0001: local users, their SoundCloud connection, and schema bookkeeping.
-- Runs on SQLite and PostgreSQL. @ID_PK@ and @BLOB@ are replaced per driver
-- (see src/core/storage/Migrations.h). Times are UTC, ISO 8601 with milliseconds.

CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
);

CREATE TABLE users (
    id @ID_PK@,
    username TEXT NOT NULL,
    username_key TEXT NOT NULL UNIQUE,      -- NFKC + case-folded username
    password_hash TEXT NOT NULL,            -- libsodium Argon2id string
    vault_salt @BLOB@,                      -- Argon2id salt of the key-encryption key
    vault_wrapped_key @BLOB@,               -- nonce || AEAD(data key)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE soundcloud_connections (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    soundcloud_urn TEXT NOT NULL,
    soundcloud_username TEXT NOT NULL,
    access_token_enc @BLOB@ NOT NULL,       -- sealed with the user's vault
    refresh_token_enc @BLOB@,               -- sealed; NULL when there is none
    expires_at TEXT,                        -- NULL when the server gave no expiry
    scope TEXT NOT NULL,
    version BIGINT NOT NULL,                -- bumped on every write (optimistic concurrency)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
