#include "SandboxData.h"

#include "ListenerSeed.h"
#include "SeedRandom.h"
#include "SeedText.h"

#include <algorithm>

namespace waveshelf::sandbox {

SandboxData::SandboxData()
{
    seedAlice();
    seedDave();
    seedBob();
    seedCarol();
    seedErin();
    ListenerSeed::seed(*this);
    m_userOrder = m_users.keys();
    m_trackOrder = m_tracks.keys();
    m_playlistOrder = m_playlists.keys();
    std::sort(m_userOrder.begin(), m_userOrder.end());
    std::sort(m_trackOrder.begin(), m_trackOrder.end());
    std::sort(m_playlistOrder.begin(), m_playlistOrder.end());
    m_playlistSeed.playlists = m_playlists;
    m_playlistSeed.order = m_playlistOrder;
    for (const SandboxUser &user : std::as_const(m_users)) {
        m_playlistSeed.idsByUser.insert(user.id, user.playlistIds);
        m_followingSeed.insert(user.id, user.followingIds);
    }
}

bool SandboxData::setFollowing(qint64 userId, qint64 followedId, bool follow)
{
    const auto user = m_users.find(userId);
    if (user == m_users.end() || !m_users.contains(followedId))
        return false;
    user->followingIds.removeAll(followedId);
    if (follow)
        user->followingIds.prepend(followedId);
    user->followingsCount = static_cast<int>(user->followingIds.size());
    return true;
}

void SandboxData::resetFollowings()
{
    for (auto it = m_followingSeed.cbegin(); it != m_followingSeed.cend(); ++it) {
        m_users[it.key()].followingIds = it.value();
        m_users[it.key()].followingsCount = static_cast<int>(it.value().size());
    }
    m_followLimit = kDefaultFollowLimit;
}

qint64 SandboxData::createPlaylist(qint64 ownerId, const QString &title, const QString &sharing,
                                   const QList<qint64> &trackIds)
{
    const auto owner = m_users.find(ownerId);
    if (owner == m_users.end())
        return 0;
    const qint64 id = m_nextPlaylistId++;
    SandboxPlaylist &playlist = addPlaylist(*owner, id, title);
    playlist.playlistType = QStringLiteral("playlist");
    playlist.sharing = sharing;
    playlist.createdAt = QDateTime::currentDateTimeUtc();
    playlist.lastModified = playlist.createdAt;
    playlist.trackIds = trackIds;
    m_playlistOrder.append(id);
    return id;
}

bool SandboxData::setPlaylistTracks(qint64 id, const QList<qint64> &trackIds)
{
    const auto it = m_playlists.find(id);
    if (it == m_playlists.end())
        return false;
    it->trackIds = trackIds;
    it->lastModified = QDateTime::currentDateTimeUtc();
    return true;
}

bool SandboxData::setPlaylistTitle(qint64 id, const QString &title)
{
    const auto it = m_playlists.find(id);
    if (it == m_playlists.end())
        return false;
    it->title = title;
    it->lastModified = QDateTime::currentDateTimeUtc();
    return true;
}

bool SandboxData::deletePlaylist(qint64 id)
{
    const auto it = m_playlists.find(id);
    if (it == m_playlists.end())
        return false;
    if (const auto owner = m_users.find(it->userId); owner != m_users.end())
        owner->playlistIds.removeAll(id);
    m_playlists.erase(it);
    m_playlistOrder.removeAll(id);
    return true;
}

void SandboxData::resetPlaylists()
{
    m_playlists = m_playlistSeed.playlists;
    m_playlistOrder = m_playlistSeed.order;
    for (auto it = m_playlistSeed.idsByUser.cbegin(); it != m_playlistSeed.idsByUser.cend(); ++it)
        m_users[it.key()].playlistIds = it.value();
}

const SandboxUser *SandboxData::userByUsername(const QString &username) const
{
    for (const SandboxUser &candidate : m_users) {
        if (candidate.username == username)
            return &candidate;
    }
    return nullptr;
}

const SandboxUser *SandboxData::user(qint64 id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.constEnd() ? nullptr : &it.value();
}

const SandboxTrack *SandboxData::track(qint64 id) const
{
    const auto it = m_tracks.constFind(id);
    return it == m_tracks.constEnd() ? nullptr : &it.value();
}

const SandboxPlaylist *SandboxData::playlist(qint64 id) const
{
    const auto it = m_playlists.constFind(id);
    return it == m_playlists.constEnd() ? nullptr : &it.value();
}

const SandboxUser *SandboxData::signIn(const QString &username, const QString &password) const
{
    const SandboxUser *candidate = userByUsername(username.trimmed());
    if (!candidate || candidate->password.isEmpty() || candidate->password != password)
        return nullptr;
    return candidate;
}

SandboxUser &SandboxData::addUser(qint64 id, const QString &username, const QString &fullName)
{
    SandboxUser &user = m_users[id];
    user.id = id;
    user.username = username;
    user.fullName = fullName;
    const qsizetype space = fullName.indexOf(u' ');
    user.firstName = fullName.left(space);
    user.lastName = space < 0 ? QString() : fullName.mid(space + 1);
    user.permalink = SeedText::slugify(fullName);
    return user;
}

SandboxTrack &SandboxData::addTrack(SandboxUser &owner, qint64 id, const QString &title)
{
    SandboxTrack &track = m_tracks[id];
    track.id = id;
    track.userId = owner.id;
    track.title = title;
    track.permalink = SeedText::slugify(title) + u'-' + QString::number(id);
    track.access = QStringLiteral("playable");
    owner.trackIds.prepend(id);
    return track;
}

SandboxPlaylist &SandboxData::addPlaylist(SandboxUser &owner, qint64 id, const QString &title)
{
    SandboxPlaylist &playlist = m_playlists[id];
    playlist.id = id;
    playlist.userId = owner.id;
    playlist.title = title;
    playlist.permalink = SeedText::slugify(title);
    owner.playlistIds.prepend(id);
    return playlist;
}

void SandboxData::addGeneratedTracks(SandboxUser &owner, const GeneratedTracks &spec)
{
    SeedRandom random(spec.seed);
    for (int index = 1; index <= spec.count; ++index) {
        SandboxTrack &track = addTrack(owner, spec.firstId + index - 1, SeedText::trackTitle(index, random));
        SeedText::fillGenre(track, random);
        track.durationMs = index % 100 == 0 ? 7'200'000 + random.bounded(600'000)
                                            : 30'000 + random.bounded(12 * 60'000);
        if (index % 97 == 0)
            track.access = QStringLiteral("blocked");
        else if (index % 13 == 0)
            track.access = QStringLiteral("preview");
        track.createdAt = spec.start.addSecs(qint64(index) * spec.spacingSeconds + random.bounded(80'000));
        track.playbackCount = index % 211 == 0 ? 1'000'000 + random.bounded(9'000'000) : random.bounded(100'000);
        track.likesCount = random.bounded(5'000);
        track.commentCount = random.bounded(120);
        track.repostsCount = random.bounded(300);
        track.bpm = index % 3 == 0 ? 80 + random.bounded(100) : 0;
        track.hasArtwork = index % 7 != 0;
        track.tagList = index % 5 == 0 ? QStringLiteral("sandbox \"tag with spaces\" demo") : QString();
    }
}

void SandboxData::seedAlice()
{
    SandboxUser &alice = addUser(1001, QStringLiteral("alice"), QStringLiteral("Alice Sandbox"));
    alice.password = QStringLiteral("alice-password");
    alice.city = QStringLiteral("Berlin");
    alice.country = QStringLiteral("Germany");
    alice.description = QStringLiteral("Makes far too many tracks. A sandbox user.");
    alice.createdAt = SeedText::utc(2013, 11, 4);
    alice.followersCount = 4821;
    alice.followingsCount = 212;

    addGeneratedTracks(alice, {500001, 1234, 20130104u, SeedText::utc(2014, 1, 1), 129'600});

    SandboxPlaylist &favourites = addPlaylist(alice, 700003, QStringLiteral("Alice’s Favourites"));
    favourites.createdAt = SeedText::utc(2021, 5, 2);
    favourites.playlistType = QStringLiteral("playlist");
    favourites.trackIds = {501234, 500777, 500500, 500042, 500001};
}

void SandboxData::seedDave()
{
    SandboxUser &dave = addUser(1004, QStringLiteral("dj-dave"), QStringLiteral("Dave Beats"));
    dave.city = QStringLiteral("Leeds");
    dave.country = QStringLiteral("United Kingdom");
    dave.createdAt = SeedText::utc(2011, 6, 1);
    dave.followersCount = 120'431;
    SeedRandom random(1004u);
    for (int index = 1; index <= 12; ++index) {
        SandboxTrack &track = addTrack(dave, 520000 + index, QStringLiteral("Warehouse Session %1").arg(index));
        SeedText::fillGenre(track, random);
        track.durationMs = 180'000 + random.bounded(240'000);
        track.createdAt = SeedText::utc(2019, 1, 1).addDays(qint64(index) * 20);
        track.playbackCount = 50'000 + random.bounded(500'000);
        track.likesCount = random.bounded(20'000);
        if (index == 4)
            track.access = QStringLiteral("blocked");
        if (index == 5)
            track.access = QStringLiteral("preview");
    }
}

void SandboxData::seedBob()
{
    SandboxUser &bob = addUser(1002, QStringLiteral("bob"), QStringLiteral("Bob Sandbox"));
    bob.password = QStringLiteral("bob-password");
    bob.city = QStringLiteral("Lyon");
    bob.country = QStringLiteral("France");
    bob.description = QStringLiteral("Three tracks and a lot of opinions. A sandbox user.");
    bob.createdAt = SeedText::utc(2016, 3, 9);
    bob.followersCount = 37;
    bob.followingsCount = 58;

    const QList<QPair<QString, int>> tracks{
        {QStringLiteral("Bedroom Demo #1"), 154'000},
        {QStringLiteral("Rue de la République"), 201'500},
        {QStringLiteral("Untitled"), 61'000},
    };
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        SandboxTrack &track = addTrack(bob, 510001 + i, tracks[i].first);
        track.durationMs = tracks[i].second;
        track.genre = i == 2 ? QString() : QStringLiteral("Indie");
        track.createdAt = SeedText::utc(2022, 2 + static_cast<int>(i), 14);
        track.playbackCount = 12 + 40 * i;
        track.likesCount = static_cast<int>(i);
        track.hasArtwork = i != 2;
    }

    // Liked tracks, most recent like first: one of them is blocked, one is a preview.
    bob.likedTrackIds = {501234, 520004, 500500, 520005, 500097, 520001, 500010};

    SandboxPlaylist &roadTrip = addPlaylist(bob, 700001, QStringLiteral("Road Trip"));
    roadTrip.createdAt = SeedText::utc(2022, 7, 1);
    roadTrip.playlistType = QStringLiteral("playlist");
    roadTrip.trackIds = {510002, 501234, 520001, 500097};

    SandboxPlaylist &ep = addPlaylist(bob, 700002, QStringLiteral("First EP"));
    ep.createdAt = SeedText::utc(2023, 1, 20);
    ep.playlistType = QStringLiteral("ep");
    ep.trackIds = {510001, 510002, 510003};
}

void SandboxData::seedErin()
{
    SandboxUser &erin = addUser(1005, QStringLiteral("erin"), QStringLiteral("Erin Archive"));
    erin.password = QStringLiteral("erin-password");
    erin.city = QStringLiteral("Oslo");
    erin.country = QStringLiteral("Norway");
    erin.description = QStringLiteral("Ten thousand tracks, every one listed. A sandbox user for benchmarks.");
    erin.createdAt = SeedText::utc(2010, 2, 1);
    erin.followersCount = 9'120;
    erin.followingsCount = 310;
    addGeneratedTracks(erin, {600001, kErinTrackCount, 20100201u, SeedText::utc(2021, 1, 1), 8'640});
    for (const qint64 id : std::as_const(erin.trackIds)) {
        SandboxTrack &track = m_tracks[id];
        if (track.access == QLatin1String("blocked"))
            track.access = QStringLiteral("preview");  // listed by /me/tracks, as a preview
    }
}

void SandboxData::seedCarol()
{
    SandboxUser &carol = addUser(1003, QStringLiteral("carol"), QStringLiteral("Carol Sandbox"));
    carol.password = QStringLiteral("carol-password");
    carol.createdAt = SeedText::utc(2024, 8, 30);
}

}  // namespace waveshelf::sandbox
