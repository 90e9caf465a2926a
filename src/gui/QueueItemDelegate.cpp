#include "QueueItemDelegate.h"

#include "ArtworkLoader.h"
#include "PlayQueue.h"
#include "PlayerBar.h"
#include "soundcloud/ArtworkUrl.h"

#include <QApplication>
#include <QPainter>

namespace waveshelf {

namespace {

constexpr int kPadding = 4;

QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

QFont captionFont(const QFont &font)
{
    QFont caption = smallFont(font);
    caption.setBold(true);
    return caption;
}

}  // namespace

QueueItemDelegate::QueueItemDelegate(ArtworkLoader *artwork, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_artwork(artwork)
{
}

QueueItemDelegate::~QueueItemDelegate() = default;

int QueueItemDelegate::currentRow(const QModelIndex &index)
{
    const auto *queue = qobject_cast<const PlayQueue *>(index.model());
    return queue ? queue->currentIndex() : -1;
}

QString QueueItemDelegate::captionOf(const QModelIndex &index)
{
    const int current = currentRow(index);
    if (current < 0)
        return {};
    if (index.row() == current)
        return tr("Now playing");
    if (index.row() == current + 1)
        return tr("Up next");
    return {};
}

QSize QueueItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics text(option.font);
    const QFontMetrics small(smallFont(option.font));
    int height = text.height() + small.height() + 3 * kPadding;
    if (!captionOf(index).isEmpty())
        height += QFontMetrics(captionFont(option.font)).height() + kPadding;
    // Narrow: the view elides; never a horizontal scroll bar.
    return {text.averageCharWidth() * 16, height};
}

void QueueItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool played = currentRow(index) >= 0 && index.row() < currentRow(index);
    const bool current = index.data(PlayQueue::IsCurrentRole).toBool();

    QRect rect = opt.rect;
    const QString caption = captionOf(index);
    painter->save();
    if (!caption.isEmpty()) {
        const QFont font = captionFont(opt.font);
        const int height = QFontMetrics(font).height() + kPadding;
        painter->setFont(font);
        painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        painter->drawText(rect.adjusted(kPadding, kPadding, -kPadding, 0), Qt::AlignLeft | Qt::AlignTop, caption);
        rect.setTop(rect.top() + height);
    }
    // The row's background, selection and focus frame, without the model's text.
    QStyleOptionViewItem background = opt;
    background.rect = rect;
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (played && !selected)
        ink = opt.palette.color(QPalette::Disabled, QPalette::Text);

    const QRect inner = rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const int side = inner.height();
    const QRect cover(inner.left(), inner.top(), side, side);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QUrl large = index.data(PlayQueue::ArtworkUrlRole).toUrl();
    const QUrl url = large.isEmpty() ? QUrl() : ArtworkUrl::sized(large, ArtworkUrl::fitting(qRound(side * ratio)));
    const QImage image = m_artwork && !url.isEmpty() ? m_artwork->image(url, widget) : QImage();
    if (played)
        painter->setOpacity(0.5);
    if (image.isNull()) {
        painter->fillRect(cover, opt.palette.color(QPalette::Active, QPalette::Mid));
    } else {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(cover, image);
    }
    painter->setOpacity(1.0);

    const QFont small = smallFont(opt.font);
    const QString duration = PlayerBar::formatTime(index.data(PlayQueue::DurationMsRole).toLongLong());
    const int durationWidth = QFontMetrics(small).horizontalAdvance(duration);
    const QRect text(cover.right() + 1 + kPadding, inner.top(), inner.right() - cover.right() - kPadding, side);
    const QRect titleRect(text.left(), text.top(), text.width() - durationWidth - kPadding,
                          QFontMetrics(opt.font).height());
    QFont titleFont = opt.font;
    titleFont.setBold(current);
    painter->setFont(titleFont);
    painter->setPen(ink);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(PlayQueue::TitleRole).toString(), Qt::ElideRight,
                                                         titleRect.width()));
    painter->setFont(small);
    painter->drawText(QRect(text.left(), text.top(), text.width(), titleRect.height()),
                      Qt::AlignRight | Qt::AlignVCenter, duration);
    QColor secondary = ink;
    if (!selected)
        secondary = opt.palette.color(group, QPalette::PlaceholderText);
    painter->setPen(played && !selected ? ink : secondary);
    const QRect artistRect(text.left(), titleRect.bottom() + 1, text.width(), text.bottom() - titleRect.bottom());
    painter->drawText(artistRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(index.data(PlayQueue::ArtistRole).toString(), Qt::ElideRight,
                                                     artistRect.width()));
    painter->restore();
}

}  // namespace waveshelf
