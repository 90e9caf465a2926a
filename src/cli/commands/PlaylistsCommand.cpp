#include "commands/PlaylistsCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "PageCollector.h"
#include "SessionOpener.h"
#include "TextTable.h"
#include "models/TrackListModel.h"
#include "network/ApiClient.h"
#include "session/UserContext.h"
#include "soundcloud/ApiJson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace waveshelf::cli {

namespace {

QJsonObject toJson(const Playlist &playlist)
{
    return QJsonObject{
        {QStringLiteral("urn"), playlist.urn},
        {QStringLiteral("title"), playlist.title},
        {QStringLiteral("owner"), playlist.owner},
        {QStringLiteral("track_count"), playlist.trackCount},
        {QStringLiteral("duration_ms"), playlist.durationMs},
        {QStringLiteral("playlist_type"), playlist.playlistType},
        {QStringLiteral("permalink_url"), playlist.permalinkUrl.toString(QUrl::FullyEncoded)},
    };
}

}  // namespace

QString PlaylistsCommand::summary() const
{
    return tr("List a local user's playlists and albums.");
}

QString PlaylistsCommand::details() const
{
    return tr("The table has a title, tracks and duration column. --json prints an array with one object "
              "per playlist: urn, title, owner, track_count, duration_ms, playlist_type and permalink_url.");
}

void PlaylistsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
    parser.addOption(CommonOptions::json());
    parser.addOption(CommonOptions::limit());
}

ExitCode PlaylistsCommand::run(CommandContext &context)
{
    Result<SessionOpener::Listing> listing = SessionOpener::openForListing(context);
    if (!listing.ok())
        return context.console.error(listing.error());
    const auto &user = listing.value().user;
    const int pageSize = listing.value().pageSize;
    QUrl first = user->api().listUrl(QStringLiteral("/me/playlists"), pageSize);
    QUrlQuery query(first);
    query.addQueryItem(QStringLiteral("show_tracks"), QStringLiteral("false"));  // counts are enough
    first.setQuery(query);
    PageCollector<Playlist> collector(user->api(), &ApiJson::parsePlaylistPage, &PlaylistPage::playlists);
    const Result<QList<Playlist>> playlists = collector.collect(first, listing.value().limit);
    if (!playlists.ok())
        return context.console.error(playlists.error());

    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const Playlist &playlist : playlists.value())
            json.append(toJson(playlist));
        context.console.outRaw(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return ExitCode::Ok;
    }
    TextTable table({{tr("TITLE"), TextTable::Align::Left, 48},
                     {tr("TRACKS"), TextTable::Align::Right, 0},
                     {tr("DURATION"), TextTable::Align::Right, 0}});
    for (const Playlist &playlist : playlists.value()) {
        table.addRow({playlist.title, QString::number(playlist.trackCount),
                      TrackListModel::formatDuration(playlist.durationMs)});
    }
    for (const QString &line : table.lines())
        context.console.out(line);
    context.console.message(tr("%n playlist(s).", nullptr, int(playlists.value().size())));
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
