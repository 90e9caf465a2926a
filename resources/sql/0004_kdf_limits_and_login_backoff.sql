-- 0004: per-user key-derivation limits, and the login backoff kept on disk.
--
-- users.vault_kdf_*: the Argon2id limits of the key that wraps the user's
-- data key (libsodium opslimit, memlimit in bytes). Rows from before this
-- migration were wrapped at libsodium's INTERACTIVE limits (2, 64 MiB); they
-- are raised at the user's next successful login (see AccountService).
ALTER TABLE users ADD COLUMN vault_kdf_opslimit BIGINT NOT NULL DEFAULT 2;
ALTER TABLE users ADD COLUMN vault_kdf_memlimit BIGINT NOT NULL DEFAULT 67108864;

-- Random keys of this database, made on first use by the code (portable SQL
-- has no random function). 'login-backoff' keys the hash of login_backoff.name_hash.
CREATE TABLE database_keys (
    purpose TEXT PRIMARY KEY,
    key_bytes @BLOB@ NOT NULL
);

-- Failed logins per name, for every name tried, known or not: a row says
-- nothing about whether a user of that name exists. The name is stored only
-- as keyed BLAKE2b-256 of its case-folded form (hex). A success deletes it.
-- See src/core/accounts/LoginThrottle.h.
CREATE TABLE login_backoff (
    name_hash TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    next_allowed_ms BIGINT,                 -- ms since the Unix epoch, UTC; NULL: no wait
    updated_ms BIGINT NOT NULL
);
