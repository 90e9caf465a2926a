-- 0003: "refresh in flight". The lease holder writes the time here just before
-- it sends the single-use refresh token, and clears it with the lease once an
-- answer came back (in the UPDATE that stores the new pair, or on a refusal).
-- A value left behind an expired lease means its holder died (crash, kill,
-- power loss) after SoundCloud may have retired that refresh token: nobody
-- may send it again, the user has to reconnect. A reconnect (a new row
-- written by ConnectionRepository::upsert) clears it.
-- See src/core/storage/RefreshLease.h.

ALTER TABLE soundcloud_connections ADD COLUMN refresh_sent_at BIGINT; -- ms since the Unix epoch, UTC; NULL: nothing sent unanswered
