#include "commands/UsersRemoveCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "PasswordReader.h"
#include "SessionOpener.h"
#include "app/AppCore.h"
#include "common/LogCategories.h"
#include "session/ArtworkCacheFolder.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QDir>

namespace waveshelf::cli {

QString UsersRemoveCommand::summary() const
{
    return tr("Delete a local user and their SoundCloud connection.");
}

QString UsersRemoveCommand::details() const
{
    return tr("Nothing is deleted on SoundCloud. The user's browser profile folder goes too.");
}

void UsersRemoveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::passwordStdin());
}

ExitCode UsersRemoveCommand::run(CommandContext &context)
{
    const QString name = context.parser.positionalArguments().value(0).trimmed();
    PasswordReader reader(context.console, context.parser.isSet(QStringLiteral("password-stdin")));
    const Result<QString> password = reader.read(tr("Waveshelf password for %1: ").arg(name));
    if (!password.ok())
        return context.console.error(password.error());
    const Result<UserSession> session = SessionOpener::logIn(context.services, name, password.value());
    if (!session.ok())
        return context.console.error(session.error());

    const LocalUser user = session.value().user;
    // The connection row goes with the user (foreign key, ON DELETE CASCADE).
    if (const Result<void> removed = context.services.users().remove(user.id); !removed.ok())
        return context.console.error(removed.error());
    // The same folder the app's BrowserProfiles uses for this user.
    QDir profile(QDir(context.services.config().browserProfilesDir()).filePath(QStringLiteral("user-%1").arg(user.id)));
    if (profile.exists() && !profile.removeRecursively())
        qCWarning(lcAccounts) << "Could not remove the browser profile folder of local user" << user.id;
    // The artwork the app cached for this user (the same root as the app's ArtworkLoader).
    ArtworkCacheFolder::remove(ArtworkCacheFolder::rootFor(context.services.config().databaseLocation()), user.id);
    context.console.message(tr("Removed the local user %1.").arg(user.username));
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
