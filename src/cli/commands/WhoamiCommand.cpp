#include "commands/WhoamiCommand.h"

#include "Await.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "SessionOpener.h"
#include "network/ApiClient.h"
#include "session/UserContext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace waveshelf::cli {

QString WhoamiCommand::summary() const
{
    return tr("Show the SoundCloud account a local user is connected to.");
}

void WhoamiCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
    parser.addOption(CommonOptions::json());
}

ExitCode WhoamiCommand::run(CommandContext &context)
{
    const Result<UserSession> session = SessionOpener::logInFromCommandLine(context);
    if (!session.ok())
        return context.console.error(session.error());
    const auto user = SessionOpener::contextFor(session.value(), context.services);
    if (const auto connected = SessionOpener::requireConnection(*user); !connected.ok())
        return context.console.error(connected.error());

    const Result<SoundCloudAccount> me = await<SoundCloudAccount>(
        [&user](QObject *waiter, std::function<void(Result<SoundCloudAccount>)> done) {
            user->api().fetchMe(waiter, std::move(done));
        });
    if (!me.ok())
        return context.console.error(me.error());

    if (context.parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("urn"), me.value().urn},
                               {QStringLiteral("username"), me.value().username}};
        context.console.outRaw(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        context.console.out(tr("%1 (%2)").arg(me.value().username, me.value().urn));
    }
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
