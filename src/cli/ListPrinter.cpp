#include "ListPrinter.h"

#include "Console.h"
#include "TextTable.h"
#include "models/TrackListModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waveshelf::cli {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString(QUrl::FullyEncoded));
}

QJsonObject toJson(const Track &track)
{
    return QJsonObject{
        {QStringLiteral("urn"), track.urn},
        {QStringLiteral("title"), track.title},
        {QStringLiteral("artist"), track.artist},
        {QStringLiteral("artist_urn"), track.artistUrn},
        {QStringLiteral("duration_ms"), track.durationMs},
        {QStringLiteral("genre"), track.genre},
        {QStringLiteral("access"), track.access},
        {QStringLiteral("permalink_url"), track.permalinkUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("artwork_url"), urlOrNull(track.artworkUrl)},
        {QStringLiteral("created_at"), timeOrNull(track.createdAt)},
        {QStringLiteral("added_at"), timeOrNull(track.addedAt)},
        {QStringLiteral("playback_count"), track.playbackCount},
        {QStringLiteral("likes_count"), track.likesCount},
        {QStringLiteral("liked"), track.liked},
    };
}

QJsonObject toJson(const Playlist &playlist)
{
    return QJsonObject{
        {QStringLiteral("urn"), playlist.urn},
        {QStringLiteral("title"), playlist.title},
        {QStringLiteral("owner"), playlist.owner},
        {QStringLiteral("owner_urn"), playlist.ownerUrn},
        {QStringLiteral("track_count"), playlist.trackCount},
        {QStringLiteral("duration_ms"), playlist.durationMs},
        {QStringLiteral("playlist_type"), playlist.playlistType},
        {QStringLiteral("permalink_url"), playlist.permalinkUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("artwork_url"), urlOrNull(playlist.artworkUrl)},
        {QStringLiteral("created_at"), timeOrNull(playlist.createdAt)},
    };
}

QJsonObject toJson(const SoundCloudUser &user)
{
    return QJsonObject{
        {QStringLiteral("urn"), user.urn},
        {QStringLiteral("username"), user.username},
        {QStringLiteral("full_name"), user.fullName},
        {QStringLiteral("city"), user.city},
        {QStringLiteral("track_count"), user.trackCount},
        {QStringLiteral("playlist_count"), user.playlistCount},
        {QStringLiteral("followers_count"), user.followersCount},
        {QStringLiteral("permalink_url"), user.permalinkUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("avatar_url"), urlOrNull(user.avatarUrl)},
    };
}

template <typename Item>
void printJson(Console &console, const QList<Item> &items)
{
    QJsonArray json;
    for (const Item &item : items)
        json.append(toJson(item));
    console.outRaw(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
}

void printTable(Console &console, const TextTable &table)
{
    for (const QString &line : table.lines())
        console.out(line);
}

}  // namespace

void ListPrinter::tracks(Console &console, const QList<Track> &tracks, Format format, TrackDate date)
{
    if (format == Format::Json) {
        printJson(console, tracks);
        return;
    }
    const bool added = date == TrackDate::Added;
    TextTable table({{tr("TITLE"), TextTable::Align::Left, 29},
                     {tr("ARTIST"), TextTable::Align::Left, 16},
                     {tr("DURATION"), TextTable::Align::Right, 0},
                     {added ? tr("ADDED") : tr("GENRE"), TextTable::Align::Left, 12},
                     {tr("ACCESS"), TextTable::Align::Left, 0}});
    for (const Track &track : tracks) {
        const QString access = track.isPreview() ? tr("preview") : track.isBlocked() ? tr("blocked") : QString();
        const QString fourth = added ? track.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : track.genre;
        table.addRow(
            {track.title.trimmed(), track.artist, TrackListModel::formatDuration(track.durationMs), fourth, access});
    }
    printTable(console, table);
    console.message(tr("%n track(s).", nullptr, int(tracks.size())));
}

void ListPrinter::playlists(Console &console, const QList<Playlist> &playlists, Format format)
{
    if (format == Format::Json) {
        printJson(console, playlists);
        return;
    }
    TextTable table({{tr("TITLE"), TextTable::Align::Left, 34},
                     {tr("OWNER"), TextTable::Align::Left, 16},
                     {tr("TRACKS"), TextTable::Align::Right, 0},
                     {tr("DURATION"), TextTable::Align::Right, 0},
                     {tr("TYPE"), TextTable::Align::Left, 8}});
    for (const Playlist &playlist : playlists) {
        table.addRow({playlist.title.trimmed(), playlist.owner, QString::number(playlist.trackCount),
                      TrackListModel::formatDuration(playlist.durationMs), playlist.playlistType});
    }
    printTable(console, table);
    console.message(tr("%n playlist(s).", nullptr, int(playlists.size())));
}

void ListPrinter::users(Console &console, const QList<SoundCloudUser> &users, Format format)
{
    if (format == Format::Json) {
        printJson(console, users);
        return;
    }
    TextTable table({{tr("USERNAME"), TextTable::Align::Left, 22},
                     {tr("NAME"), TextTable::Align::Left, 21},
                     {tr("CITY"), TextTable::Align::Left, 14},
                     {tr("TRACKS"), TextTable::Align::Right, 0},
                     {tr("FOLLOWERS"), TextTable::Align::Right, 0}});
    for (const SoundCloudUser &user : users) {
        table.addRow({user.username, user.fullName, user.city, QString::number(user.trackCount),
                      QString::number(user.followersCount)});
    }
    printTable(console, table);
    console.message(tr("%n user(s).", nullptr, int(users.size())));
}

QString ListPrinter::trackFields()
{
    return tr("--json prints an array with one object per track: urn, title, artist, artist_urn, duration_ms, "
              "genre, access (playable, preview or blocked), permalink_url, artwork_url, created_at, added_at "
              "(when it reached the list, if known), playback_count, likes_count and liked.");
}

QString ListPrinter::playlistFields()
{
    return tr("--json prints an array with one object per playlist: urn, title, owner, owner_urn, track_count, "
              "duration_ms, playlist_type, permalink_url, artwork_url and created_at.");
}

QString ListPrinter::userFields()
{
    return tr("--json prints an array with one object per user: urn, username, full_name, city, track_count, "
              "playlist_count, followers_count, permalink_url and avatar_url.");
}

}  // namespace waveshelf::cli
