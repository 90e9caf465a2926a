#include "commands/ConnectCommand.h"

#include "app/AppCore.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "SessionOpener.h"
#include "Await.h"
#include "session/ConnectController.h"
#include "session/UserContext.h"

#include <QCommandLineParser>

#include <chrono>

namespace waveshelf::cli {

namespace {

const QString kBrowser = QStringLiteral("browser");
const QString kReplace = QStringLiteral("replace");
const QString kTimeout = QStringLiteral("timeout");

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
              "already connected, nothing is changed unless you give --replace.");
}

void ConnectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(kBrowser, tr("Sign in with your web browser (the only way from a terminal).")));
    parser.addOption(CommonOptions::user());
    parser.addOption(CommonOptions::passwordStdin());
    parser.addOption(QCommandLineOption(
        kReplace, tr("Replace the connected SoundCloud account if you sign in to a different one.")));
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

    // No QtGui here, so no QDesktopServices: the person opens the address.
    bool addressShown = false;
    const auto showAddress = [&](const QUrl &url) {
        addressShown = true;
        context.console.message(tr("Open this address in your web browser to connect %1 to SoundCloud:")
                                    .arg(user->user().username));
        context.console.out(url.toString(QUrl::FullyEncoded));
        context.console.message(tr("Waiting for your browser (at most %n second(s); Ctrl+C stops)…", nullptr,
                                   timeoutSeconds));
        return true;
    };
    ConnectController connector(*user, nullptr, showAddress);
    connector.setBrowserTimeout(std::chrono::seconds(timeoutSeconds));
    QObject::connect(&connector, &ConnectController::exchanging, &connector,
                     [&] { context.console.message(tr("Your browser came back; finishing the connection…")); });
    QObject::connect(&connector, &ConnectController::differentAccount, &connector,
                     [&](const SoundCloudAccount &stored, const SoundCloudAccount &signedIn) {
                         if (context.parser.isSet(kReplace)) {
                             context.console.message(tr("Replacing the connection to %1 with %2.")
                                                         .arg(stored.username, signedIn.username));
                             connector.confirmReplace();
                             return;
                         }
                         context.console.message(tr("You signed in to SoundCloud as %1, but %2 is connected to %3. "
                                                    "Run again with --replace to replace it.")
                                                     .arg(signedIn.username, user->user().username, stored.username));
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
