#include "LikeState.h"

#include "SandboxData.h"

namespace waveshelf::sandbox {

namespace {

void setIn(QList<qint64> &list, qint64 id, bool present)
{
    const bool there = list.contains(id);
    if (present && !there)
        list.prepend(id);
    else if (!present && there)
        list.removeOne(id);
}

}  // namespace

LikeState::LikeState(const SandboxData &data)
    : m_data(data)
{
    reset();
}

void LikeState::reset()
{
    m_likes.clear();
    for (const qint64 id : m_data.userIds()) {
        const SandboxUser *user = m_data.user(id);
        Likes &likes = m_likes[id];
        likes.tracks = user->likedTrackIds;
        likes.trackSet = QSet<qint64>(user->likedTrackIds.cbegin(), user->likedTrackIds.cend());
        likes.playlists = user->likedPlaylistIds;
    }
}

const LikeState::Likes &LikeState::of(qint64 userId) const
{
    static const Likes none;
    const auto it = m_likes.constFind(userId);
    return it == m_likes.constEnd() ? none : it.value();
}

const QList<qint64> &LikeState::likedTracks(qint64 userId) const
{
    return of(userId).tracks;
}

const QSet<qint64> &LikeState::likedTrackSet(qint64 userId) const
{
    return of(userId).trackSet;
}

const QList<qint64> &LikeState::likedPlaylists(qint64 userId) const
{
    return of(userId).playlists;
}

void LikeState::setTrackLiked(qint64 userId, qint64 trackId, bool liked)
{
    Likes &likes = m_likes[userId];
    if (likes.trackSet.contains(trackId) == liked)
        return;
    setIn(likes.tracks, trackId, liked);
    if (liked)
        likes.trackSet.insert(trackId);
    else
        likes.trackSet.remove(trackId);
}

void LikeState::setPlaylistLiked(qint64 userId, qint64 playlistId, bool liked)
{
    setIn(m_likes[userId].playlists, playlistId, liked);
}

}  // namespace waveshelf::sandbox
