#include "soundcloud/LibraryList.h"

namespace waveshelf {

LibraryList::Items LibraryList::items() const
{
    switch (kind) {
    case Kind::Playlists:
    case Kind::LikedPlaylists:
    case Kind::UserPlaylists:
    case Kind::SearchPlaylists:
        return Items::Playlists;
    case Kind::Followings:
    case Kind::SearchUsers:
        return Items::Users;
    default:
        return Items::Tracks;
    }
}

QString LibraryList::path() const
{
    switch (kind) {
    case Kind::Stream:
        return QStringLiteral("/me/feed/tracks");
    case Kind::Likes:
        return QStringLiteral("/me/likes/tracks");
    case Kind::Uploads:
        return QStringLiteral("/me/tracks");
    case Kind::RecentlyPlayed:
        return QStringLiteral("/me/recently-played/tracks");
    case Kind::Playlists:
        return QStringLiteral("/me/playlists");
    case Kind::LikedPlaylists:
        return QStringLiteral("/me/likes/playlists");
    case Kind::Followings:
        return QStringLiteral("/me/followings");
    case Kind::PlaylistTracks:
        return QStringLiteral("/playlists/%1/tracks").arg(argument);
    case Kind::UserTracks:
        return QStringLiteral("/users/%1/tracks").arg(argument);
    case Kind::UserPlaylists:
        return QStringLiteral("/users/%1/playlists").arg(argument);
    case Kind::SearchTracks:
        return QStringLiteral("/tracks");
    case Kind::SearchPlaylists:
        return QStringLiteral("/playlists");
    case Kind::SearchUsers:
        return QStringLiteral("/users");
    case Kind::RelatedTracks:
        return QStringLiteral("/tracks/%1/related").arg(argument);
    }
    return {};
}

QString LibraryList::searchQuery() const
{
    const bool search = kind == Kind::SearchTracks || kind == Kind::SearchPlaylists || kind == Kind::SearchUsers;
    return search ? argument : QString();
}

bool LibraryList::isPaged() const
{
    return kind != Kind::RecentlyPlayed;
}

bool LibraryList::isCached() const
{
    return kind != Kind::SearchTracks && kind != Kind::SearchPlaylists && kind != Kind::SearchUsers
        && kind != Kind::RelatedTracks;
}

QString LibraryList::key() const
{
    switch (kind) {
    case Kind::Stream:
        return QStringLiteral("stream");
    case Kind::Likes:
        return QStringLiteral("likes");
    case Kind::Uploads:
        return QStringLiteral("uploads");
    case Kind::RecentlyPlayed:
        return QStringLiteral("recently-played");
    case Kind::Playlists:
        return QStringLiteral("playlists");
    case Kind::LikedPlaylists:
        return QStringLiteral("liked-playlists");
    case Kind::Followings:
        return QStringLiteral("followings");
    case Kind::PlaylistTracks:
        return QStringLiteral("playlist-tracks:") + argument;
    case Kind::UserTracks:
        return QStringLiteral("user-tracks:") + argument;
    case Kind::UserPlaylists:
        return QStringLiteral("user-playlists:") + argument;
    case Kind::SearchTracks:
        return QStringLiteral("search-tracks");
    case Kind::SearchPlaylists:
        return QStringLiteral("search-playlists");
    case Kind::SearchUsers:
        return QStringLiteral("search-users");
    case Kind::RelatedTracks:
        return QStringLiteral("related-tracks");
    }
    return {};
}

}  // namespace waveshelf
