#pragma once

#include "ListPane.h"

namespace waveshelf {

class ArtworkLoader;
class Library;
class PlaylistTrackActions;
class TrackTableView;

// A track list of the library browser (Likes, Stream, a playlist's or a
// person's tracks, search results) in a TrackTableView: Enter or double-click
// plays the list as shown (sorted and filtered) from that row; the context
// menu plays next, queues, likes, goes to the artist, adds to a playlist, and
// in an own playlist removes and moves tracks (PlaylistTrackActions).
class TrackListPane final : public ListPane {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackListPane)

public:
    // artwork may be null (no thumbnails).
    TrackListPane(Library &library, ArtworkLoader *artwork, const LibraryList &list, QWidget *parent = nullptr);

    [[nodiscard]] QAbstractItemView *view() const override;
    void keepColumnsIn(ViewStateRepository *store) override;
    void setNowPlaying(const QString &urn) override;
    [[nodiscard]] TrackListModel *trackModel() const override { return m_tracks; }
    [[nodiscard]] TrackTableView *table() const { return m_table; }

    // The tracks in the order the table shows them (sorted, filtered).
    [[nodiscard]] QList<Track> tracksShown() const override;
    // The track on the table's row `row`.
    [[nodiscard]] Track trackAtViewRow(int row) const;
    // An own playlist's tracks: they can be removed and moved (playlistTracksChangeRequested).
    void setPlaylistEditing(bool own);
    [[nodiscard]] PlaylistTrackActions *playlistActions() const { return m_playlistActions; }

private:
    TrackListModel *m_tracks;
    TrackTableView *m_table;
    PlaylistTrackActions *m_playlistActions;
};

}  // namespace waveshelf
