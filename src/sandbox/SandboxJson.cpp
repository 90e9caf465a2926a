#include "SandboxJson.h"

#include "SandboxData.h"

#include <QJsonArray>
#include <QTimeZone>

namespace waveshelf::sandbox {

namespace {

QString trackUrn(qint64 id)
{
    return QStringLiteral("soundcloud:tracks:") + QString::number(id);
}
QString userUrn(qint64 id)
{
    return QStringLiteral("soundcloud:users:") + QString::number(id);
}
QString playlistUrn(qint64 id)
{
    return QStringLiteral("soundcloud:playlists:") + QString::number(id);
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

}  // namespace

SandboxJson::SandboxJson(const SandboxData &data, const QUrl &baseUrl, const QSet<qint64> *viewerLikes)
    : m_data(data)
    , m_base(baseUrl.toString(QUrl::StripTrailingSlash))
    , m_viewerLikes(viewerLikes)
{
}

qint64 SandboxJson::idFromUrn(const QString &urn, const QString &kind)
{
    const QString prefix = QStringLiteral("soundcloud:") + kind + u':';
    const QString digits = urn.startsWith(prefix) ? urn.mid(prefix.size()) : urn;
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    return ok && id > 0 && !digits.startsWith(u'+') ? id : 0;
}

QString SandboxJson::timestamp(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy/MM/dd HH:mm:ss")) + QStringLiteral(" +0000");
}

QString SandboxJson::url(const QString &path) const
{
    return m_base + path;
}

QJsonObject SandboxJson::user(const SandboxUser &user) const
{
    const int publicFavourites = static_cast<int>(user.likedTrackIds.size());
    QJsonObject json;
    json.insert(QStringLiteral("kind"), QStringLiteral("user"));
    json.insert(QStringLiteral("id"), user.id);
    json.insert(QStringLiteral("urn"), userUrn(user.id));
    json.insert(QStringLiteral("username"), user.username);
    json.insert(QStringLiteral("permalink"), user.permalink);
    json.insert(QStringLiteral("permalink_url"), url(u'/' + user.permalink));
    json.insert(QStringLiteral("uri"), url(QStringLiteral("/users/") + userUrn(user.id)));
    json.insert(QStringLiteral("avatar_url"),
                url(QStringLiteral("/images/avatars-") + QString::number(user.id) + QStringLiteral("-large.png")));
    json.insert(QStringLiteral("full_name"), user.fullName);
    json.insert(QStringLiteral("first_name"), user.firstName);
    json.insert(QStringLiteral("last_name"), user.lastName);
    json.insert(QStringLiteral("description"), orNull(user.description));
    json.insert(QStringLiteral("city"), orNull(user.city));
    json.insert(QStringLiteral("country"), orNull(user.country));
    json.insert(QStringLiteral("created_at"), timestamp(user.createdAt));
    json.insert(QStringLiteral("last_modified"), timestamp(user.createdAt.addDays(30)));
    json.insert(QStringLiteral("followers_count"), user.followersCount);
    json.insert(QStringLiteral("followings_count"), user.followingsCount);
    json.insert(QStringLiteral("track_count"), static_cast<int>(user.trackIds.size()));
    json.insert(QStringLiteral("playlist_count"), static_cast<int>(user.playlistIds.size()));
    json.insert(QStringLiteral("public_favorites_count"), publicFavourites);
    json.insert(QStringLiteral("reposts_count"), 0);
    json.insert(QStringLiteral("plan"), QStringLiteral("Free"));
    json.insert(QStringLiteral("website"), QJsonValue::Null);
    json.insert(QStringLiteral("website_title"), QJsonValue::Null);
    json.insert(QStringLiteral("discogs_name"), QJsonValue::Null);
    return json;
}

QJsonObject SandboxJson::me(const SandboxUser &user) const
{
    QJsonObject json = this->user(user);
    json.insert(QStringLiteral("likes_count"), static_cast<int>(user.likedTrackIds.size()));
    json.insert(QStringLiteral("locale"), QJsonValue::Null);
    json.insert(QStringLiteral("online"), false);
    json.insert(QStringLiteral("primary_email_confirmed"), true);
    json.insert(QStringLiteral("private_tracks_count"), 0);
    json.insert(QStringLiteral("private_playlists_count"), 0);
    json.insert(QStringLiteral("upload_seconds_left"), 10'800);
    QJsonObject quota;
    quota.insert(QStringLiteral("unlimited_upload_quota"), false);
    quota.insert(QStringLiteral("upload_seconds_used"), 0);
    quota.insert(QStringLiteral("upload_seconds_left"), 10'800);
    json.insert(QStringLiteral("quota"), quota);
    json.insert(QStringLiteral("subscriptions"), QJsonArray());
    return json;
}

QJsonObject SandboxJson::track(const SandboxTrack &track) const
{
    const SandboxUser *owner = m_data.user(track.userId);
    const QString urn = trackUrn(track.id);
    const QString api = url(QStringLiteral("/tracks/") + urn);
    QJsonObject json;
    json.insert(QStringLiteral("kind"), QStringLiteral("track"));
    json.insert(QStringLiteral("id"), track.id);
    json.insert(QStringLiteral("urn"), urn);
    json.insert(QStringLiteral("title"), track.title);
    json.insert(QStringLiteral("duration"), track.durationMs);
    json.insert(QStringLiteral("genre"), track.genreIsNull ? QJsonValue(QJsonValue::Null) : QJsonValue(track.genre));
    json.insert(QStringLiteral("user"), owner ? QJsonValue(user(*owner)) : QJsonValue());
    json.insert(QStringLiteral("user_id"), track.userId);
    json.insert(QStringLiteral("artwork_url"),
                track.hasArtwork ? QJsonValue(
                    url(QStringLiteral("/images/artworks-") + QString::number(track.id) + QStringLiteral("-large.png")))
                                 : QJsonValue(QJsonValue::Null));
    json.insert(QStringLiteral("waveform_url"),
                url(QStringLiteral("/images/waveform-") + QString::number(track.id) + QStringLiteral(".png")));
    json.insert(QStringLiteral("permalink_url"),
                url(u'/' + (owner ? owner->permalink : QString()) + u'/' + track.permalink));
    json.insert(QStringLiteral("uri"), api);
    json.insert(QStringLiteral("stream_url"), QString(api + QStringLiteral("/stream")));
    json.insert(QStringLiteral("access"), track.access);
    json.insert(QStringLiteral("streamable"), track.access != QStringLiteral("blocked"));
    json.insert(QStringLiteral("created_at"), timestamp(track.createdAt));
    json.insert(QStringLiteral("release_year"), track.createdAt.date().year());
    json.insert(QStringLiteral("release_month"), track.createdAt.date().month());
    json.insert(QStringLiteral("release_day"), track.createdAt.date().day());
    json.insert(QStringLiteral("playback_count"), track.playbackCount);
    json.insert(QStringLiteral("favoritings_count"), track.likesCount);
    json.insert(QStringLiteral("comment_count"), track.commentCount);
    json.insert(QStringLiteral("reposts_count"), track.repostsCount);
    json.insert(QStringLiteral("download_count"), 0);
    json.insert(QStringLiteral("downloadable"), false);
    json.insert(QStringLiteral("download_url"), QJsonValue::Null);
    json.insert(QStringLiteral("commentable"), true);
    json.insert(QStringLiteral("bpm"), track.bpm > 0 ? QJsonValue(track.bpm) : QJsonValue());
    json.insert(QStringLiteral("key_signature"), QJsonValue::Null);
    json.insert(QStringLiteral("tag_list"), track.tagList);
    json.insert(QStringLiteral("license"), QStringLiteral("all-rights-reserved"));
    json.insert(QStringLiteral("sharing"), QStringLiteral("public"));
    json.insert(QStringLiteral("embeddable_by"), QStringLiteral("all"));
    json.insert(QStringLiteral("description"), QJsonValue::Null);
    json.insert(QStringLiteral("label_name"), QJsonValue::Null);
    json.insert(QStringLiteral("isrc"), QJsonValue::Null);
    json.insert(QStringLiteral("purchase_url"), QJsonValue::Null);
    json.insert(QStringLiteral("purchase_title"), QJsonValue::Null);
    json.insert(QStringLiteral("user_favorite"), m_viewerLikes && m_viewerLikes->contains(track.id));
    json.insert(QStringLiteral("user_playback_count"), 0);
    json.insert(QStringLiteral("reveal_stats"), true);
    json.insert(QStringLiteral("reveal_comments"), true);
    json.insert(QStringLiteral("secret_uri"), QJsonValue::Null);
    json.insert(QStringLiteral("available_country_codes"), QJsonValue::Null);
    return json;
}

QJsonObject SandboxJson::playlist(const SandboxPlaylist &playlist, bool withTracks) const
{
    const SandboxUser *owner = m_data.user(playlist.userId);
    const QString urn = playlistUrn(playlist.id);
    qint64 duration = 0;
    QJsonArray tracks;
    for (const qint64 id : playlist.trackIds) {
        if (const SandboxTrack *entry = m_data.track(id)) {
            duration += entry->durationMs;
            if (withTracks)
                tracks.append(track(*entry));
        }
    }
    QJsonObject json;
    json.insert(QStringLiteral("kind"), QStringLiteral("playlist"));
    json.insert(QStringLiteral("id"), playlist.id);
    json.insert(QStringLiteral("urn"), urn);
    json.insert(QStringLiteral("title"), playlist.title);
    json.insert(QStringLiteral("permalink"), playlist.permalink);
    json.insert(QStringLiteral("permalink_url"),
                url(u'/' + (owner ? owner->permalink : QString()) + QStringLiteral("/sets/") + playlist.permalink));
    json.insert(QStringLiteral("uri"), url(QStringLiteral("/playlists/") + urn));
    json.insert(QStringLiteral("tracks_uri"), url(QStringLiteral("/playlists/") + urn + QStringLiteral("/tracks")));
    json.insert(QStringLiteral("user"), owner ? QJsonValue(user(*owner)) : QJsonValue());
    json.insert(QStringLiteral("user_urn"), userUrn(playlist.userId));
    json.insert(QStringLiteral("user_id"), playlist.userId);
    json.insert(QStringLiteral("artwork_url"), QJsonValue::Null);
    json.insert(QStringLiteral("created_at"), timestamp(playlist.createdAt));
    json.insert(QStringLiteral("last_modified"),
                timestamp(playlist.lastModified.isValid() ? playlist.lastModified : playlist.createdAt.addDays(3)));
    json.insert(QStringLiteral("sharing"), playlist.sharing);
    json.insert(QStringLiteral("duration"), duration);
    json.insert(QStringLiteral("track_count"), static_cast<int>(playlist.trackIds.size()));
    json.insert(QStringLiteral("playlist_type"), playlist.playlistType);
    json.insert(QStringLiteral("type"), playlist.playlistType);
    json.insert(QStringLiteral("streamable"), true);
    json.insert(QStringLiteral("downloadable"), false);
    json.insert(QStringLiteral("genre"), QString());
    json.insert(QStringLiteral("tag_list"), QString());
    json.insert(QStringLiteral("likes_count"), 0);
    json.insert(QStringLiteral("license"), QStringLiteral("all-rights-reserved"));
    if (withTracks)
        json.insert(QStringLiteral("tracks"), tracks);
    return json;
}

QJsonObject SandboxJson::activity(const SandboxActivity &activity) const
{
    const SandboxTrack *origin = m_data.track(activity.trackId);
    QJsonObject json;
    json.insert(QStringLiteral("type"), activity.type);
    json.insert(QStringLiteral("created_at"), timestamp(activity.createdAt));
    json.insert(QStringLiteral("origin"), origin ? QJsonValue(track(*origin)) : QJsonValue());
    return json;
}

}  // namespace waveshelf::sandbox
