#include "SandboxLists.h"

#include "LikeState.h"
#include "SandboxData.h"
#include "SandboxRequest.h"

#include <QJsonArray>

namespace waveshelf::sandbox {

namespace {

QStringList accessFilter(const SandboxRequest &request, const QStringList &fallback)
{
    static const QStringList known{QStringLiteral("playable"), QStringLiteral("preview"), QStringLiteral("blocked")};
    QStringList wanted;
    const QStringList parts = request.query.value(QStringLiteral("access")).split(u',');
    for (const QString &part : parts) {
        const QString level = part.trimmed().toLower();
        if (known.contains(level) && !wanted.contains(level))
            wanted.append(level);
    }
    return wanted.isEmpty() ? fallback : wanted;
}

}  // namespace

SandboxLists::SandboxLists(const SandboxData &data, const LikeState &likes, const SandboxRequest &request,
                           const QUrl &baseUrl, const SandboxUser &viewer)
    : m_data(data)
    , m_request(request)
    , m_baseUrl(baseUrl)
    , m_json(data, baseUrl, &likes.likedTrackSet(viewer.id))
    , m_viewerId(viewer.id)
{
}

QStringList SandboxLists::allAccess()
{
    return {QStringLiteral("playable"), QStringLiteral("preview"), QStringLiteral("blocked")};
}

QStringList SandboxLists::listedAccess()
{
    return {QStringLiteral("playable"), QStringLiteral("preview")};
}

bool SandboxLists::accessAllowed(qint64 trackId, const QStringList &defaultAccess) const
{
    const SandboxTrack *track = m_data.track(trackId);
    return track && accessFilter(m_request, defaultAccess).contains(track->access);
}

SandboxReply SandboxLists::tracks(const QList<qint64> &ids, const QStringList &defaultAccess,
                                  Paginator::Style style) const
{
    const QStringList access = accessFilter(m_request, defaultAccess);
    QList<const SandboxTrack *> tracks;
    tracks.reserve(ids.size());
    for (const qint64 id : ids) {
        const SandboxTrack *track = m_data.track(id);
        if (track && access.contains(track->access))
            tracks.append(track);
    }
    return Paginator::page(
        m_request, m_baseUrl, tracks.size(), [&](qsizetype index) { return m_json.track(*tracks.at(index)); }, style);
}

SandboxReply SandboxLists::unpagedTracks(const QList<qint64> &ids) const
{
    QJsonArray collection;
    for (const qint64 id : ids) {
        if (accessAllowed(id, allAccess()))
            collection.append(m_json.track(*m_data.track(id)));
    }
    return SandboxReply::json(QJsonObject{{QStringLiteral("collection"), collection}});
}

SandboxReply SandboxLists::playlists(const QList<qint64> &ids, Paginator::Style style) const
{
    const bool withTracks = m_request.query.value(QStringLiteral("show_tracks")).toLower() != QStringLiteral("false");
    QList<const SandboxPlaylist *> playlists;
    for (const qint64 id : ids) {
        const SandboxPlaylist *playlist = m_data.playlist(id);
        if (playlist && (playlist->sharing != QLatin1String("private") || playlist->userId == m_viewerId))
            playlists.append(playlist);
    }
    return Paginator::page(
        m_request, m_baseUrl, playlists.size(),
        [&](qsizetype index) { return m_json.playlist(*playlists.at(index), withTracks); }, style);
}

SandboxReply SandboxLists::users(const QList<qint64> &ids, Paginator::Style style) const
{
    QList<const SandboxUser *> users;
    for (const qint64 id : ids) {
        if (const SandboxUser *user = m_data.user(id))
            users.append(user);
    }
    return Paginator::page(
        m_request, m_baseUrl, users.size(), [&](qsizetype index) { return m_json.user(*users.at(index)); }, style);
}

SandboxReply SandboxLists::activities(const QList<SandboxActivity> &feed) const
{
    QList<const SandboxActivity *> shown;
    for (const SandboxActivity &activity : feed) {
        if (accessAllowed(activity.trackId, listedAccess()))
            shown.append(&activity);
    }
    return Paginator::page(m_request, m_baseUrl, shown.size(),
                           [&](qsizetype index) { return m_json.activity(*shown.at(index)); });
}

}  // namespace waveshelf::sandbox
