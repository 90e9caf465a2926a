-- 0008: a connection whose grant must be renewed at its next online use. A password
-- change spends the refresh token once (one refresh) before it seals the new pair
-- under the new key, so that the pair an old copy of the database holds is dead at
-- SoundCloud; when that refresh cannot happen (offline, the service refused for a
-- passing reason, the connection belongs to another service), the change still
-- completes and sets this flag instead. TokenSession then refreshes at the first
-- use; any stored refresh (or a reconnect) clears it.
ALTER TABLE soundcloud_connections ADD COLUMN rotation_due INTEGER NOT NULL DEFAULT 0;
