#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace waveshelf::sandbox {

// One entry of a listener's feed (/me/feed/tracks).
struct SandboxActivity {
    QString type;  // "track" (an upload) or "track-repost"
    qint64 trackId = 0;
    QDateTime createdAt;
};

struct SandboxUser {
    qint64 id = 0;
    QString username;
    QString password;  // empty: an artist that cannot sign in to the sandbox
    QString fullName;
    QString firstName;
    QString lastName;
    QString permalink;
    QString city;
    QString country;
    QString description;
    QDateTime createdAt;
    int followersCount = 0;
    int followingsCount = 0;
    QList<qint64> trackIds;       // newest first
    QList<qint64> likedTrackIds;  // most recently liked first
    QList<qint64> playlistIds;    // newest first
    // A listener's library (see ListenerSeed).
    QList<qint64> likedPlaylistIds;   // most recently liked first
    QList<qint64> followingIds;       // most recently followed first
    QList<qint64> recentlyPlayedIds;  // most recent first, at most 25
    QList<SandboxActivity> feed;      // newest first
};

struct SandboxTrack {
    qint64 id = 0;
    qint64 userId = 0;
    QString title;
    QString permalink;
    int durationMs = 0;
    QString genre;
    bool genreIsNull = false;
    QString access;  // "playable", "preview" or "blocked"
    QString tagList;
    QDateTime createdAt;
    qint64 playbackCount = 0;
    int likesCount = 0;
    int commentCount = 0;
    int repostsCount = 0;
    int bpm = 0;  // 0: unknown (null)
    bool hasArtwork = true;
};

struct SandboxPlaylist {
    qint64 id = 0;
    qint64 userId = 0;
    QString title;
    QString permalink;
    QString playlistType;
    QString sharing = QStringLiteral("public");
    QDateTime createdAt;
    QDateTime lastModified;  // invalid: three days after createdAt (seed playlists)
    QList<qint64> trackIds;
};

// The deterministic seed library: alice (1,234 tracks), bob (3 tracks, likes, two
// playlists), carol (nothing), erin (10,000 tracks, all listed: for benchmarks)
// and an artist, dave, whose tracks others like; then ListenerSeed adds 200
// generated artists, lena (10,000 liked tracks) and the listeners' likes,
// playlists, followings, feeds and recently played. Only playlists change after
// construction (POST/PUT/DELETE /playlists: PlaylistEndpoint), until
// resetPlaylists(), and followings (FollowEndpoint), until resetFollowings();
// likes that change live in LikeState.
class SandboxData final {
public:
    static constexpr int kErinTrackCount = 10'000;

    SandboxData();

    [[nodiscard]] const SandboxUser *userByUsername(const QString &username) const;
    [[nodiscard]] const SandboxUser *user(qint64 id) const;
    [[nodiscard]] const SandboxTrack *track(qint64 id) const;
    [[nodiscard]] const SandboxPlaylist *playlist(qint64 id) const;
    // The user named, if the password is theirs; nullptr otherwise.
    [[nodiscard]] const SandboxUser *signIn(const QString &username, const QString &password) const;
    // Every id, ascending: the order searches list them in.
    [[nodiscard]] const QList<qint64> &userIds() const { return m_userOrder; }
    [[nodiscard]] const QList<qint64> &trackIds() const { return m_trackOrder; }
    [[nodiscard]] const QList<qint64> &playlistIds() const { return m_playlistOrder; }

    // A new playlist of `ownerId`'s, first in their list; its id.
    qint64 createPlaylist(qint64 ownerId, const QString &title, const QString &sharing, const QList<qint64> &trackIds);
    // False when there is no such playlist.
    bool setPlaylistTracks(qint64 id, const QList<qint64> &trackIds);
    bool setPlaylistTitle(qint64 id, const QString &title);
    bool deletePlaylist(qint64 id);
    // Back to the seed's playlists.
    void resetPlaylists();

    // Followings change too (PUT/DELETE /me/followings: FollowEndpoint). A new one
    // goes first; false when either user does not exist.
    bool setFollowing(qint64 userId, qint64 followedId, bool follow);
    // How many people one may follow (SoundCloud's limit; tests lower it).
    [[nodiscard]] int followLimit() const { return m_followLimit; }
    void setFollowLimit(int limit) { m_followLimit = limit; }
    // Back to the seed's followings and limit.
    void resetFollowings();

private:
    friend class ListenerSeed;

    SandboxUser &addUser(qint64 id, const QString &username, const QString &fullName);
    void seedAlice();
    void seedDave();
    void seedBob();
    void seedCarol();
    void seedErin();
    // `count` tracks with generated titles, genres, durations and counts, ids
    // firstId, firstId + 1, ..., the same for the same seed (alice's and erin's).
    struct GeneratedTracks {
        qint64 firstId = 0;
        int count = 0;
        quint32 seed = 0;
        QDateTime start;
        qint64 spacingSeconds = 0;  // between two tracks' creation times
    };
    void addGeneratedTracks(SandboxUser &owner, const GeneratedTracks &spec);
    SandboxTrack &addTrack(SandboxUser &owner, qint64 id, const QString &title);
    SandboxPlaylist &addPlaylist(SandboxUser &owner, qint64 id, const QString &title);

    QHash<qint64, SandboxUser> m_users;
    QHash<qint64, SandboxTrack> m_tracks;
    QHash<qint64, SandboxPlaylist> m_playlists;
    QList<qint64> m_userOrder;
    QList<qint64> m_trackOrder;
    QList<qint64> m_playlistOrder;
    struct PlaylistSeed {
        QHash<qint64, SandboxPlaylist> playlists;
        QHash<qint64, QList<qint64>> idsByUser;
        QList<qint64> order;
    };
    PlaylistSeed m_playlistSeed;
    QHash<qint64, QList<qint64>> m_followingSeed;
    static constexpr int kDefaultFollowLimit = 2000;
    int m_followLimit = kDefaultFollowLimit;
    qint64 m_nextPlaylistId = 790001;
};

}  // namespace waveshelf::sandbox
