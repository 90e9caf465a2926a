-- 0002: the refresh lease. SoundCloud refresh tokens are single-use, so at most
-- one process (app window, command-line tool, another machine on the same
-- PostgreSQL store) may refresh a connection at a time. The holder writes its
-- owner id and an expiry here in one short transaction; it clears both in the
-- same UPDATE that stores the new token pair (or on failure). A lease whose
-- expiry has passed is free, so a holder that crashed blocks nobody for long.
-- See src/core/storage/RefreshLease.h.

ALTER TABLE soundcloud_connections ADD COLUMN refresh_lease_owner TEXT;   -- NULL: no lease
ALTER TABLE soundcloud_connections ADD COLUMN refresh_lease_until BIGINT; -- ms since the Unix epoch, UTC
