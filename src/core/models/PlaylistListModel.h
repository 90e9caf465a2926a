#pragma once

#include "models/ItemListModel.h"
#include "soundcloud/Playlist.h"

namespace waveshelf {

// A list of playlists (the user's own, liked, a person's, search results) as
// a table; artwork from ArtworkUrlRole on the Title column. Loading, cache
// and signals: see LibraryListModel.
class PlaylistListModel final : public ItemListModel<Playlist> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaylistListModel)

public:
    enum Column {
        TitleColumn,
        OwnerColumn,
        TracksColumn,
        DurationColumn,
        ColumnCount
    };
    // Playlist roles beyond LibraryListModel's (ArtistUrnRole is the owner's urn).
    enum PlaylistRole {
        TrackCountRole = FilterTextRole + 1,  // int
    };

    PlaylistListModel(ApiClient &api, LibraryCache *cache, QObject *parent = nullptr);

    [[nodiscard]] const Playlist &playlistAt(int row) const { return itemAt(row); }

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] QStringList columnTitles() const override;
    [[nodiscard]] QStringList columnSamples() const override;
};

}  // namespace waveshelf
