#include "commands/UsersPasswdCommand.h"

#include "Await.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "PasswordReader.h"
#include "accounts/PasswordChange.h"
#include "app/AppCore.h"
#include "session/ArtworkCacheFolder.h"

#include <QCommandLineParser>

namespace waveshelf::cli {

QString UsersPasswdCommand::summary() const
{
    return tr("Change a local user's password; the connection is kept and its sign-in renewed.");
}

QString UsersPasswdCommand::details() const
{
    return tr("Asks for the current password, then the new one twice. With --password-stdin, standard "
              "input holds the current password on its first line and the new one on the second.\n"
              "A forgotten password cannot be recovered: nobody can read that user's saved SoundCloud "
              "connection without it. Create a new user and connect again instead.");
}

void UsersPasswdCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::passwordStdin());
}

ExitCode UsersPasswdCommand::run(CommandContext &context)
{
    const QString name = context.parser.positionalArguments().value(0).trimmed();
    PasswordReader reader(context.console, context.parser.isSet(QStringLiteral("password-stdin")));
    const Result<QString> oldPassword = reader.read(tr("Current Waveshelf password for %1: ").arg(name));
    if (!oldPassword.ok())
        return context.console.error(oldPassword.error());
    const Result<QString> newPassword = reader.readNew(tr("New password: "), tr("Repeat the new password: "));
    if (!newPassword.ok())
        return context.console.error(newPassword.error());

    const std::unique_ptr<PasswordChange> change = context.services.createPasswordChange();
    const Result<PasswordChanged> changed = await<PasswordChanged>(
        [&](QObject *waiter, std::function<void(Result<PasswordChanged>)> done) {
            change->change(name, oldPassword.value(), newPassword.value(), waiter, std::move(done));
        });
    if (!changed.ok())
        return context.console.error(changed.error());
    // What the old password opened is left behind: the artwork cache (plain URLs) too.
    const UserSession &session = changed.value().session;
    ArtworkCacheFolder::remove(ArtworkCacheFolder::rootFor(context.services.config().databaseLocation()),
                               session.user.id);
    context.console.message(tr("Changed the password of %1.").arg(session.user.username));
    if (changed.value().grant == GrantRenewal::Renewed)
        context.console.message(tr("Renewed the SoundCloud sign-in: the one from before the change no longer works."));
    else if (changed.value().grant == GrantRenewal::AtNextUse)
        context.console.message(
            tr("The SoundCloud sign-in could not be renewed now; Waveshelf renews it the next time it reaches "
               "SoundCloud."));
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
