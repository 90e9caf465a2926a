#pragma once

#include "ListPane.h"

#include <memory>

class QAction;
class QLabel;
class QMenu;

namespace waveshelf {

class ArtworkLoader;
class Library;
class RowTableView;
class TrackListPane;

// Playlists or people (Playlists, Following, a person's playlists, search
// results) in a table, and under it the tracks of the one selected: the
// playlist's tracks, or the person's. Enter on a playlist goes to its tracks;
// Enter (or double-click) on a person opens them (personRequested: their
// tracks and playlists).
class CollectionPane final : public ListPane {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionPane)

public:
    // list: a list of playlists or of people. artwork may be null.
    CollectionPane(Library &library, ArtworkLoader *artwork, const LibraryList &list, QWidget *parent = nullptr);

    [[nodiscard]] QAbstractItemView *view() const override;
    void keepColumnsIn(ViewStateRepository *store) override;
    void setNowPlaying(const QString &urn) override;
    // The selected item's tracks (empty until one is selected).
    [[nodiscard]] TrackListModel *trackModel() const override;
    [[nodiscard]] QList<Track> tracksShown() const override;
    [[nodiscard]] TrackListPane *detail() const { return m_detail; }
    // The account's own playlists: the context menu of one (what right-click
    // shows) renames (F2) or deletes (Delete) it. Null for other lists or no row.
    [[nodiscard]] std::unique_ptr<QMenu> playlistMenuFor(int row);
    void reload() override;
    void stop() override;

private:
    [[nodiscard]] bool holdsPeople() const;
    [[nodiscard]] bool holdsOwnPlaylists() const;
    [[nodiscard]] Playlist playlistAt(int viewRow) const;
    void showItem(const QModelIndex &current);
    void activate(const QModelIndex &index);

    RowTableView *m_table;
    QLabel *m_detailLabel;
    TrackListPane *m_detail;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

}  // namespace waveshelf
