-- 0009: how a local user left each view of the library: the table's column
-- widths, order and sort (QHeaderView::saveState), keyed by the view ("likes",
-- "user-tracks", ...). Not secret, so not sealed; gone with the user. See
-- src/core/storage/ViewStateRepository.h.
CREATE TABLE view_state (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    view_key VARCHAR(64) NOT NULL,
    state @BLOB@ NOT NULL,
    PRIMARY KEY (user_id, view_key)
);
