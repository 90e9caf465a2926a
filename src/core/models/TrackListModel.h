#pragma once

#include "models/ItemListModel.h"
#include "soundcloud/Track.h"

namespace waveshelf {

// A SoundCloud track list as a table (likes, stream, uploads, a playlist's
// tracks...). See LibraryListModel for loading, the cache and its signals.
// Blocked tracks are shown (a tooltip gives the reason), previews are marked
// (AccessLabelRole); the delegate draws artwork from ArtworkUrlRole on the
// Title column.
class TrackListModel final : public ItemListModel<Track> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackListModel)

public:
    enum Column {
        TitleColumn,
        ArtistColumn,
        LikedColumn,  // the heart: liked by the connected account or not
        DurationColumn,
        GenreColumn,
        AddedColumn,  // when it was added to the list (liked, posted), else uploaded
        PlaysColumn,
        LikesColumn,
        ColumnCount
    };

    // Empty pages are followed without scrolling, but only this many in a row:
    // after that the next page waits for the view to ask (fetchMore).
    static constexpr int kMaxEmptyPagesInRow = PageCursorBase::kMaxEmptyPagesInRow;

    // Without a cache, load(LibraryList) goes to the network at once.
    explicit TrackListModel(ApiClient &api, QObject *parent = nullptr);
    TrackListModel(ApiClient &api, LibraryCache *cache, QObject *parent = nullptr);

    [[nodiscard]] const Track &trackAt(int row) const { return itemAt(row); }

    // Shows the track as liked (or not) at once, its like count moved by one;
    // call again with the opposite to undo (when SoundCloud refuses). False
    // when the track is not in the list or already so.
    bool setLiked(const QString &urn, bool liked);

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Rows may be dragged (a view lets them only where moving means something: an own playlist).
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;

    // addedAt, else createdAt.
    [[nodiscard]] static QDateTime addedOrCreated(const Track &track);
    // The heart the Liked column shows: filled when liked.
    [[nodiscard]] static QString likedMark(bool liked);
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] QStringList columnTitles() const override;
    [[nodiscard]] QStringList columnSamples() const override;
};

}  // namespace waveshelf
