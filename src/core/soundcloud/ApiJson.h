#pragma once

#include "common/Result.h"
#include "soundcloud/Playlist.h"
#include "soundcloud/SoundCloudAccount.h"
#include "soundcloud/SoundCloudUser.h"
#include "soundcloud/Track.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace waveshelf {

// Reads SoundCloud API answers: bodies into value types, failures into Errors.
class ApiJson final {
    Q_DECLARE_TR_FUNCTIONS(ApiJson)

public:
    [[nodiscard]] static Result<SoundCloudAccount> parseMe(const QByteArray &body);
    // A linked_partitioning page ({"collection": [...], "next_href": ...}) or a bare array.
    [[nodiscard]] static Result<TrackPage> parseTrackPage(const QByteArray &body);
    // The same page shapes, of playlists (/me/playlists).
    [[nodiscard]] static Result<PlaylistPage> parsePlaylistPage(const QByteArray &body);
    // The same page shapes, of users (/me/followings, /users?q=).
    [[nodiscard]] static Result<UserPage> parseUserPage(const QByteArray &body);

    // An API answer that is not a success. 401 is Unauthorized's caller's business
    // (refresh and replay); here it becomes ReconnectNeeded. 429 reads reset_time when present.
    [[nodiscard]] static Error classifyFailure(int httpStatus, const QByteArray &contentType, const QByteArray &body);
    // When a rate limit ends, if SoundCloud said so (reset_time "2015/06/01 09:49:40 +0000").
    [[nodiscard]] static QDateTime rateLimitReset(const QByteArray &body);
};

}  // namespace waveshelf
