#include "soundcloud/ApiJson.h"

#include "soundcloud/ItemJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace waveshelf {

namespace {

Error unreadable(const QString &detail)
{
    return Error{ErrorKind::Protocol, ApiJson::tr("SoundCloud sent an answer Waveshelf cannot read. Try again later."),
                 detail};
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
    account.urn = ItemJson::urnOf(json, QStringLiteral("soundcloud:users:"));
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
        page.tracks.append(ItemJson::track(item.toObject()));
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
        page.playlists.append(ItemJson::playlist(item.toObject()));
    return page;
}

Result<UserPage> ApiJson::parseUserPage(const QByteArray &body)
{
    UserPage page;
    const Result<QJsonArray> items = pageItems(body, QStringLiteral("user list"), page.nextHref);
    if (!items.ok())
        return items.error();
    page.users.reserve(items.value().size());
    for (const QJsonValue item : items.value())
        page.users.append(ItemJson::user(item.toObject()));
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
    if (httpStatus == 422) {
        // "Unprocessable": SoundCloud will not do this (a follow limit...); its reason in `message`.
        const QString reason =
            QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString().trimmed().left(200);
        return Error{ErrorKind::AccessDenied,
                     reason.isEmpty() ? tr("SoundCloud refused this request.")
                                      : tr("SoundCloud refused this request: “%1”").arg(reason),
                     detail + QStringLiteral(" unprocessable")};
    }
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
        const QDateTime at = ItemJson::timestamp(text);
        if (at.isValid())
            return at;
    }
    return {};
}

}  // namespace waveshelf
