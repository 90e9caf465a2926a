#pragma once

#include <QString>
#include <QUrl>

namespace waveshelf {

// Which SoundCloud list a view shows: one of the user's own lists, one
// playlist's or person's, or a search. A plain value: compare, copy, use as a
// cache key. The URL it asks for comes from ApiClient::firstPage(list).
struct LibraryList {
    enum class Kind {
        Stream,           // /me/feed/tracks (activities)
        Likes,            // /me/likes/tracks
        Uploads,          // /me/tracks
        RecentlyPlayed,   // /me/recently-played/tracks (no paging)
        Playlists,        // /me/playlists
        LikedPlaylists,   // /me/likes/playlists
        Followings,       // /me/followings
        PlaylistTracks,   // /playlists/{urn}/tracks
        UserTracks,       // /users/{urn}/tracks
        UserPlaylists,    // /users/{urn}/playlists
        SearchTracks,     // /tracks?q=
        SearchPlaylists,  // /playlists?q=
        SearchUsers,      // /users?q=
        RelatedTracks,    // /tracks/{urn}/related
    };
    enum class Items {
        Tracks,
        Playlists,
        Users
    };

    Kind kind = Kind::Likes;
    QString argument;  // the playlist, user or track urn, or the search query; empty otherwise

    [[nodiscard]] static LibraryList of(Kind kind, const QString &argument = QString()) { return {kind, argument}; }

    [[nodiscard]] Items items() const;
    // The API path, e.g. "/me/likes/tracks" or "/playlists/soundcloud:playlists:7/tracks".
    [[nodiscard]] QString path() const;
    // The search words for the Search kinds (sent as q=), else empty.
    [[nodiscard]] QString searchQuery() const;
    // False for lists SoundCloud answers in one piece (recently played).
    [[nodiscard]] bool isPaged() const;
    // True for what the offline cache keeps: everything but searches and related tracks.
    [[nodiscard]] bool isCached() const;
    // A stable name for the cache and logs, e.g. "likes", "playlist-tracks:soundcloud:playlists:7".
    // Holds no search words (searches are not cached).
    [[nodiscard]] QString key() const;

    friend bool operator==(const LibraryList &a, const LibraryList &b)
    {
        return a.kind == b.kind && a.argument == b.argument;
    }
    friend bool operator!=(const LibraryList &a, const LibraryList &b) { return !(a == b); }
};

}  // namespace waveshelf
