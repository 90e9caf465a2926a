#include "commands/DisconnectCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "SessionOpener.h"
#include "session/UserContext.h"

#include <QCommandLineParser>

namespace waveshelf::cli {

QString DisconnectCommand::summary() const
{
    return tr("Forget a local user's SoundCloud connection (its tokens).");
}

QString DisconnectCommand::details() const
{
    return tr("Nothing changes on SoundCloud; connect again with \"connect --browser\".");
}

void DisconnectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
}

ExitCode DisconnectCommand::run(CommandContext &context)
{
    const Result<UserSession> session = SessionOpener::logInFromCommandLine(context);
    if (!session.ok())
        return context.console.error(session.error());
    const auto user = SessionOpener::contextFor(session.value(), context.services);
    const Result<std::optional<SoundCloudAccount>> account = user->connectedAccount();
    if (account.ok() && !account.value().has_value()) {
        context.console.message(tr("%1 was not connected to SoundCloud.").arg(user->user().username));
        return ExitCode::Ok;
    }
    // A connection whose tokens do not open (damaged) can still be forgotten.
    if (const Result<void> removed = user->disconnect(); !removed.ok())
        return context.console.error(removed.error());
    context.console.message(tr("Disconnected %1 from SoundCloud.").arg(user->user().username));
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
