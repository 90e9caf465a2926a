#include "commands/TrackListCommand.h"

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

namespace waveshelf::cli {

namespace {

QJsonObject toJson(const Track &track)
{
    return QJsonObject{
        {QStringLiteral("urn"), track.urn},
        {QStringLiteral("title"), track.title},
        {QStringLiteral("artist"), track.artist},
        {QStringLiteral("duration_ms"), track.durationMs},
        {QStringLiteral("genre"), track.genre},
        {QStringLiteral("access"), track.access},
        {QStringLiteral("permalink_url"), track.permalinkUrl.toString(QUrl::FullyEncoded)},
    };
}

}  // namespace

TrackListCommand::TrackListCommand(QString name, QString apiPath, QString summary)
    : m_name(std::move(name))
    , m_apiPath(std::move(apiPath))
    , m_summary(std::move(summary))
{
}

QString TrackListCommand::details() const
{
    return tr("The table has a title, artist, duration and genre column. --json prints an array with one "
              "object per track: urn, title, artist, duration_ms, genre, access (playable, preview or "
              "blocked) and permalink_url.");
}

void TrackListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
    parser.addOption(CommonOptions::json());
    parser.addOption(CommonOptions::limit());
}

ExitCode TrackListCommand::run(CommandContext &context)
{
    Result<SessionOpener::Listing> listing = SessionOpener::openForListing(context);
    if (!listing.ok())
        return context.console.error(listing.error());
    const auto &user = listing.value().user;
    const int pageSize = listing.value().pageSize;
    PageCollector<Track> collector(user->api(), &ApiJson::parseTrackPage, &TrackPage::tracks);
    const Result<QList<Track>> tracks = collector.collect(user->api().listUrl(m_apiPath, pageSize),
                                                          listing.value().limit);
    if (!tracks.ok())
        return context.console.error(tracks.error());

    if (context.parser.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const Track &track : tracks.value())
            json.append(toJson(track));
        context.console.outRaw(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return ExitCode::Ok;
    }
    TextTable table({{tr("TITLE"), TextTable::Align::Left, 48},
                     {tr("ARTIST"), TextTable::Align::Left, 28},
                     {tr("DURATION"), TextTable::Align::Right, 0},
                     {tr("GENRE"), TextTable::Align::Left, 20}});
    for (const Track &track : tracks.value())
        table.addRow({track.title, track.artist, TrackListModel::formatDuration(track.durationMs), track.genre});
    for (const QString &line : table.lines())
        context.console.out(line);
    context.console.message(tr("%n track(s).", nullptr, int(tracks.value().size())));
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
