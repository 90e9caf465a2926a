#include "commands/SearchCommand.h"

#include "ListPrinter.h"

#include <QCommandLineParser>

namespace waveshelf::cli {

QString SearchCommand::summary() const
{
    return tr("Search SoundCloud for tracks (or people, or playlists).");
}

QString SearchCommand::details() const
{
    return tr("QUERY is one argument: quote it when it has spaces. Tracks by default; --users or --playlists "
              "search those instead, with the tables and JSON of \"following\" and \"playlists\". Searching "
              "everything is long: --limit keeps the first results.")
        + u' ' + ListPrinter::trackFields();
}

void SearchCommand::addListOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("users"), tr("Search for people instead of tracks.")));
    parser.addOption(QCommandLineOption(QStringLiteral("playlists"), tr("Search for playlists instead of tracks.")));
}

Result<LibraryList> SearchCommand::list(const QCommandLineParser &parser) const
{
    const bool users = parser.isSet(QStringLiteral("users"));
    const bool playlists = parser.isSet(QStringLiteral("playlists"));
    if (users && playlists) {
        return Error{ErrorKind::InvalidInput, tr("Search for --users or --playlists, not both."),
                     QStringLiteral("--users and --playlists")};
    }
    const QString query = parser.positionalArguments().value(0).simplified();
    if (query.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("Say what to search for."), QStringLiteral("empty query")};
    const LibraryList::Kind kind = users ? LibraryList::Kind::SearchUsers
        : playlists                      ? LibraryList::Kind::SearchPlaylists
                                         : LibraryList::Kind::SearchTracks;
    return LibraryList::of(kind, query);
}

}  // namespace waveshelf::cli
