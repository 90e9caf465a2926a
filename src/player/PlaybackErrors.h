#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace waveshelf {

struct Track;

// The player's shared wording: how a track is named in a message, the blocked
// track's refusal, and what a stream request says when the user has no
// SoundCloud connection (TokenSession's "not connected" is NotFound, which the
// player must not take for a missing track and skip through the queue).
class PlaybackErrors final {
    Q_DECLARE_TR_FUNCTIONS(PlaybackErrors)

public:
    PlaybackErrors() = delete;

    // The track's title, or its URN when it has none.
    [[nodiscard]] static QString quoted(const Track &track);
    [[nodiscard]] static Error blocked(const Track &track);
    // A token failure before any request was sent: NotFound (no stored connection)
    // becomes ReconnectNeeded with "Connect to SoundCloud first"; others stay as they are.
    [[nodiscard]] static Error fromTokenFailure(const Error &cause);
    // A media framework's text without the query strings of the URLs it names (CDN signatures).
    [[nodiscard]] static QString withoutQueries(QString text);
};

}  // namespace waveshelf
