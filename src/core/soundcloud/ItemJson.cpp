#include "soundcloud/ItemJson.h"
#include "network/RemoteUrl.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace waveshelf {

namespace {

QString text(const QJsonObject &json, QLatin1String key)
{
    return json.value(key).toString();
}

// A count or duration: 0 when absent, negative or out of range.
qint64 count(const QJsonValue &value)
{
    return qMax<qint64>(0, ItemJson::wholeNumber(value).value_or(0));
}

int smallCount(const QJsonValue &value)
{
    return int(qMin<qint64>(count(value), std::numeric_limits<int>::max()));
}

// A web link (permalink, artwork): only http(s). A file:, qrc: or smb: URL from
// an answer would be opened by the desktop or fetched by the artwork loader.
QUrl link(const QJsonObject &json, QLatin1String key)
{
    const QString value = text(json, key);
    // Artwork and permalinks are fetched or handed to other programs (MPRIS).
    return value.isEmpty() ? QUrl() : RemoteUrl::acceptable(QUrl(value));
}

bool isActivity(const QJsonObject &json)
{
    return json.value(QLatin1String("origin")).isObject() && !json.contains(QLatin1String("title"));
}

}  // namespace

std::optional<qint64> ItemJson::wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double kLimit = 9223372036854775808.0;  // 2^63
    if (!std::isfinite(number) || number < -kLimit || number >= kLimit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString ItemJson::urnOf(const QJsonObject &json, const QString &prefix)
{
    const QString urn = text(json, QLatin1String("urn"));
    if (!urn.isEmpty())
        return urn;
    const QJsonValue id = json.value(QLatin1String("id"));
    if (id.isString() && !id.toString().isEmpty())
        return prefix + id.toString();
    if (const std::optional<qint64> number = wholeNumber(id))
        return prefix + QString::number(*number);
    return {};
}

QDateTime ItemJson::timestamp(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$)"));
    const QString trimmed = value.trimmed();
    const QRegularExpressionMatch m = pattern.match(trimmed);
    if (!m.hasMatch()) {
        const QDateTime iso = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        return iso.isValid() ? iso.toUTC() : QDateTime();
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    const int sign = m.captured(7) == QLatin1String("-") ? -1 : 1;
    const int offset = sign * (m.captured(8).toInt() * 3600 + m.captured(9).toInt() * 60);
    const QDateTime at(date, time, Qt::OffsetFromUTC, offset);
    return at.isValid() ? at.toUTC() : QDateTime();
}

Track ItemJson::track(const QJsonObject &item)
{
    if (isActivity(item)) {
        Track track = ItemJson::track(item.value(QLatin1String("origin")).toObject());
        track.addedAt = timestamp(text(item, QLatin1String("created_at")));
        return track;
    }
    const QJsonObject &json = item;
    const QJsonObject owner = json.value(QLatin1String("user")).toObject();
    Track track;
    track.urn = urnOf(json, QStringLiteral("soundcloud:tracks:"));
    track.title = text(json, QLatin1String("title"));
    const QString metadataArtist = text(json, QLatin1String("metadata_artist")).trimmed();
    track.artist = metadataArtist.isEmpty() ? text(owner, QLatin1String("username")) : metadataArtist;
    track.artistUrn = urnOf(owner, QStringLiteral("soundcloud:users:"));
    if (track.artistUrn.isEmpty()) {
        if (const std::optional<qint64> userId = wholeNumber(json.value(QLatin1String("user_id"))))
            track.artistUrn = QStringLiteral("soundcloud:users:") + QString::number(*userId);
    }
    track.durationMs = count(json.value(QLatin1String("duration")));
    track.genre = text(json, QLatin1String("genre"));
    track.access = text(json, QLatin1String("access"));
    track.permalinkUrl = link(json, QLatin1String("permalink_url"));
    track.artworkUrl = link(json, QLatin1String("artwork_url"));
    track.createdAt = timestamp(text(json, QLatin1String("created_at")));
    track.playbackCount = count(json.value(QLatin1String("playback_count")));
    const QJsonValue likes = json.value(QLatin1String("likes_count"));
    track.likesCount = count(likes.isUndefined() ? json.value(QLatin1String("favoritings_count")) : likes);
    track.liked = json.value(QLatin1String("user_favorite")).toBool();
    return track;
}

Playlist ItemJson::playlist(const QJsonObject &json)
{
    const QJsonObject owner = json.value(QLatin1String("user")).toObject();
    Playlist playlist;
    playlist.urn = urnOf(json, QStringLiteral("soundcloud:playlists:"));
    playlist.title = text(json, QLatin1String("title"));
    playlist.owner = text(owner, QLatin1String("username"));
    playlist.ownerUrn = urnOf(owner, QStringLiteral("soundcloud:users:"));
    const QJsonValue trackCount = json.value(QLatin1String("track_count"));
    playlist.trackCount = trackCount.isDouble() ? smallCount(trackCount)
                                                : int(json.value(QLatin1String("tracks")).toArray().size());
    playlist.durationMs = count(json.value(QLatin1String("duration")));
    playlist.playlistType = text(json, QLatin1String("playlist_type"));
    playlist.permalinkUrl = link(json, QLatin1String("permalink_url"));
    playlist.artworkUrl = link(json, QLatin1String("artwork_url"));
    playlist.createdAt = timestamp(text(json, QLatin1String("created_at")));
    return playlist;
}

SoundCloudUser ItemJson::user(const QJsonObject &json)
{
    SoundCloudUser user;
    user.urn = urnOf(json, QStringLiteral("soundcloud:users:"));
    user.username = text(json, QLatin1String("username"));
    user.fullName = text(json, QLatin1String("full_name"));
    user.city = text(json, QLatin1String("city"));
    user.avatarUrl = link(json, QLatin1String("avatar_url"));
    user.permalinkUrl = link(json, QLatin1String("permalink_url"));
    user.trackCount = smallCount(json.value(QLatin1String("track_count")));
    user.playlistCount = smallCount(json.value(QLatin1String("playlist_count")));
    user.followersCount = smallCount(json.value(QLatin1String("followers_count")));
    return user;
}

}  // namespace waveshelf
