#include "LibraryIcons.h"

#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPolygonF>

namespace waveshelf {

namespace {

// A symbol every stock font set has (DejaVu, Noto, Liberation).
QString glyphOf(LibraryIcons::Symbol symbol)
{
    using Symbol = LibraryIcons::Symbol;
    switch (symbol) {
    case Symbol::Stream:
        return QStringLiteral("\u2248");  // ≈ waves
    case Symbol::Likes:
        return QStringLiteral("\u2665");  // ♥
    case Symbol::Playlists:
        return QStringLiteral("\u2261");  // ≡
    case Symbol::Following:
        return QStringLiteral("\u263A");  // ☺
    case Symbol::Uploads:
        return QStringLiteral("\u2191");  // ↑
    case Symbol::RecentlyPlayed:
        return QStringLiteral("\u21BA");  // ↺
    case Symbol::Search:
        return QStringLiteral("\u2315");  // ⌕
    case Symbol::Person:
        return QStringLiteral("\u263A");  // ☺
    case Symbol::Shuffle:
        return QStringLiteral("\u21C4");  // ⇄
    case Symbol::Repeat:
        return QStringLiteral("\u27F3");  // ⟳
    case Symbol::RepeatOne:
        return QStringLiteral("\u27F3\u00B9");  // ⟳¹
    case Symbol::PlayAll:
        return QStringLiteral("\u25B6");  // ▶
    case Symbol::Previous:
    case Symbol::Play:
    case Symbol::Pause:
    case Symbol::Next:
        return {};  // drawn as shapes
    }
    return {};
}

// The transport's shapes in a `side`-pixel square.
void drawShape(QPainter &painter, LibraryIcons::Symbol symbol, int side)
{
    using Symbol = LibraryIcons::Symbol;
    const qreal s = side;
    const qreal top = s * 0.2;
    const qreal bottom = s * 0.8;
    const qreal middle = s * 0.5;
    painter.setPen(Qt::NoPen);
    switch (symbol) {
    case Symbol::Play:
        painter.drawPolygon(QPolygonF({QPointF(s * 0.28, top), QPointF(s * 0.78, middle), QPointF(s * 0.28, bottom)}));
        break;
    case Symbol::Pause:
        painter.drawRect(QRectF(s * 0.25, top, s * 0.17, bottom - top));
        painter.drawRect(QRectF(s * 0.58, top, s * 0.17, bottom - top));
        break;
    case Symbol::Previous:
        painter.drawRect(QRectF(s * 0.2, top, s * 0.1, bottom - top));
        painter.drawPolygon(QPolygonF({QPointF(s * 0.78, top), QPointF(s * 0.32, middle), QPointF(s * 0.78, bottom)}));
        break;
    case Symbol::Next:
        painter.drawRect(QRectF(s * 0.7, top, s * 0.1, bottom - top));
        painter.drawPolygon(QPolygonF({QPointF(s * 0.22, top), QPointF(s * 0.68, middle), QPointF(s * 0.22, bottom)}));
        break;
    default:
        break;
    }
}

}  // namespace

QString LibraryIcons::themeName(Symbol symbol)
{
    switch (symbol) {
    case Symbol::Stream:
        return QStringLiteral("view-media-feed");
    case Symbol::Likes:
        return QStringLiteral("emblem-favorite");
    case Symbol::Playlists:
        return QStringLiteral("view-media-playlist");
    case Symbol::Following:
        return QStringLiteral("system-users");
    case Symbol::Uploads:
        return QStringLiteral("document-send");
    case Symbol::RecentlyPlayed:
        return QStringLiteral("document-open-recent");
    case Symbol::Search:
        return QStringLiteral("edit-find");
    case Symbol::Person:
        return QStringLiteral("avatar-default");
    case Symbol::Shuffle:
        return QStringLiteral("media-playlist-shuffle");
    case Symbol::Repeat:
        return QStringLiteral("media-playlist-repeat");
    case Symbol::RepeatOne:
        return QStringLiteral("media-playlist-repeat-song");
    case Symbol::PlayAll:
    case Symbol::Play:
        return QStringLiteral("media-playback-start");
    case Symbol::Pause:
        return QStringLiteral("media-playback-pause");
    case Symbol::Previous:
        return QStringLiteral("media-skip-backward");
    case Symbol::Next:
        return QStringLiteral("media-skip-forward");
    }
    return {};
}

QIcon LibraryIcons::icon(Symbol symbol, const QPalette &palette)
{
    // The drawn fallback only when the theme has none (it renders 15 pixmaps).
    QIcon themed = QIcon::fromTheme(themeName(symbol));
    return themed.isNull() ? drawn(symbol, palette) : themed;
}

QIcon LibraryIcons::forKind(LibraryList::Kind kind, const QPalette &palette)
{
    using Kind = LibraryList::Kind;
    switch (kind) {
    case Kind::Stream:
        return icon(Symbol::Stream, palette);
    case Kind::Likes:
        return icon(Symbol::Likes, palette);
    case Kind::Playlists:
    case Kind::LikedPlaylists:
    case Kind::PlaylistTracks:
    case Kind::UserPlaylists:
    case Kind::SearchPlaylists:
        return icon(Symbol::Playlists, palette);
    case Kind::Followings:
    case Kind::SearchUsers:
        return icon(Symbol::Following, palette);
    case Kind::Uploads:
        return icon(Symbol::Uploads, palette);
    case Kind::RecentlyPlayed:
        return icon(Symbol::RecentlyPlayed, palette);
    case Kind::UserTracks:
        return icon(Symbol::Person, palette);
    case Kind::SearchTracks:
        return icon(Symbol::Search, palette);
    case Kind::RelatedTracks:
        return icon(Symbol::Stream, palette);
    }
    return {};
}

QIcon LibraryIcons::drawn(Symbol symbol, const QPalette &palette)
{
    QIcon result;
    const QString glyph = glyphOf(symbol);
    for (const int side : {16, 24, 32, 48, 64}) {
        for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled, QIcon::Selected}) {
            QPixmap pixmap(side, side);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::TextAntialiasing);
            QFont font;
            font.setPixelSize(side * 4 / 5);
            painter.setFont(font);
            const QPalette::ColorGroup group = mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active;
            const QColor ink = palette.color(
                group, mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText);
            painter.setPen(ink);
            if (glyph.isEmpty()) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setBrush(ink);
                drawShape(painter, symbol, side);
            } else {
                painter.drawText(pixmap.rect(), Qt::AlignCenter, glyph);
            }
            painter.end();
            result.addPixmap(pixmap, mode);
        }
    }
    return result;
}

}  // namespace waveshelf
