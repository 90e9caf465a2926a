#pragma once

#include <QPointer>
#include <QStyledItemDelegate>

namespace waveshelf {

class ArtworkLoader;

// Paints a PlayQueue row as music players do: artwork, the title over the artist
// (both elided) and the duration on the right. Tracks already played are dimmed;
// the current track is headed "Now playing" and the one after it "Up next", so
// the list reads as played / now / upcoming.
class QueueItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueItemDelegate)

public:
    // `artwork` may be null (grey squares); it must outlive the delegate's painting.
    explicit QueueItemDelegate(ArtworkLoader *artwork, QObject *parent = nullptr);
    ~QueueItemDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The caption above a row ("Now playing", "Up next"), or empty.
    [[nodiscard]] static QString captionOf(const QModelIndex &index);

private:
    [[nodiscard]] static int currentRow(const QModelIndex &index);

    QPointer<ArtworkLoader> m_artwork;
};

}  // namespace waveshelf
