#include "commands/ConnectCommand.h"

#include "Await.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "SessionOpener.h"
#include "app/AppCore.h"
#include "session/ConnectController.h"
#include "session/UserContext.h"

#include <QCommandLineParser>

#include <chrono>
#include <optional>

namespace waveshelf::cli {

namespace {

const QString kBrowser = QStringLiteral("browser");
const QString kReplace = QStringLiteral("replace");
const QString kTimeout = QStringLiteral("timeout");
const QString kYes = QStringLiteral("yes");

// A y/N question on the terminal (standard input): only "y" or "yes" say yes.
// A SoundCloud account as the terminal shows it: its name, which anyone may
// choose, and its urn, which is SoundCloud's.
QString accountName(const SoundCloudAccount &account)
{
    return QStringLiteral("%1 (%2)").arg(account.username, account.urn);
}

bool askYesNo(Console &console, const QString &question)
{
    console.prompt(question);
    const std::optional<QString> line = console.readLine();
    if (!line)
        return false;
    const QString answer = line->trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes")
        || answer == ConnectCommand::tr("y", "the short yes of a y/N question")
        || answer == ConnectCommand::tr("yes", "the long yes of a y/N question");
}

}  // namespace

QString ConnectCommand::summary() const
{
    return tr("Connect a local user to SoundCloud with your web browser.");
}

QString ConnectCommand::details() const
{
    return tr("Prints the address to open in your web browser, then waits for SoundCloud to send the browser "
              "back to the redirect URI (WAVESHELF_REDIRECT_URI, default http://127.0.0.1:8765/callback), "
              "which must be on this computer. If you sign in to another SoundCloud account than the one "
              "already connected, nothing is changed unless you give --replace. Before a first connection it "
              "shows the SoundCloud account you signed in to and asks whether it is yours (another user of this "
              "computer could see the address and sign in with theirs); --yes connects it without asking.");
}

void ConnectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(kBrowser, tr("Sign in with your web browser (the only way from a terminal).")));
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
    parser.addOption(QCommandLineOption(
        kReplace, tr("Replace the connected SoundCloud account if you sign in to a different one.")));
    parser.addOption(QCommandLineOption(
        kYes, tr("Connect the SoundCloud account you sign in to without asking whether it is yours.")));
    parser.addOption(QCommandLineOption(
        kTimeout, tr("Stop waiting for the browser after <seconds> (default %1).").arg(kDefaultTimeoutSeconds),
        tr("seconds")));
}

ExitCode ConnectCommand::run(CommandContext &context)
{
    const QString helpCommand = Console::programName() + QStringLiteral(" connect");
    if (!context.parser.isSet(kBrowser)) {
        return context.console.usage(tr("From a terminal, connecting works through your web browser: add --browser."),
                                     helpCommand);
    }
    int timeoutSeconds = kDefaultTimeoutSeconds;
    if (context.parser.isSet(kTimeout)) {
        bool ok = false;
        timeoutSeconds = context.parser.value(kTimeout).trimmed().toInt(&ok);
        if (!ok || timeoutSeconds <= 0)
            return context.console.usage(tr("--timeout needs a whole number of seconds greater than 0."), helpCommand);
    }
    if (const Result<void> ready = ConnectController::checkCanUseBrowser(context.services.config()); !ready.ok()) {
        context.console.error(ready.error());
        return ExitCode::Failed;  // configuration, not the command line
    }

    const Result<UserSession> session = SessionOpener::logInFromCommandLine(context);
    if (!session.ok())
        return context.console.error(session.error());
    const auto user = SessionOpener::contextFor(session.value(), context.services);
    const bool askAccount = !context.parser.isSet(kYes);
    const auto stored = user->connectedAccount();
    const bool firstConnection = !stored.ok() || !stored.value().has_value();
    if (askAccount && firstConnection && !context.console.inputIsTerminal()) {
        // Refused before the browser: the question after it could not be answered.
        return context.console.usage(
            tr("After you sign in, Waveshelf asks at the terminal whether the SoundCloud account is yours, but "
               "standard input is not a terminal. Run the command at a terminal, or add --yes to connect the "
               "account that signs in without asking."),
            helpCommand);
    }

    // No QtGui here, so no QDesktopServices: the person opens the address.
    bool addressShown = false;
    const auto showAddress = [&](const QUrl &url) {
        addressShown = true;
        context.console.message(
            tr("Open this address in your web browser to connect %1 to SoundCloud:").arg(user->user().username));
        context.console.out(url.toString(QUrl::FullyEncoded));
        context.console.message(
            tr("Waiting for your browser (at most %n second(s); Ctrl+C stops)…", nullptr, timeoutSeconds));
        return true;
    };
    ConnectController connector(*user, nullptr, showAddress);
    connector.setBrowserTimeout(std::chrono::seconds(timeoutSeconds));
    QObject::connect(&connector, &ConnectController::exchanging, &connector,
                     [&] { context.console.message(tr("Your browser came back; finishing the connection…")); });
    QObject::connect(&connector, &ConnectController::confirmAccount, &connector,
                     [&](const SoundCloudAccount &signedIn) {
                         if (!askAccount) {
                             context.console.message(tr("Your browser signed in to SoundCloud as %1; connecting it "
                                                        "(--yes).")
                                                         .arg(accountName(signedIn)));
                             connector.confirm();
                             return;
                         }
                         const bool yes = askYesNo(
                             context.console,
                             tr("Your browser signed in to SoundCloud as %1. Connect %2 to this account? Answer y "
                                "only if it is yours: another user of this computer could have signed in with "
                                "theirs. [y/N] ")
                                 .arg(accountName(signedIn), user->user().username));
                         if (yes)
                             connector.confirm();
                         else
                             connector.decline();
                     });
    QObject::connect(
        &connector, &ConnectController::differentAccount, &connector,
        [&](const SoundCloudAccount &current, const SoundCloudAccount &signedIn) {
            if (context.parser.isSet(kReplace)) {
                context.console.message(
                    tr("Replacing the connection to %1 with %2.").arg(accountName(current), accountName(signedIn)));
                connector.confirmReplace();
                return;
            }
            context.console.message(tr("You signed in to SoundCloud as %1, but %2 is connected to %3. "
                                       "Run again with --replace to replace it.")
                                        .arg(accountName(signedIn), user->user().username, accountName(current)));
            connector.keepExisting();
        });

    const Result<SoundCloudAccount> outcome = await<SoundCloudAccount>(
        [&connector](QObject *waiter, const std::function<void(Result<SoundCloudAccount>)> &done) {
            QObject::connect(&connector, &ConnectController::connected, waiter,
                             [done](const SoundCloudAccount &account) { done(account); });
            QObject::connect(&connector, &ConnectController::failed, waiter,
                             [done](const Error &error) { done(error); });
            connector.connectWithBrowser();
        });
    if (!outcome.ok()) {
        if (!addressShown) {  // a local problem (port taken), not SoundCloud's
            context.console.error(outcome.error());
            return ExitCode::Failed;
        }
        return context.console.error(outcome.error());
    }
    context.console.message(
        tr("Connected %1 to SoundCloud as %2.").arg(user->user().username, outcome.value().username));
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
