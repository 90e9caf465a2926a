#include "ListenerSeed.h"

#include "SandboxData.h"
#include "SeedRandom.h"
#include "SeedText.h"

#include <algorithm>
#include <array>

namespace waveshelf::sandbox {

namespace {

qint64 artistTrack(int index)
{
    return ListenerSeed::kFirstArtistTrackId + index % ListenerSeed::kLenaLikeCount;
}

// Like `i` of lena's (0: the most recent): artist i % 200, that artist's track i / 200,
// so neighbouring likes are by different artists.
qint64 lenaLike(int i)
{
    return ListenerSeed::kFirstArtistTrackId + qint64(i % ListenerSeed::kArtistCount) * ListenerSeed::kTracksPerArtist
        + i / ListenerSeed::kArtistCount;
}

}  // namespace

void ListenerSeed::seed(SandboxData &data)
{
    seedArtists(data);
    seedLena(data);
    seedAliceLibrary(data);
    seedBobLibrary(data);
}

void ListenerSeed::seedArtists(SandboxData &data)
{
    static const std::array<const char16_t *, 8> cities{u"Berlin", u"Lagos", u"Montréal",  u"São Paulo",
                                                        u"Tokyo",  u"Leeds", u"Reykjavík", u"Detroit"};
    SeedRandom random(2001u);
    for (int a = 0; a < kArtistCount; ++a) {
        const QString name = SeedText::artistName(a);
        SandboxUser &artist = data.addUser(kFirstArtistId + a, SeedText::slugify(name), name);
        artist.city = QString::fromUtf16(cities[static_cast<size_t>(a) % cities.size()]);
        artist.createdAt = SeedText::utc(2012, 1, 1).addDays(qint64(a) * 9);
        artist.followersCount = random.bounded(250'000);
        artist.followingsCount = random.bounded(400);
        const qint64 firstTrack = kFirstArtistTrackId + qint64(a) * kTracksPerArtist;
        data.addGeneratedTracks(artist,
                                {firstTrack, kTracksPerArtist, 3000u + quint32(a),
                                 SeedText::utc(2015, 1, 1).addDays(qint64(a) * 7), qint64(3) * 86'400});
        SandboxPlaylist &album = data.addPlaylist(artist, kFirstAlbumId + a,
                                                  SeedText::uniqueWord(7000 + a) + QStringLiteral(" Sessions"));
        album.playlistType = QStringLiteral("album");
        album.createdAt = artist.createdAt.addDays(400);
        for (int t = 0; t < 10; ++t)
            album.trackIds.append(firstTrack + t);
    }
    // Distinct, searchable titles; access by position in lena's likes.
    for (int i = 0; i < kLenaLikeCount; ++i) {
        SandboxTrack &track = data.m_tracks[lenaLike(i)];
        track.title += QStringLiteral(" · ") + SeedText::uniqueWord(i);
        if ((i + 1) % 97 == 0)
            track.access = QStringLiteral("blocked");
        else if ((i + 1) % 13 == 0)
            track.access = QStringLiteral("preview");
        else
            track.access = QStringLiteral("playable");
    }
}

void ListenerSeed::fillPlaylist(SandboxData &data, SandboxUser &owner, qint64 id, const QString &title, int count,
                                int start)
{
    SandboxPlaylist &playlist = data.addPlaylist(owner, id, title);
    playlist.playlistType = QStringLiteral("playlist");
    playlist.createdAt = SeedText::utc(2023, 1, 1).addDays(id % 100 * 3);
    for (int j = 0; j < count; ++j)
        playlist.trackIds.append(artistTrack(start + j * 13));  // 13 and 10,000 are coprime: distinct
}

void ListenerSeed::seedLena(SandboxData &data)
{
    SandboxUser &lena = data.addUser(1006, QStringLiteral("lena"), QStringLiteral("Lena Listener"));
    lena.password = QStringLiteral("lena-password");
    lena.city = QStringLiteral("Vienna");
    lena.country = QStringLiteral("Austria");
    lena.description = QStringLiteral("Uploads nothing, likes everything. A sandbox listener.");
    lena.createdAt = SeedText::utc(2012, 9, 12);
    lena.followersCount = 14;
    lena.likedTrackIds.reserve(kLenaLikeCount);
    for (int i = 0; i < kLenaLikeCount; ++i)
        lena.likedTrackIds.append(lenaLike(i));
    for (int a = 0; a < 150; ++a)
        lena.followingIds.append(kFirstArtistId + (a * 7) % kArtistCount);
    lena.followingsCount = static_cast<int>(lena.followingIds.size());
    for (int a = 0; a < 30; ++a)
        lena.likedPlaylistIds.append(kFirstAlbumId + (a * 11) % kArtistCount);
    fillPlaylist(data, lena, 700022, QStringLiteral("Two for the road"), 2, 5);
    fillPlaylist(data, lena, 700021, QStringLiteral("Focus"), 60, 17);
    fillPlaylist(data, lena, 700020, QStringLiteral("Lena’s Everything Mix"), 250, 3);
    for (int i = 0; i < kRecentlyPlayedMax; ++i)
        lena.recentlyPlayedIds.append(lenaLike(i * 3));
    buildFeed(data, lena);
}

void ListenerSeed::seedAliceLibrary(SandboxData &data)
{
    SandboxUser &alice = data.m_users[1001];
    alice.likedTrackIds = {520004, 520005, 510002, 600013, 600097, 520001, 510001};  // blocked, preview...
    for (int k = 0; k < 293; ++k)
        alice.likedTrackIds.append(artistTrack(k * 37));
    alice.likedPlaylistIds = {700001, 700002};
    for (int a = 0; a < 10; ++a)
        alice.likedPlaylistIds.append(kFirstAlbumId + qint64(a) * 3);
    alice.followingIds = {1004, 1002, 1005};
    for (int a = 0; a < 60; ++a)
        alice.followingIds.append(kFirstArtistId + a);
    alice.followingsCount = static_cast<int>(alice.followingIds.size());
    fillPlaylist(data, alice, 700014, QStringLiteral("Just One"), 1, 42);
    fillPlaylist(data, alice, 700013, QStringLiteral("Seven Wonders"), 7, 100);
    fillPlaylist(data, alice, 700012, QStringLiteral("Quarter Hundred"), 25, 200);
    fillPlaylist(data, alice, 700011, QStringLiteral("Long Weekend"), 120, 300);
    fillPlaylist(data, alice, 700010, QStringLiteral("Three Hundred"), 300, 400);
    for (int i = 0; i < kRecentlyPlayedMax; ++i)
        alice.recentlyPlayedIds.append(alice.likedTrackIds.at(qsizetype(i) * 5));
    buildFeed(data, alice);
}

void ListenerSeed::seedBobLibrary(SandboxData &data)
{
    SandboxUser &bob = data.m_users[1002];
    bob.followingIds = {1001, 1004};
    bob.likedPlaylistIds = {700003};
    bob.recentlyPlayedIds = {510003, 501234, 520001};
    buildFeed(data, bob);
}

void ListenerSeed::buildFeed(SandboxData &data, SandboxUser &listener)
{
    QList<SandboxActivity> feed;
    int n = 0;
    for (const qint64 followed : std::as_const(listener.followingIds)) {
        const SandboxUser &artist = data.m_users[followed];
        for (const qint64 id : artist.trackIds.mid(0, 20)) {
            const SandboxTrack &track = data.m_tracks[id];
            const bool repost = ++n % 5 == 0;
            feed.append({repost ? QStringLiteral("track-repost") : QStringLiteral("track"), id,
                         repost ? track.createdAt.addDays(2 + n % 30) : track.createdAt});
        }
    }
    std::stable_sort(feed.begin(), feed.end(), [](const SandboxActivity &a, const SandboxActivity &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.trackId > b.trackId;
    });
    listener.feed = feed.mid(0, kFeedMax);
}

}  // namespace waveshelf::sandbox
