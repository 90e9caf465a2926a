#pragma once

#include <QPointer>
#include <QStyledItemDelegate>
#include <QUrl>

namespace waveshelf {

class ArtworkLoader;

// Paints a track row (TrackListModel roles): blocked tracks greyed (the reason as
// tooltip, never hidden), a "Preview" badge on previews' titles, the playing
// track's row marked, hearts coloured when liked, and, given an
// ArtworkLoader, the artwork thumbnail in the title column. The thumbnail is
// asked for as the row is painted, at the size the row needs; a placeholder
// shows until it arrives. The loader may be destroyed before the delegate (a
// logout): its rows then keep their layout and show the placeholder.
class TrackItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackItemDelegate)

public:
    explicit TrackItemDelegate(QObject *parent = nullptr);
    TrackItemDelegate(ArtworkLoader *artwork, int titleColumn, QObject *parent = nullptr);

    // Whether painting a row downloads its missing artwork (off while a view scrolls
    // fast: only what is cached is shown until it settles).
    void setRequestingArtwork(bool requesting) { m_requesting = requesting; }
    [[nodiscard]] bool isRequestingArtwork() const { return m_requesting; }
    [[nodiscard]] int titleColumn() const { return m_titleColumn; }
    // The column of hearts (TrackListModel::LikedColumn), coloured when liked; -1: none.
    void setHeartColumn(int column) { m_heartColumn = column; }
    [[nodiscard]] int heartColumn() const { return m_heartColumn; }
    // The track playing now: its row is marked (bold, in the highlight colour).
    void setNowPlaying(const QString &urn) { m_nowPlaying = urn; }
    [[nodiscard]] const QString &nowPlaying() const { return m_nowPlaying; }
    // Whether `index`'s row is the one playing.
    [[nodiscard]] bool isNowPlaying(const QModelIndex &index) const;

    // The artwork URL a row of `rowHeight` pixels shows, at the size it needs.
    [[nodiscard]] static QUrl thumbnailUrl(const QModelIndex &index, int rowHeight, qreal devicePixelRatio);
    // Where the thumbnail goes in a title cell (also where the placeholder is).
    [[nodiscard]] static QRect thumbnailRect(const QRect &cell);
    [[nodiscard]] static QColor placeholderColor(const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintTitle(QPainter *painter, QStyleOptionViewItem option, const QModelIndex &index) const;
    void paintThumbnail(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintHeart(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;

    QPointer<ArtworkLoader> m_artwork;  // may go before the delegate
    bool m_thumbnails = false;          // a loader was given: the title cell has room for one
    int m_titleColumn = -1;
    int m_heartColumn = -1;
    QString m_nowPlaying;
    bool m_requesting = true;
};

}  // namespace waveshelf
