#include "TrackItemDelegate.h"

#include "ArtworkLoader.h"
#include "models/TrackListModel.h"
#include "soundcloud/ArtworkUrl.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace waveshelf {

namespace {

constexpr int kThumbnailMargin = 2;
constexpr int kBadgeGap = 6;
constexpr int kBadgePadding = 4;
// The badge gives way when it would leave the title fewer characters than this.
constexpr int kMinTitleChars = 6;

bool isBlocked(const QModelIndex &index)
{
    return index.data(TrackListModel::AccessRole).toString() == QLatin1String("blocked");
}

bool isPreview(const QModelIndex &index)
{
    return index.data(TrackListModel::AccessRole).toString() == QLatin1String("preview");
}

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

}  // namespace

TrackItemDelegate::TrackItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

TrackItemDelegate::TrackItemDelegate(ArtworkLoader *artwork, int titleColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_artwork(artwork)
    , m_thumbnails(artwork != nullptr)
    , m_titleColumn(titleColumn)
{
}

QUrl TrackItemDelegate::thumbnailUrl(const QModelIndex &index, int rowHeight, qreal devicePixelRatio)
{
    const QUrl large = index.data(TrackListModel::ArtworkUrlRole).toUrl();
    if (large.isEmpty())
        return {};
    const int pixels = qRound(thumbnailRect(QRect(0, 0, rowHeight, rowHeight)).height() * devicePixelRatio);
    return ArtworkUrl::sized(large, ArtworkUrl::fitting(pixels));
}

QRect TrackItemDelegate::thumbnailRect(const QRect &cell)
{
    const int side = qMax(0, cell.height() - 2 * kThumbnailMargin);
    return {cell.left() + kThumbnailMargin, cell.top() + kThumbnailMargin, side, side};
}

QColor TrackItemDelegate::placeholderColor(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Mid);
}

void TrackItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // The view frames the whole current row (RowTableView), not each cell.
    option->state &= ~QStyle::State_HasFocus;
    if (isNowPlaying(index)) {
        option->font.setBold(true);
        option->fontMetrics = QFontMetrics(option->font);
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Highlight));
    }
    if (isBlocked(index))
        option->state &= ~QStyle::State_Enabled;
}

bool TrackItemDelegate::isNowPlaying(const QModelIndex &index) const
{
    return !m_nowPlaying.isEmpty() && index.siblingAtColumn(0).data(TrackListModel::UrnRole).toString() == m_nowPlaying;
}

void TrackItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == m_heartColumn && m_heartColumn >= 0) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        paintHeart(painter, opt, index);
        return;
    }
    if (index.column() != m_titleColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    paintTitle(painter, opt, index);
}

void TrackItemDelegate::paintTitle(QPainter *painter, QStyleOptionViewItem option, const QModelIndex &index) const
{
    QStyle *style = styleOf(option);
    const QRect thumbnail = thumbnailRect(option.rect);
    if (m_thumbnails) {  // room for the thumbnail where the style puts a decoration
        option.features |= QStyleOptionViewItem::HasDecoration;
        option.decorationSize = thumbnail.size();
        option.decorationPosition = QStyleOptionViewItem::Left;
        option.icon = QIcon();
    }
    const QString badge = isPreview(index) ? tr("Preview") : QString();
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget);
    const int width = metrics.horizontalAdvance(badge) + 2 * kBadgePadding;
    // Narrow, the title comes first: the tooltip still says it is a preview.
    const bool roomForBadge = text.width() - width - kBadgeGap
        >= option.fontMetrics.averageCharWidth() * kMinTitleChars;
    QRect badgeRect;
    if (!badge.isEmpty() && roomForBadge) {
        badgeRect = QRect(text.right() - width, text.center().y() - metrics.height() / 2, width, metrics.height());
        option.text = option.fontMetrics.elidedText(option.text, option.textElideMode,
                                                    qMax(0, text.width() - width - kBadgeGap));
        style->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
        painter->save();
        painter->setFont(small);
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor ink = option.palette.color(QPalette::Highlight);
        painter->setPen(ink);
        painter->drawRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        painter->restore();
    } else {
        style->drawControl(QStyle::CE_ItemViewItem, &option, painter, option.widget);
    }
    if (m_thumbnails)
        paintThumbnail(painter, option, index);
}

void TrackItemDelegate::paintThumbnail(QPainter *painter, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const QRect target = thumbnailRect(option.rect);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QUrl url = thumbnailUrl(index, option.rect.height(), ratio);
    QImage image;
    if (!url.isEmpty() && m_artwork)
        image = m_requesting ? m_artwork->image(url, option.widget) : m_artwork->cached(url);
    painter->save();
    if (!(option.state & QStyle::State_Enabled))
        painter->setOpacity(0.4);
    if (image.isNull()) {
        painter->fillRect(target, placeholderColor(option.palette));
    } else {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, image);
    }
    painter->restore();
}

void TrackItemDelegate::paintHeart(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    // The row's background and selection, then the heart in the palette's colours.
    QStyleOptionViewItem background = option;
    background.text.clear();
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    const bool liked = index.data(TrackListModel::LikedRole).toBool();
    const bool selected = option.state & QStyle::State_Selected;
    QColor ink = option.palette.color(QPalette::PlaceholderText);
    if (selected)
        ink = option.palette.color(QPalette::HighlightedText);
    else if (liked)
        ink = option.palette.color(QPalette::Highlight);
    painter->save();
    QFont font = option.font;
    font.setPointSizeF(font.pointSizeF() * 1.2);
    painter->setFont(font);
    painter->setPen(ink);
    painter->drawText(option.rect, Qt::AlignCenter, TrackListModel::likedMark(liked));
    painter->restore();
}

bool TrackItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event && view && event->type() == QEvent::ToolTip && isBlocked(index)
        && index.data(Qt::ToolTipRole).toString().isEmpty()) {
        QToolTip::showText(event->globalPos(),
                           tr("Blocked: SoundCloud does not play this track in your country or on your plan"), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

}  // namespace waveshelf
