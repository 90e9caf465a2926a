#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace waveshelf {

// One playlist (a "set": playlist, album, EP...) as a list shows it.
struct Playlist {
    QString urn;  // e.g. "soundcloud:playlists:123"
    QString title;
    QString owner;  // the username of who made it
    int trackCount = 0;
    qint64 durationMs = 0;
    QString playlistType;  // "playlist", "album", "ep"... (may be empty)
    QUrl permalinkUrl;
};

// One page of a linked_partitioning list of playlists (nextHref empty when done).
struct PlaylistPage {
    QList<Playlist> playlists;
    QUrl nextHref;
};

}  // namespace waveshelf
