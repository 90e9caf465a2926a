#include "CliApp.h"

#include "Await.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "app/AppCore.h"
#include "commands/Command.h"
#include "commands/ConnectCommand.h"
#include "commands/DisconnectCommand.h"
#include "commands/FollowCommand.h"
#include "commands/FollowingCommand.h"
#include "commands/PlaylistEditCommand.h"
#include "commands/PlaylistsCommand.h"
#include "commands/SearchCommand.h"
#include "commands/TrackListCommand.h"
#include "commands/UsersAddCommand.h"
#include "commands/UsersListCommand.h"
#include "commands/UsersPasswdCommand.h"
#include "commands/UsersRemoveCommand.h"
#include "commands/WhoamiCommand.h"
#include "common/ShutdownSignals.h"
#include "config/ConfigLoader.h"
#include "network/PendingRefreshes.h"
#include "secrets/ClientSecretStore.h"

#include <QCommandLineParser>
#include <QLoggingCategory>

namespace waveshelf::cli {

namespace {

const QString kUsersGroup = QStringLiteral("users");

// Someone tried to hand over a password as an option (--password, -p...).
bool looksLikePasswordOption(const QStringList &unknownOptionNames)
{
    for (const QString &name : unknownOptionNames) {
        const QString lower = name.toLower();
        if (lower.startsWith(QLatin1String("pass")) || lower == QLatin1String("p") || lower == QLatin1String("pw")
            || lower == QLatin1String("pwd"))
            return true;
    }
    return false;
}

QString passwordRefusal()
{
    return CliApp::tr("%1 never takes a password on the command line, where other users and the shell "
                      "history could see it. Type it when asked, or give it on standard input with "
                      "--password-stdin.")
        .arg(Console::programName());
}

}  // namespace

CliApp::CliApp(Console &console, const QProcessEnvironment &environment)
    : m_console(console)
    , m_environment(environment)
{
}

CliApp::~CliApp() = default;

void CliApp::addCommands()
{
    m_commands.push_back(std::make_unique<UsersListCommand>());
    m_commands.push_back(std::make_unique<UsersAddCommand>());
    m_commands.push_back(std::make_unique<UsersRemoveCommand>());
    m_commands.push_back(std::make_unique<UsersPasswdCommand>());
    m_commands.push_back(std::make_unique<ConnectCommand>());
    m_commands.push_back(std::make_unique<DisconnectCommand>());
    m_commands.push_back(std::make_unique<WhoamiCommand>());
    using Kind = LibraryList::Kind;
    m_commands.push_back(std::make_unique<TrackListCommand>(
        QStringLiteral("stream"), Kind::Stream, tr("List a local user's stream (what the people they follow post).")));
    m_commands.push_back(std::make_unique<TrackListCommand>(QStringLiteral("likes"), Kind::Likes,
                                                            tr("List the tracks a local user liked.")));
    m_commands.push_back(std::make_unique<PlaylistsCommand>());
    // Before "playlist URN", which would take "create" for a urn.
    using Edit = PlaylistEditCommand::Action;
    for (const Edit edit : {Edit::Create, Edit::Add, Edit::Remove, Edit::Rename, Edit::Delete})
        m_commands.push_back(std::make_unique<PlaylistEditCommand>(edit));
    m_commands.push_back(std::make_unique<TrackListCommand>(QStringLiteral("playlist"), Kind::PlaylistTracks,
                                                            tr("List the tracks of one playlist."),
                                                            QStringLiteral("URN")));
    m_commands.push_back(std::make_unique<FollowingCommand>());
    m_commands.push_back(std::make_unique<FollowCommand>(true));
    m_commands.push_back(std::make_unique<FollowCommand>(false));
    m_commands.push_back(std::make_unique<TrackListCommand>(QStringLiteral("recent"), Kind::RecentlyPlayed,
                                                            tr("List the tracks a local user played last.")));
    m_commands.push_back(std::make_unique<TrackListCommand>(QStringLiteral("tracks"), Kind::Uploads,
                                                            tr("List a local user's own SoundCloud tracks.")));
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<TrackListCommand>(QStringLiteral("related"), Kind::RelatedTracks,
                                                            tr("List the tracks SoundCloud relates to one."),
                                                            QStringLiteral("URN")));
}

ExitCode CliApp::run(const QStringList &arguments)
{
    // The language chosen in the app's Settings (or WAVESHELF_LANGUAGE), else the system's;
    // before the commands, whose summaries are translated when they are made.
    m_translations.use(ConfigLoader::startLanguage(arguments, m_environment));
    if (m_commands.empty())
        addCommands();

    QCommandLineParser global;
    global.setApplicationDescription(tr("Waveshelf from a terminal: local users, their SoundCloud connection "
                                        "and their library, with the app's settings and database."));
    // Everything from the command word on belongs to the command.
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption = global.addHelpOption();
    const QCommandLineOption versionOption = global.addVersionOption();
    global.addOption(CommonOptions::dataDir());
    global.addOption(CommonOptions::verbose());
    global.addPositionalArgument(QStringLiteral("command"), tr("What to do; see the list below."),
                                 QStringLiteral("<command>"));

    if (!global.parse(arguments)) {
        if (looksLikePasswordOption(global.unknownOptionNames()))
            return m_console.usage(passwordRefusal(), Console::programName());
        return m_console.usage(global.errorText(), Console::programName());
    }
    if (global.isSet(versionOption)) {
        m_console.out(Console::programName() + u' ' + QCoreApplication::applicationVersion());
        return ExitCode::Ok;
    }
    const QStringList words = global.positionalArguments();
    if (global.isSet(helpOption) || words.isEmpty()) {
        if (words.isEmpty() && !global.isSet(helpOption)) {
            m_console.message(mainHelp(global));
            return ExitCode::Usage;
        }
        return help(words, global);
    }
    if (words.constFirst() == QLatin1String("help"))
        return help(words.mid(1), global);

    qsizetype consumed = 0;
    Command *command = find(words, consumed);
    if (!command)
        return unknownCommand(words);
    return runCommand(*command, words.mid(consumed), global.value(QStringLiteral("data-dir")),
                      global.isSet(QStringLiteral("verbose")));
}

Command *CliApp::find(const QStringList &words, qsizetype &consumed) const
{
    for (const auto &command : m_commands) {
        const QStringList name = command->name().split(u' ');
        if (words.size() >= name.size() && words.mid(0, name.size()) == name) {
            consumed = name.size();
            return command.get();
        }
    }
    return nullptr;
}

ExitCode CliApp::unknownCommand(const QStringList &words)
{
    if (words.constFirst() == kUsersGroup) {
        if (words.size() > 1 && (words.at(1) == QLatin1String("--help") || words.at(1) == QLatin1String("-h"))) {
            m_console.out(groupHelp(kUsersGroup));
            return ExitCode::Ok;
        }
        m_console.message(groupHelp(kUsersGroup));
        return words.size() == 1
            ? ExitCode::Usage
            : m_console.usage(tr("There is no command \"users %1\".").arg(words.at(1)), Console::programName());
    }
    return m_console.usage(tr("There is no command \"%1\".").arg(words.constFirst()), Console::programName());
}

ExitCode CliApp::help(const QStringList &words, const QCommandLineParser &global)
{
    if (words.isEmpty()) {
        m_console.out(mainHelp(global));
        return ExitCode::Ok;
    }
    qsizetype consumed = 0;
    if (Command *command = find(words, consumed)) {
        QCommandLineParser parser;
        parser.addHelpOption();
        parser.addOption(CommonOptions::dataDir());
        parser.addOption(CommonOptions::verbose());
        command->addOptions(parser);
        m_console.out(commandHelp(*command, parser));
        return ExitCode::Ok;
    }
    if (words.constFirst() == kUsersGroup) {
        m_console.out(groupHelp(kUsersGroup));
        return ExitCode::Ok;
    }
    return unknownCommand(words);
}

ExitCode CliApp::runCommand(Command &command, const QStringList &rest, const QString &globalDataDir, bool globalVerbose)
{
    QCommandLineParser parser;
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addOption(CommonOptions::dataDir());
    parser.addOption(CommonOptions::verbose());
    command.addOptions(parser);
    const QString helpCommand = Console::programName() + u' ' + command.name();

    if (!parser.parse(QStringList{helpCommand} + rest)) {
        if (looksLikePasswordOption(parser.unknownOptionNames()))
            return m_console.usage(passwordRefusal(), helpCommand);
        return m_console.usage(parser.errorText(), helpCommand);
    }
    if (parser.isSet(helpOption)) {
        m_console.out(commandHelp(command, parser));
        return ExitCode::Ok;
    }
    const QStringList given = parser.positionalArguments();
    const QStringList expected = command.arguments();
    if (given.size() > expected.size() && command.moreArguments().isEmpty()) {
        if (command.readsPasswords())
            return m_console.usage(passwordRefusal(), helpCommand);
        return m_console.usage(tr("Unexpected argument \"%1\".").arg(given.at(expected.size())), helpCommand);
    }
    if (given.size() < expected.size())
        return m_console.usage(tr("Missing %1.").arg(expected.at(given.size())), helpCommand);
    const bool verbose = globalVerbose || parser.isSet(QStringLiteral("verbose"));
    if (!verbose) {
        // Messages are the command's own; the core's log lines are for --verbose.
        // QT_LOGGING_RULES still wins.
        QLoggingCategory::setFilterRules(QStringLiteral("waveshelf.*.info=false\nwaveshelf.*.warning=false"));
    }
    const QProcessEnvironment &env = m_environment;
    const QString dataDirArgument = parser.isSet(QStringLiteral("data-dir")) ? parser.value(QStringLiteral("data-dir"))
                                                                             : globalDataDir;
    const QString dataDir = ConfigLoader::resolveDataDir(dataDirArgument, env);
    const AppConfig config = ConfigLoader::load(dataDir, env);
    if (!verbose) {  // else the log said it already
        for (const ConfigProblem &refused : config.refusedValues)
            m_console.message(refused.message);
        if (!config.ignoredSettingsFile.isEmpty())
            m_console.message(config.ignoredSettingsFile);
    }
    auto services = AppCore::open(config);  // refuses a data folder of another user, or one others may change
    if (!services.ok())
        return m_console.error(services.error());
    // A client secret kept in the system keyring (by the app's first-run guide), read as the app does.
    const ClientSecretStore secrets;
    const Result<AppConfig> withSecret = await<AppConfig>(
        [&](QObject *context, std::function<void(Result<AppConfig>)> done) {
            secrets.applyTo(config, context, std::move(done));
        });
    if (withSecret.ok())
        services.value()->setConfig(withSecret.value());
    else
        m_console.message(withSecret.error().message);
    // Ctrl+C, SIGTERM: a refresh answer on its way is stored before exiting.
    ShutdownSignals shutdown(ShutdownSignals::Policy::WhileHeld);
    QObject::connect(&shutdown, &ShutdownSignals::received, &shutdown,
                     [&network = services.value()->network()](int signalNumber) {
                         PendingRefreshes::waitThenExit(network, ShutdownSignals::exitCodeFor(signalNumber));
                     });
    CommandContext context{parser, m_console, *services.value()};
    return command.run(context);
}

QString CliApp::usageLine(const QString &words)
{
    return tr("Usage: %1").arg(words);
}

QString CliApp::withUsage(const QString &qtHelpText, const QString &usage)
{
    // Qt's first line names only the program; ours names the command too.
    const qsizetype firstBreak = qtHelpText.indexOf(u'\n');
    return usage + (firstBreak < 0 ? QString() : qtHelpText.mid(firstBreak));
}

QString CliApp::commandList(const QString &group) const
{
    QString list;
    for (const auto &command : m_commands) {
        if (!group.isEmpty() && !command->name().startsWith(group + u' '))
            continue;
        QString words = command->name();
        for (const QString &option : command->requiredOptions())
            words += u' ' + option;
        for (const QString &argument : command->arguments())
            words += u' ' + argument;
        if (!command->moreArguments().isEmpty())
            words += u' ' + command->moreArguments();
        list += QStringLiteral("  %1  %2\n").arg(words.leftJustified(32), command->summary());
    }
    return list;
}

QString CliApp::mainHelp(const QCommandLineParser &global) const
{
    const QString usage = usageLine(Console::programName() + tr(" [--data-dir DIR] <command> [options]"));
    return withUsage(global.helpText(), usage).trimmed() + QStringLiteral("\n\n") + tr("Commands:") + u'\n'
        + commandList({}) + u'\n'
        + tr("\"%1 <command> --help\" tells more about a command.").arg(Console::programName()) + QStringLiteral("\n\n")
        + passwordHelp() + QStringLiteral("\n\n") + exitCodesHelp() + QStringLiteral("\n\n")
        + tr("Settings and environment variables are the app's: WAVESHELF_DATA_DIR, WAVESHELF_CLIENT_ID, "
             "WAVESHELF_CLIENT_SECRET, WAVESHELF_REDIRECT_URI, WAVESHELF_AUTHORIZE_URL, WAVESHELF_TOKEN_URL, "
             "WAVESHELF_API_URL.");
}

QString CliApp::groupHelp(const QString &group) const
{
    return usageLine(Console::programName() + u' ' + group + tr(" <command> [options]")) + QStringLiteral("\n\n")
        + tr("Commands:") + u'\n' + commandList(group);
}

QString CliApp::commandHelp(const Command &command, const QCommandLineParser &parser) const
{
    QString words = Console::programName() + u' ' + command.name();
    for (const QString &option : command.requiredOptions())
        words += u' ' + option;
    words += tr(" [options]");
    for (const QString &argument : command.arguments())
        words += u' ' + argument;
    if (!command.moreArguments().isEmpty())
        words += u' ' + command.moreArguments();
    QString text = withUsage(parser.helpText(), usageLine(words)).trimmed();
    // Qt puts the (empty) description after the usage line; put ours there.
    const qsizetype firstBreak = text.indexOf(u'\n');
    QString about = command.summary();
    if (!command.details().isEmpty())
        about += u'\n' + command.details();
    text.insert(firstBreak < 0 ? text.size() : firstBreak, QStringLiteral("\n\n") + about);
    if (command.readsPasswords())
        text += QStringLiteral("\n\n") + passwordHelp();
    return text + QStringLiteral("\n\n") + exitCodesHelp();
}

QString CliApp::passwordHelp()
{
    return tr("Passwords: asked at the terminal (not shown as you type), or read from standard input with "
              "--password-stdin, one per line. Never taken from the command line.");
}

QString CliApp::exitCodesHelp()
{
    return tr("Exit codes:\n"
              "  0  done\n"
              "  1  another error (database, files, a sign-in that was declined...)\n"
              "  2  usage: the command line or the password input is not right\n"
              "  3  not connected to SoundCloud, or SoundCloud wants you to reconnect\n"
              "  4  SoundCloud is unreachable or busy (time-outs, server errors, 429): try again later\n"
              "  5  wrong password or unknown user");
}

}  // namespace waveshelf::cli
