#include "LibraryPlace.h"

#include "LibrarySidebar.h"

namespace waveshelf {

LibraryPlace LibraryPlace::ofKind(LibraryList::Kind kind)
{
    using Kind = LibraryList::Kind;
    LibraryPlace place;
    place.title = LibrarySidebar::labelOf(kind);
    place.inSidebar = true;
    place.kind = kind;
    if (kind == Kind::Playlists) {
        place.sections = {{tr("Your playlists"), LibraryList::of(Kind::Playlists)},
                          {tr("Liked playlists"), LibraryList::of(Kind::LikedPlaylists)}};
    } else {
        place.sections = {{place.title, LibraryList::of(kind)}};
    }
    return place;
}

LibraryPlace LibraryPlace::search(const QString &query)
{
    using Kind = LibraryList::Kind;
    LibraryPlace place;
    place.title = tr("Search: %1").arg(query);
    place.sections = {{tr("Tracks"), LibraryList::of(Kind::SearchTracks, query)},
                      {tr("People"), LibraryList::of(Kind::SearchUsers, query)},
                      {tr("Playlists"), LibraryList::of(Kind::SearchPlaylists, query)}};
    return place;
}

LibraryPlace LibraryPlace::related(const QString &trackUrn, const QString &title)
{
    LibraryPlace place;
    place.title = tr("Related to “%1”").arg(title);
    place.sections = {{tr("Tracks"), LibraryList::of(LibraryList::Kind::RelatedTracks, trackUrn)}};
    return place;
}

LibraryPlace LibraryPlace::person(const QString &userUrn, const QString &name, const QUrl &picture)
{
    using Kind = LibraryList::Kind;
    LibraryPlace place;
    place.title = name;
    place.picture = picture;
    place.sections = {{tr("Tracks"), LibraryList::of(Kind::UserTracks, userUrn)},
                      {tr("Playlists"), LibraryList::of(Kind::UserPlaylists, userUrn)}};
    return place;
}

}  // namespace waveshelf
