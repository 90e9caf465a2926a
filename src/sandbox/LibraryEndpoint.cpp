#include "LibraryEndpoint.h"

#include "ApiEndpoint.h"
#include "LikeState.h"
#include "SandboxData.h"
#include "SandboxJson.h"
#include "SandboxLists.h"
#include "SandboxRequest.h"

namespace waveshelf::sandbox {

namespace {

bool matches(const QString &text, const QString &words)
{
    return text.contains(words, Qt::CaseInsensitive);
}

}  // namespace

LibraryEndpoint::LibraryEndpoint(const SandboxData &data, const ApiEndpoint &auth, const LikeState &likes)
    : m_data(data)
    , m_auth(auth)
    , m_likes(likes)
{
}

SandboxReply LibraryEndpoint::handle(const SandboxRequest &request, const QUrl &baseUrl) const
{
    const SandboxUser *user = m_auth.authenticate(request);
    if (!user)
        return SandboxReply::apiError(401);
    const SandboxLists lists(m_data, m_likes, request, baseUrl, *user);
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return SandboxReply::apiError(404);
    if (parts.constFirst() == QLatin1String("me"))
        return me(parts, *user, lists);
    if (parts.size() == 1)
        return search(parts.constFirst(), request.query.value(QStringLiteral("q")).trimmed(), lists);
    if (parts.constFirst() == QLatin1String("users"))
        return ofUser(parts, lists);
    if (parts.size() == 3 && parts.constFirst() == QLatin1String("playlists") && parts.at(2) == QLatin1String("tracks"))
        return playlistTracks(parts.at(1), lists);
    if (parts.size() == 3 && parts.constFirst() == QLatin1String("tracks") && parts.at(2) == QLatin1String("related"))
        return related(parts.at(1), lists);
    return SandboxReply::apiError(404);
}

SandboxReply LibraryEndpoint::me(const QStringList &parts, const SandboxUser &user, const SandboxLists &lists) const
{
    const QString path = parts.mid(1).join(u'/');
    if (path == QLatin1String("feed/tracks"))
        return lists.activities(user.feed);
    if (path == QLatin1String("recently-played/tracks"))
        return lists.unpagedTracks(user.recentlyPlayedIds);
    if (path == QLatin1String("likes/playlists"))
        return lists.playlists(m_likes.likedPlaylists(user.id));
    if (path == QLatin1String("followings"))
        return lists.users(user.followingIds, Paginator::Style::Offset);
    return SandboxReply::apiError(404);
}

SandboxReply LibraryEndpoint::ofUser(const QStringList &parts, const SandboxLists &lists) const
{
    const SandboxUser *user = m_data.user(SandboxJson::idFromUrn(parts.at(1), QStringLiteral("users")));
    if (!user)
        return SandboxReply::apiError(404, QStringLiteral("user not found"));
    if (parts.size() == 2)
        return SandboxReply::json(lists.json().user(*user));
    if (parts.size() == 3 && parts.at(2) == QLatin1String("tracks"))
        return lists.tracks(user->trackIds, SandboxLists::listedAccess());
    if (parts.size() == 3 && parts.at(2) == QLatin1String("playlists"))
        return lists.playlists(user->playlistIds);
    return SandboxReply::apiError(404);
}

SandboxReply LibraryEndpoint::playlistTracks(const QString &urn, const SandboxLists &lists) const
{
    const SandboxPlaylist *playlist = m_data.playlist(SandboxJson::idFromUrn(urn, QStringLiteral("playlists")));
    if (!playlist)
        return SandboxReply::apiError(404, QStringLiteral("playlist not found"));
    return lists.tracks(playlist->trackIds, SandboxLists::allAccess());
}

SandboxReply LibraryEndpoint::related(const QString &urn, const SandboxLists &lists) const
{
    const SandboxTrack *track = m_data.track(SandboxJson::idFromUrn(urn, QStringLiteral("tracks")));
    if (!track)
        return SandboxReply::apiError(404, QStringLiteral("track not found"));
    // The same genre (the same artist's when it has none), never the track itself.
    QList<qint64> found;
    for (const qint64 id : m_data.trackIds()) {
        const SandboxTrack *other = m_data.track(id);
        const bool alike = track->genre.isEmpty() ? other->userId == track->userId : other->genre == track->genre;
        if (id != track->id && alike)
            found.append(id);
        if (found.size() == kRelatedMax)
            break;
    }
    return lists.tracks(found, SandboxLists::listedAccess(), Paginator::Style::Offset);
}

SandboxReply LibraryEndpoint::search(const QString &what, const QString &words, const SandboxLists &lists) const
{
    QList<qint64> found;
    if (what == QLatin1String("tracks")) {
        for (const qint64 id : m_data.trackIds()) {
            const SandboxTrack *track = m_data.track(id);
            const SandboxUser *owner = m_data.user(track->userId);
            if (matches(track->title, words) || matches(track->genre, words)
                || (owner && matches(owner->username, words)))
                found.append(id);
        }
        return lists.tracks(found, SandboxLists::listedAccess(), Paginator::Style::Offset);
    }
    if (what == QLatin1String("users")) {
        for (const qint64 id : m_data.userIds()) {
            const SandboxUser *user = m_data.user(id);
            if (matches(user->username, words) || matches(user->fullName, words))
                found.append(id);
        }
        return lists.users(found, Paginator::Style::Offset);
    }
    if (what == QLatin1String("playlists")) {
        for (const qint64 id : m_data.playlistIds()) {
            const SandboxPlaylist *playlist = m_data.playlist(id);
            const SandboxUser *owner = m_data.user(playlist->userId);
            if (matches(playlist->title, words) || (owner && matches(owner->username, words)))
                found.append(id);
        }
        return lists.playlists(found, Paginator::Style::Offset);
    }
    return SandboxReply::apiError(404);
}

}  // namespace waveshelf::sandbox
