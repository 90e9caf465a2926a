#include "commands/FollowingCommand.h"

#include "ListPrinter.h"

namespace waveshelf::cli {

QString FollowingCommand::summary() const
{
    return tr("List the people a local user follows on SoundCloud.");
}

QString FollowingCommand::details() const
{
    return tr("The table has a username, name, city, tracks and followers column.") + u' ' + ListPrinter::userFields();
}

Result<LibraryList> FollowingCommand::list(const QCommandLineParser &parser) const
{
    Q_UNUSED(parser)
    return LibraryList::of(LibraryList::Kind::Followings);
}

}  // namespace waveshelf::cli
