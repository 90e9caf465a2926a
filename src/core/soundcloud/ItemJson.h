#pragma once

#include "soundcloud/Playlist.h"
#include "soundcloud/SoundCloudUser.h"
#include "soundcloud/Track.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace waveshelf {

// Reads one item of a SoundCloud answer (a track, playlist or user object)
// into its value type. Missing or mistyped fields give empty values, never
// a failure: a list shows what it can. ApiJson reads whole answers.
class ItemJson final {
public:
    // A track object, or a feed activity ({"type": "track", "created_at", "origin": {track}})
    // whose time becomes addedAt.
    [[nodiscard]] static Track track(const QJsonObject &json);
    [[nodiscard]] static Playlist playlist(const QJsonObject &json);
    [[nodiscard]] static SoundCloudUser user(const QJsonObject &json);

    // SoundCloud's time stamps: "2015/06/01 09:49:40 +0000" (and ISO 8601, which
    // some answers use). Invalid when neither.
    [[nodiscard]] static QDateTime timestamp(const QString &text);
    // A JSON number as a whole qint64, or nothing when it is not a finite
    // number within qint64's range (converting such a double is undefined).
    [[nodiscard]] static std::optional<qint64> wholeNumber(const QJsonValue &value);
    // "urn", else "<prefix><id>" from a numeric or string "id", else empty.
    [[nodiscard]] static QString urnOf(const QJsonObject &json, const QString &prefix);
};

}  // namespace waveshelf
