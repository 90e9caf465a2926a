#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace waveshelf {

// One playlist (a "set": playlist, album, EP...) as a list shows it.
struct Playlist {
    QString urn;  // e.g. "soundcloud:playlists:123"
    QString title;
    QString owner;     // the username of who made it
    QString ownerUrn;  // "soundcloud:users:7"
    int trackCount = 0;
    qint64 durationMs = 0;
    QString playlistType;  // "playlist", "album", "ep"... (may be empty)
    QUrl permalinkUrl;
    QUrl artworkUrl;  // "-large" URL, or empty
    QDateTime createdAt;

    friend bool operator==(const Playlist &a, const Playlist &b)
    {
        return a.urn == b.urn && a.title == b.title && a.owner == b.owner && a.ownerUrn == b.ownerUrn
            && a.trackCount == b.trackCount && a.durationMs == b.durationMs && a.playlistType == b.playlistType
            && a.permalinkUrl == b.permalinkUrl && a.artworkUrl == b.artworkUrl && a.createdAt == b.createdAt;
    }
    friend bool operator!=(const Playlist &a, const Playlist &b) { return !(a == b); }
};

// One page of a linked_partitioning list of playlists (nextHref empty when done).
struct PlaylistPage {
    QList<Playlist> playlists;
    QUrl nextHref;
};

}  // namespace waveshelf
