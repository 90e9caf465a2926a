-- 0007: the SoundCloud service each connection's tokens were issued by: the
-- token URL, the API's origin (scheme://host:port) and the client ID of the
-- configuration that connected. Tokens are only ever sent where all three are
-- those of the current configuration (src/core/storage/ConnectionStore.h).
-- NULL for a connection made before this version: the first configuration that
-- loads it afterwards becomes its service, once.
ALTER TABLE soundcloud_connections ADD COLUMN service_token_url TEXT;
ALTER TABLE soundcloud_connections ADD COLUMN service_api_origin TEXT;
ALTER TABLE soundcloud_connections ADD COLUMN service_client_id TEXT;
