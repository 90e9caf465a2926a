#pragma once

#include <QHash>
#include <QList>
#include <QSet>

namespace waveshelf::sandbox {

class SandboxData;

// What each sandbox user likes now: starts as the seed library's likes and
// changes with POST/DELETE /likes/…; SandboxData itself stays read-only.
class LikeState final {
public:
    explicit LikeState(const SandboxData &data);

    // Most recently liked first.
    [[nodiscard]] const QList<qint64> &likedTracks(qint64 userId) const;
    [[nodiscard]] const QSet<qint64> &likedTrackSet(qint64 userId) const;
    [[nodiscard]] const QList<qint64> &likedPlaylists(qint64 userId) const;

    // A new like goes first; liking twice or unliking what is not liked changes nothing.
    void setTrackLiked(qint64 userId, qint64 trackId, bool liked);
    void setPlaylistLiked(qint64 userId, qint64 playlistId, bool liked);
    // Back to the seed library's likes.
    void reset();

private:
    struct Likes {
        QList<qint64> tracks;
        QSet<qint64> trackSet;
        QList<qint64> playlists;
    };
    [[nodiscard]] const Likes &of(qint64 userId) const;

    const SandboxData &m_data;
    QHash<qint64, Likes> m_likes;
};

}  // namespace waveshelf::sandbox
