#pragma once

#include <QtGlobal>

namespace waveshelf::sandbox {

class SandboxData;
struct SandboxUser;

// The listeners' side of the seed library, added after the uploaders:
//  - 200 generated artists (ids 2001–2200, no sign-in), 50 tracks each
//    (800001–810000, titles made distinct by a made-up word) and one album each
//    (710001–710200, 10 tracks);
//  - lena (lena-password): likes all 10,000 artist tracks (every 13th like a
//    preview, every 97th blocked), follows 150 artists, likes 30 albums, three
//    playlists (250, 60 and 2 tracks), a feed and 25 recently played;
//  - alice: 300 likes, playlists of 1, 7, 25, 120 and 300 tracks, 12 liked
//    playlists, 63 followings, a feed and 25 recently played;
//  - bob: follows alice and dave, likes alice's playlist, 3 recently played.
// carol keeps an empty library.
class ListenerSeed final {
public:
    static constexpr int kArtistCount = 200;
    static constexpr int kTracksPerArtist = 50;
    static constexpr qint64 kFirstArtistId = 2001;
    static constexpr qint64 kFirstArtistTrackId = 800001;
    static constexpr qint64 kFirstAlbumId = 710001;
    static constexpr int kLenaLikeCount = kArtistCount * kTracksPerArtist;
    static constexpr int kRecentlyPlayedMax = 25;
    static constexpr int kFeedMax = 500;

    static void seed(SandboxData &data);

private:
    static void seedArtists(SandboxData &data);
    static void seedLena(SandboxData &data);
    static void seedAliceLibrary(SandboxData &data);
    static void seedBobLibrary(SandboxData &data);
    // The feed of a listener: the newest uploads of everyone they follow, some reposted.
    static void buildFeed(SandboxData &data, SandboxUser &listener);
    // `count` distinct artist tracks, spread over the artists.
    static void fillPlaylist(SandboxData &data, SandboxUser &owner, qint64 id, const QString &title, int count,
                             int start);
};

}  // namespace waveshelf::sandbox
