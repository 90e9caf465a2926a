#pragma once

#include "soundcloud/LibraryList.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace waveshelf {

// Where the library browser is: a title and one or more sections, each a
// LibraryList shown in a tab ("Your playlists" | "Liked playlists"; a search's
// "Tracks" | "People" | "Playlists"; a person's "Tracks" | "Playlists").
struct LibraryPlace {
    Q_DECLARE_TR_FUNCTIONS(LibraryPlace)

public:
    struct Section {
        QString label;
        LibraryList list;
    };

    QString title;
    QList<Section> sections;
    // The sidebar's kind this place belongs to; empty for search and people.
    bool inSidebar = false;
    LibraryList::Kind kind = LibraryList::Kind::Likes;
    // The picture its header shows (a person's avatar), or empty for the view's icon.
    QUrl picture;
    // Where the user was in it when they left (Back returns there).
    int section = 0;
    QString currentUrn;

    // One of the sidebar's views (LibrarySidebar::kinds()).
    [[nodiscard]] static LibraryPlace ofKind(LibraryList::Kind kind);
    // SoundCloud's tracks, people and playlists matching `query`.
    [[nodiscard]] static LibraryPlace search(const QString &query);
    // A person's tracks and playlists.
    [[nodiscard]] static LibraryPlace person(const QString &userUrn, const QString &name, const QUrl &picture = {});
    // The tracks SoundCloud relates to one (its title names the place).
    [[nodiscard]] static LibraryPlace related(const QString &trackUrn, const QString &title);
};

}  // namespace waveshelf
