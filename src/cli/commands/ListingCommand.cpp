#include "commands/ListingCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "ListPrinter.h"
#include "PageCollector.h"
#include "SessionOpener.h"
#include "network/ApiClient.h"
#include "session/UserContext.h"
#include "soundcloud/ApiJson.h"

#include <QCommandLineParser>
#include <QUrlQuery>

namespace waveshelf::cli {

void ListingCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
    parser.addOption(CommonOptions::json());
    parser.addOption(CommonOptions::limit());
    addListOptions(parser);
}

ExitCode ListingCommand::run(CommandContext &context)
{
    const Result<LibraryList> named = list(context.parser);
    if (!named.ok())
        return context.console.error(named.error());
    Result<SessionOpener::Listing> listing = SessionOpener::openForListing(context);
    if (!listing.ok())
        return context.console.error(listing.error());
    ApiClient &api = listing.value().user->api();
    const LibraryList &what = named.value();
    const int limit = listing.value().limit;
    QUrl first = api.firstPage(what, listing.value().pageSize);
    const auto format = context.parser.isSet(QStringLiteral("json")) ? ListPrinter::Format::Json
                                                                     : ListPrinter::Format::Table;

    switch (what.items()) {
    case LibraryList::Items::Tracks: {
        PageCollector<Track> collector(api, &ApiJson::parseTrackPage, &TrackPage::tracks);
        const Result<QList<Track>> tracks = collector.collect(first, limit);
        if (!tracks.ok())
            return context.console.error(tracks.error());
        ListPrinter::tracks(context.console, tracks.value(), format,
                            what.kind == LibraryList::Kind::Stream ? ListPrinter::TrackDate::Added
                                                                   : ListPrinter::TrackDate::None);
        return ExitCode::Ok;
    }
    case LibraryList::Items::Playlists: {
        QUrlQuery query(first);
        query.addQueryItem(QStringLiteral("show_tracks"), QStringLiteral("false"));  // counts are enough
        first.setQuery(query);
        PageCollector<Playlist> collector(api, &ApiJson::parsePlaylistPage, &PlaylistPage::playlists);
        const Result<QList<Playlist>> playlists = collector.collect(first, limit);
        if (!playlists.ok())
            return context.console.error(playlists.error());
        ListPrinter::playlists(context.console, playlists.value(), format);
        return ExitCode::Ok;
    }
    case LibraryList::Items::Users: {
        PageCollector<SoundCloudUser> collector(api, &ApiJson::parseUserPage, &UserPage::users);
        const Result<QList<SoundCloudUser>> users = collector.collect(first, limit);
        if (!users.ok())
            return context.console.error(users.error());
        ListPrinter::users(context.console, users.value(), format);
        return ExitCode::Ok;
    }
    }
    return ExitCode::Failed;
}

}  // namespace waveshelf::cli
