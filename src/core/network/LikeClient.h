#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;

namespace waveshelf {

class ApiClient;

// Likes and unlikes tracks and playlists for the connected account
// (POST / DELETE /likes/tracks/{urn}, /likes/playlists/{urn}) through the
// user's ApiClient. Liking what is liked already, or unliking what is not, is
// no error. When SoundCloud refuses, the error keeps its kind (RateLimited,
// Unreachable, ReconnectNeeded, NotFound...) and says in plain words that the
// like was not saved (or not removed), so a view can undo what it showed.
class LikeClient final {
    Q_DECLARE_TR_FUNCTIONS(LikeClient)

public:
    using Callback = std::function<void(Result<void>)>;

    explicit LikeClient(ApiClient &api);

    // trackUrn: "soundcloud:tracks:123" (anything else: InvalidInput, nothing sent).
    void setTrackLiked(const QString &trackUrn, bool liked, QObject *context, Callback done);
    // playlistUrn: "soundcloud:playlists:123".
    void setPlaylistLiked(const QString &playlistUrn, bool liked, QObject *context, Callback done);

private:
    enum class Kind {
        Track,
        Playlist
    };
    void send(Kind kind, const QString &urn, bool liked, QObject *context, Callback done);
    [[nodiscard]] static Error refusal(Kind kind, bool liked, const Error &cause);

    ApiClient &m_api;
};

}  // namespace waveshelf
