#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace waveshelf {

// One track as the library shows it.
struct Track {
    QString urn;  // "soundcloud:tracks:123"
    QString title;
    QString artist;     // metadata_artist, else the uploader's username
    QString artistUrn;  // the uploader: "soundcloud:users:7" (go to artist)
    qint64 durationMs = 0;
    QString genre;
    QString access;  // "playable", "preview" or "blocked"
    QUrl permalinkUrl;
    QUrl artworkUrl;      // SoundCloud's "-large" (100x100) URL; empty: none (see ArtworkUrl)
    QDateTime createdAt;  // uploaded
    QDateTime addedAt;    // when it reached this list (a feed activity's time), if known
    qint64 playbackCount = 0;
    qint64 likesCount = 0;
    bool liked = false;  // user_favorite: the connected account likes it

    [[nodiscard]] bool isPlayable() const { return access.isEmpty() || access == QLatin1String("playable"); }
    [[nodiscard]] bool isPreview() const { return access == QLatin1String("preview"); }
    [[nodiscard]] bool isBlocked() const { return access == QLatin1String("blocked"); }

    friend bool operator==(const Track &a, const Track &b)
    {
        return a.urn == b.urn && a.title == b.title && a.artist == b.artist && a.artistUrn == b.artistUrn
            && a.durationMs == b.durationMs && a.genre == b.genre && a.access == b.access
            && a.permalinkUrl == b.permalinkUrl && a.artworkUrl == b.artworkUrl && a.createdAt == b.createdAt
            && a.addedAt == b.addedAt && a.playbackCount == b.playbackCount && a.likesCount == b.likesCount
            && a.liked == b.liked;
    }
    friend bool operator!=(const Track &a, const Track &b) { return !(a == b); }
};

// One page of a linked_partitioning list: its items and where the next page is (empty when done).
struct TrackPage {
    QList<Track> tracks;
    QUrl nextHref;
};

}  // namespace waveshelf
