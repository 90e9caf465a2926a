#include "commands/PlaylistsCommand.h"

#include "ListPrinter.h"

#include <QCommandLineParser>

namespace waveshelf::cli {

QString PlaylistsCommand::summary() const
{
    return tr("List a local user's playlists and albums, or the ones they liked.");
}

QString PlaylistsCommand::details() const
{
    return tr("The table has a title, owner, tracks, duration and type column. \"playlist URN\" lists one "
              "playlist's tracks.")
        + u' ' + ListPrinter::playlistFields();
}

void PlaylistsCommand::addListOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("liked"), tr("The playlists the user liked instead.")));
}

Result<LibraryList> PlaylistsCommand::list(const QCommandLineParser &parser) const
{
    return LibraryList::of(parser.isSet(QStringLiteral("liked")) ? LibraryList::Kind::LikedPlaylists
                                                                 : LibraryList::Kind::Playlists);
}

}  // namespace waveshelf::cli
