#pragma once

#include "common/Result.h"
#include "soundcloud/Track.h"

#include <QByteArray>
#include <QList>

namespace waveshelf {

// What the player had when a local user last logged out or quit: the queue in the
// order it plays, the current row, where in it, and the output's volume and mute.
struct PlayerState {
    QList<Track> tracks;
    int currentIndex = -1;
    qint64 positionMs = 0;
    float volume = 1.0F;
    bool muted = false;
    bool shuffle = false;
    int repeat = 0;  // PlayQueue::Repeat as a number

    // The versioned binary form PlayerStateStore seals: QDataStream (Qt 6.4), magic
    // "WSPS", format version, the fields above, then the tracks as one
    // LibraryItemCodec chunk. Another format version does not decode (Protocol).
    [[nodiscard]] QByteArray encode() const;
    [[nodiscard]] static Result<PlayerState> decode(const QByteArray &bytes);

    static constexpr quint8 kFormatVersion = 1;
};

}  // namespace waveshelf
