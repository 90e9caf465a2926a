#include "commands/FollowCommand.h"

#include "Await.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "SessionOpener.h"
#include "network/FollowClient.h"
#include "session/UserContext.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace waveshelf::cli {

FollowCommand::FollowCommand(bool follow)
    : m_follow(follow)
{
}

QString FollowCommand::name() const
{
    return m_follow ? QStringLiteral("follow") : QStringLiteral("unfollow");
}

QString FollowCommand::summary() const
{
    return m_follow ? tr("Follow a person on SoundCloud (soundcloud:users:123).")
                    : tr("Stop following a person on SoundCloud.");
}

void FollowCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
    parser.addOption(CommonOptions::json());
}

ExitCode FollowCommand::run(CommandContext &context)
{
    const QString urn = context.parser.positionalArguments().constFirst();
    static const QRegularExpression userUrn(QStringLiteral("^soundcloud:users:[0-9]{1,19}$"));
    if (!userUrn.match(urn).hasMatch()) {
        return context.console.error(Error{ErrorKind::InvalidInput,
                                           tr("\"%1\" is not a user urn (soundcloud:users:123).").arg(urn),
                                           QStringLiteral("bad urn argument")});
    }
    const Result<UserSession> session = SessionOpener::logInFromCommandLine(context);
    if (!session.ok())
        return context.console.error(session.error());
    const auto user = SessionOpener::contextFor(session.value(), context.services);
    if (const auto connected = SessionOpener::requireConnection(*user); !connected.ok())
        return context.console.error(connected.error());
    FollowClient follows(user->api());
    const Result<void> done = await<void>([&](QObject *waiter, std::function<void(Result<void>)> finished) {
        follows.setFollowing(urn, urn, m_follow, waiter, std::move(finished));
    });
    if (!done.ok())
        return context.console.error(done.error());
    if (context.parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("urn"), urn}, {QStringLiteral("following"), m_follow}};
        context.console.outRaw(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else {
        context.console.out(m_follow ? tr("You follow %1.").arg(urn) : tr("You no longer follow %1.").arg(urn));
    }
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
