#include "commands/UsersListCommand.h"

#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "TextTable.h"
#include "app/AppCore.h"
#include "auth/ServiceIdentity.h"
#include "storage/ConnectionRepository.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waveshelf::cli {

QString UsersListCommand::summary() const
{
    return tr("List the local users and the SoundCloud account each connected.");
}

void UsersListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(CommonOptions::json());
}

ExitCode UsersListCommand::run(CommandContext &context)
{
    const Result<QList<LocalUser>> users = context.services.users().list();
    if (!users.ok())
        return context.console.error(users.error());

    const ConnectionRepository connections(context.services.database());
    const ServiceIdentity current = ServiceIdentity::of(context.services.config());
    QJsonArray json;
    TextTable table({{tr("USER")}, {tr("SOUNDCLOUD")}});
    for (const LocalUser &user : users.value()) {
        // The account name is not secret and is stored in the clear; the
        // sealed tokens are not even read.
        const Result<std::optional<ConnectionRow>> row = connections.find(user.id);
        if (!row.ok())
            return context.console.error(row.error());
        const bool connected = row.value().has_value();
        const QString soundCloudName = connected ? row.value()->soundCloudUsername : QString();
        // Made with another service than the configured one: its tokens are not used here.
        const bool elsewhere = connected && !row.value()->service.isEmpty() && row.value()->service != current;
        json.append(QJsonObject{
            {QStringLiteral("username"), user.username},
            {QStringLiteral("connected"), connected},
            {QStringLiteral("soundcloud_username"), connected ? QJsonValue(soundCloudName) : QJsonValue()},
            {QStringLiteral("connected_elsewhere"),
             elsewhere ? QJsonValue(row.value()->service.displayHost()) : QJsonValue()},
        });
        QString shown = connected ? soundCloudName : tr("(not connected)");
        if (elsewhere)
            shown = tr("%1 (connected elsewhere: %2)").arg(soundCloudName, row.value()->service.displayHost());
        table.addRow({user.username, shown});
    }

    if (context.parser.isSet(CommonOptions::json().names().constFirst())) {
        context.console.outRaw(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    } else if (users.value().isEmpty()) {
        context.console.message(
            tr("There are no local users yet. Add one with: %1 users add NAME").arg(Console::programName()));
    } else {
        for (const QString &line : table.lines())
            context.console.out(line);
    }
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
