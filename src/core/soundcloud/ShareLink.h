#pragma once

#include <QString>
#include <QUrl>

namespace waveshelf {

// Links to share a track as SoundCloud's own "Share" does: the track's page, or
// the page at a moment ("…/track#t=1:23"; an hour or more: "#t=1:02:03"), which
// SoundCloud's player starts from.
class ShareLink final {
public:
    // `positionMs` rounds down to the second; an invalid permalink gives an invalid URL.
    [[nodiscard]] static QUrl atTime(const QUrl &permalink, qint64 positionMs);
    // "1:23", "1:02:03": the moment as the fragment writes it.
    [[nodiscard]] static QString timeText(qint64 positionMs);
};

}  // namespace waveshelf
