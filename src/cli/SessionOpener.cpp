#include "SessionOpener.h"

#include "Await.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "PasswordReader.h"
#include "accounts/AccountService.h"
#include "app/AppCore.h"
#include "network/ApiClient.h"
#include "session/UserContext.h"

#include <QCommandLineParser>

#include <optional>

namespace waveshelf::cli {

Result<UserSession> SessionOpener::logIn(AppCore &core, const QString &username, const QString &password)
{
    return await<UserSession>([&](QObject *waiter, std::function<void(Result<UserSession>)> done) {
        core.accounts().logIn(username, password, waiter, std::move(done));
    });
}

Result<UserSession> SessionOpener::logInFromCommandLine(CommandContext &context)
{
    const Result<QString> name = CommonOptions::userValue(context.parser);
    if (!name.ok())
        return name.error();
    PasswordReader reader(context.console, context.parser.isSet(CommonOptions::passwordStdin().names().constFirst()));
    const Result<QString> password = reader.read(tr("Waveshelf password for %1: ").arg(name.value()));
    if (!password.ok())
        return password.error();
    return logIn(context.services, name.value(), password.value());
}

std::unique_ptr<UserContext> SessionOpener::contextFor(const UserSession &session, AppCore &core)
{
    return core.createUserContext(session);
}

Result<SoundCloudAccount> SessionOpener::requireConnection(const UserContext &context)
{
    const Result<std::optional<SoundCloudAccount>> account = context.connectedAccount();
    if (!account.ok())
        return account.error();
    if (!account.value().has_value()) {
        return Error{ErrorKind::ReconnectNeeded,
                     tr("%1 is not connected to SoundCloud. Connect with: %2 connect --browser --user %1")
                         .arg(context.user().username, Console::programName()),
                     QStringLiteral("no stored connection")};
    }
    return *account.value();
}

Result<SessionOpener::Listing> SessionOpener::openForListing(CommandContext &context)
{
    const Result<int> limit = CommonOptions::limitValue(context.parser);
    if (!limit.ok())
        return limit.error();
    const Result<UserSession> session = logInFromCommandLine(context);
    if (!session.ok())
        return session.error();
    Listing listing;
    listing.user = contextFor(session.value(), context.services);
    if (const auto connected = requireConnection(*listing.user); !connected.ok())
        return connected.error();
    listing.limit = limit.value();
    listing.pageSize = limit.value() > 0 ? qMin(limit.value(), int(ApiClient::kPageSize)) : ApiClient::kPageSize;
    return listing;
}

}  // namespace waveshelf::cli
