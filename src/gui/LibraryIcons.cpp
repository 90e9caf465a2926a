#include "LibraryIcons.h"

#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

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
    }
    return {};
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
        return QStringLiteral("media-playback-start");
    }
    return {};
}

QIcon LibraryIcons::icon(Symbol symbol, const QPalette &palette)
{
    return QIcon::fromTheme(themeName(symbol), drawn(symbol, palette));
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
            painter.setPen(
                palette.color(group, mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::WindowText));
            painter.drawText(pixmap.rect(), Qt::AlignCenter, glyph);
            painter.end();
            result.addPixmap(pixmap, mode);
        }
    }
    return result;
}

}  // namespace waveshelf
