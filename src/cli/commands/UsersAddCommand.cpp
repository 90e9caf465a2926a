#include "commands/UsersAddCommand.h"

#include "Await.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "PasswordReader.h"
#include "accounts/AccountService.h"
#include "app/AppCore.h"

#include <QCommandLineParser>

namespace waveshelf::cli {

QString UsersAddCommand::summary() const
{
    return tr("Create a local user (asks for a new password).");
}

QString UsersAddCommand::details() const
{
    return tr("The password needs at least %n characters. At a terminal it is asked twice; with "
              "--password-stdin it is the first line of standard input.",
              nullptr, AccountService::kMinPasswordLength);
}

void UsersAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::passwordStdin());
}

ExitCode UsersAddCommand::run(CommandContext &context)
{
    const Result<QString> name = AccountService::validateUsername(context.parser.positionalArguments().value(0));
    if (!name.ok())
        return context.console.error(name.error());
    PasswordReader reader(context.console, context.parser.isSet(QStringLiteral("password-stdin")));
    const Result<QString> password = reader.readNew(tr("New Waveshelf password for %1: ").arg(name.value()),
                                                    tr("Repeat the password: "));
    if (!password.ok())
        return context.console.error(password.error());

    // The core's AccountService: the configuration's key-derivation limits, as in the app.
    const Result<UserSession> created = await<UserSession>(
        [&](QObject *waiter, std::function<void(Result<UserSession>)> done) {
            context.services.accounts().createAccount(name.value(), password.value(), waiter, std::move(done));
        });
    if (!created.ok())
        return context.console.error(created.error());
    context.console.message(tr("Created the local user %1.").arg(created.value().user.username));
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
