#pragma once

#include "soundcloud/Playlist.h"
#include "soundcloud/SoundCloudUser.h"
#include "soundcloud/Track.h"

#include <QCoreApplication>
#include <QList>

namespace waveshelf::cli {

class Console;

// Prints what a listing command collected: a table for people (columns that
// fit an 80-column terminal, long cells cut with "…", a count on standard
// error) or, with --json, an array of objects for machines on standard output.
class ListPrinter final {
    Q_DECLARE_TR_FUNCTIONS(ListPrinter)

public:
    enum class Format {
        Table,
        Json
    };
    enum class TrackDate {
        None,   // a genre column
        Added,  // when it reached the list (the stream), instead of the genre
    };

    static void tracks(Console &console, const QList<Track> &tracks, Format format, TrackDate date = TrackDate::None);
    static void playlists(Console &console, const QList<Playlist> &playlists, Format format);
    static void users(Console &console, const QList<SoundCloudUser> &users, Format format);

    // What --help says each --json object holds.
    [[nodiscard]] static QString trackFields();
    [[nodiscard]] static QString playlistFields();
    [[nodiscard]] static QString userFields();
};

}  // namespace waveshelf::cli
