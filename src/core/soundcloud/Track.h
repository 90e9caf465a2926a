#pragma once

#include <QString>
#include <QUrl>

namespace waveshelf {

// One track as the library shows it.
struct Track {
    QString urn;
    QString title;
    QString artist;
    qint64 durationMs = 0;
    QString genre;
    QString access;  // "playable", "preview" or "blocked"
    QUrl permalinkUrl;

    [[nodiscard]] bool isPlayable() const { return access.isEmpty() || access == QLatin1String("playable"); }
};

// One page of a linked_partitioning list: its items and where the next page is (empty when done).
struct TrackPage {
    QList<Track> tracks;
    QUrl nextHref;
};

}  // namespace waveshelf
