#include "soundcloud/ApiJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace waveshelf {

namespace {

Error unreadable(const QString &detail)
{
    return Error{ErrorKind::Protocol, ApiJson::tr("SoundCloud sent an answer Waveshelf cannot read. Try again later."),
                 detail};
}

// A JSON number as a whole qint64, or nothing when it is not a finite number
// within qint64's range (converting such a double is undefined behaviour).
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double kLimit = 9223372036854775808.0;  // 2^63
    if (!std::isfinite(number) || number < -kLimit || number >= kLimit)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// A duration in milliseconds: 0 when absent, negative or out of range.
qint64 durationFrom(const QJsonValue &value)
{
    return qMax<qint64>(0, wholeNumber(value).value_or(0));
}

QString stringOrId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const std::optional<qint64> id = wholeNumber(value))
        return QString::number(*id);
    return {};
}

Track trackFrom(const QJsonObject &json)
{
    Track track;
    track.urn = json.value(QLatin1String("urn")).toString();
    if (track.urn.isEmpty()) {
        const QString id = stringOrId(json.value(QLatin1String("id")));
        if (!id.isEmpty())
            track.urn = QStringLiteral("soundcloud:tracks:") + id;
    }
    track.title = json.value(QLatin1String("title")).toString();
    const QString metadataArtist = json.value(QLatin1String("metadata_artist")).toString().trimmed();
    track.artist = metadataArtist.isEmpty()
        ? json.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString()
        : metadataArtist;
    track.durationMs = durationFrom(json.value(QLatin1String("duration")));
    track.genre = json.value(QLatin1String("genre")).toString();
    track.access = json.value(QLatin1String("access")).toString();
    track.permalinkUrl = QUrl(json.value(QLatin1String("permalink_url")).toString());
    return track;
}

Playlist playlistFrom(const QJsonObject &json)
{
    Playlist playlist;
    playlist.urn = json.value(QLatin1String("urn")).toString();
    if (playlist.urn.isEmpty()) {
        const QString id = stringOrId(json.value(QLatin1String("id")));
        if (!id.isEmpty())
            playlist.urn = QStringLiteral("soundcloud:playlists:") + id;
    }
    playlist.title = json.value(QLatin1String("title")).toString();
    playlist.owner = json.value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString();
    const QJsonValue count = json.value(QLatin1String("track_count"));
    const QJsonArray tracks = json.value(QLatin1String("tracks")).toArray();
    playlist.trackCount = count.isDouble() ? qMax(0, count.toInt()) : int(tracks.size());
    playlist.durationMs = durationFrom(json.value(QLatin1String("duration")));
    playlist.playlistType = json.value(QLatin1String("playlist_type")).toString();
    playlist.permalinkUrl = QUrl(json.value(QLatin1String("permalink_url")).toString());
    return playlist;
}

// The items of a linked_partitioning page ({"collection": [...], "next_href": ...})
// or of a bare array, each an object; sets nextHref (empty on the last page).
Result<QJsonArray> pageItems(const QByteArray &body, const QString &what, QUrl &nextHref)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unreadable(what + QStringLiteral(": ") + parseError.errorString());

    QJsonArray items;
    nextHref.clear();
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject() && doc.object().value(QLatin1String("collection")).isArray()) {
        const QJsonObject json = doc.object();
        items = json.value(QLatin1String("collection")).toArray();
        const QString next = json.value(QLatin1String("next_href")).toString();
        if (!next.isEmpty())
            nextHref = QUrl(next, QUrl::StrictMode);
        if (!next.isEmpty() && !nextHref.isValid())
            return unreadable(what + QStringLiteral(": invalid next_href"));
    } else {
        return unreadable(what + QStringLiteral(": neither a collection nor an array"));
    }
    for (const QJsonValue item : std::as_const(items)) {
        if (!item.isObject())
            return unreadable(what + QStringLiteral(": an item is not an object"));
    }
    return items;
}

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

}  // namespace

Result<SoundCloudAccount> ApiJson::parseMe(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return unreadable(QStringLiteral("/me: not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject json = doc.object();
    SoundCloudAccount account;
    account.urn = json.value(QLatin1String("urn")).toString();
    if (account.urn.isEmpty()) {
        const QString id = stringOrId(json.value(QLatin1String("id")));
        if (!id.isEmpty())
            account.urn = QStringLiteral("soundcloud:users:") + id;
    }
    account.username = json.value(QLatin1String("username")).toString();
    if (account.urn.isEmpty())
        return unreadable(QStringLiteral("/me: no urn or id"));
    return account;
}

Result<TrackPage> ApiJson::parseTrackPage(const QByteArray &body)
{
    TrackPage page;
    const Result<QJsonArray> items = pageItems(body, QStringLiteral("track list"), page.nextHref);
    if (!items.ok())
        return items.error();
    page.tracks.reserve(items.value().size());
    for (const QJsonValue item : items.value())
        page.tracks.append(trackFrom(item.toObject()));
    return page;
}

Result<PlaylistPage> ApiJson::parsePlaylistPage(const QByteArray &body)
{
    PlaylistPage page;
    const Result<QJsonArray> items = pageItems(body, QStringLiteral("playlist list"), page.nextHref);
    if (!items.ok())
        return items.error();
    page.playlists.reserve(items.value().size());
    for (const QJsonValue item : items.value())
        page.playlists.append(playlistFrom(item.toObject()));
    return page;
}

Error ApiJson::classifyFailure(int httpStatus, const QByteArray &contentType, const QByteArray &body)
{
    const QString detail = QStringLiteral("HTTP %1").arg(httpStatus);
    if (httpStatus == 401) {
        return Error{ErrorKind::ReconnectNeeded, tr("SoundCloud no longer accepts this connection. Please reconnect."),
                     detail};
    }
    if (httpStatus == 429) {
        const QDateTime reset = rateLimitReset(body);
        const QString when = reset.isValid() ? tr("SoundCloud asks Waveshelf to wait until %1 before trying again.")
                                                   .arg(QLocale().toString(reset.toLocalTime(), QLocale::ShortFormat))
                                             : tr("SoundCloud is busy right now; try again in a moment.");
        return Error{ErrorKind::RateLimited, when, detail, reset};
    }
    if (httpStatus == 0 || httpStatus >= 500 || looksLikeHtml(contentType, body)) {
        return Error{ErrorKind::Unreachable, tr("SoundCloud is unreachable, try again."), detail};
    }
    if (httpStatus == 404)
        return Error{ErrorKind::NotFound, tr("SoundCloud could not find what was asked for."), detail};
    return Error{ErrorKind::Protocol, tr("SoundCloud refused the request (error %1). Try again later.").arg(httpStatus),
                 detail};
}

QDateTime ApiJson::rateLimitReset(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray errors = doc.object().value(QLatin1String("errors")).toArray();
    for (const QJsonValue entry : errors) {
        const QString text =
            entry.toObject().value(QLatin1String("meta")).toObject().value(QLatin1String("reset_time")).toString();
        // SoundCloud writes "2015/06/01 09:49:40 +0000".
        static const QRegularExpression pattern(
            QStringLiteral(R"(^(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$)"));
        const QRegularExpressionMatch m = pattern.match(text.trimmed());
        if (!m.hasMatch())
            continue;
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        const int sign = m.captured(7) == QLatin1String("-") ? -1 : 1;
        const int offset = sign * (m.captured(8).toInt() * 3600 + m.captured(9).toInt() * 60);
        const QDateTime at(date, time, Qt::OffsetFromUTC, offset);
        if (at.isValid())
            return at.toUTC();
    }
    return {};
}

}  // namespace waveshelf
