#pragma once

#include "soundcloud/LibraryList.h"

#include <QIcon>

namespace waveshelf {

// The icons of the library and the player: the desktop's icon theme first
// (freedesktop names), else Waveshelf's own, drawn from a symbol in the
// palette's text colour, so they suit light and dark themes and any scale.
class LibraryIcons final {
public:
    enum class Symbol {
        Stream,
        Likes,
        Playlists,
        Following,
        Uploads,
        RecentlyPlayed,
        Search,
        Person,
        Shuffle,
        Repeat,
        RepeatOne,
        PlayAll,
        // The transport, drawn as shapes (no stock font has these symbols).
        Previous,
        Play,
        Pause,
        Next,
    };

    [[nodiscard]] static QIcon icon(Symbol symbol, const QPalette &palette);
    // The sidebar's views (and a place's header when it has no artwork).
    [[nodiscard]] static QIcon forKind(LibraryList::Kind kind, const QPalette &palette);
    // The freedesktop icon name tried first.
    [[nodiscard]] static QString themeName(Symbol symbol);

private:
    [[nodiscard]] static QIcon drawn(Symbol symbol, const QPalette &palette);
};

}  // namespace waveshelf
