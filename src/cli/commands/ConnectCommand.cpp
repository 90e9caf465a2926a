#include "commands/ConnectCommand.h"

#include "app/AppCore.h"
#include "CommandContext.h"
#include "CommonOptions.h"
#include "Console.h"
#include "SessionOpener.h"
#include "auth/LoopbackReceiver.h"
#include "session/ConnectFlow.h"
#include "session/UserContext.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <chrono>
#include <optional>

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
    const AppConfig &config = context.services.config();
    if (!config.hasClientId()) {
        Error missing;
        missing.kind = ErrorKind::InvalidInput;
        missing.message = tr("No SoundCloud app is set up yet. Set WAVESHELF_CLIENT_ID, or enter your app's "
                             "client ID in the app's File → Settings.");
        missing.detail = QStringLiteral("no client id");
        context.console.error(missing);
        return ExitCode::Failed;  // configuration, not the command line
    }
    if (const Result<quint16> port = LoopbackReceiver::loopbackPort(config.redirectUri); !port.ok()) {
        context.console.error(port.error());
        return ExitCode::Failed;
    }

    const Result<UserSession> session = SessionOpener::logInFromCommandLine(context);
    if (!session.ok())
        return context.console.error(session.error());
    const auto user = SessionOpener::contextFor(session.value(), context.services);
    ConnectFlow *flow = user->startConnect();
    LoopbackReceiver receiver(config.redirectUri, flow->request().state);
    receiver.setTimeout(std::chrono::seconds(timeoutSeconds));
    if (const Result<void> listening = receiver.start(); !listening.ok()) {
        context.console.error(listening.error());
        return ExitCode::Failed;  // a local problem (port taken), not SoundCloud's
    }

    std::optional<Result<SoundCloudAccount>> outcome;
    QEventLoop loop;
    const auto finish = [&](Result<SoundCloudAccount> result) {
        if (outcome)
            return;
        outcome.emplace(std::move(result));
        loop.quit();
    };
    QObject::connect(&receiver, &LoopbackReceiver::redirectReceived, flow, [&, flow](const QUrl &redirect) {
        context.console.message(tr("Your browser came back; finishing the connection…"));
        flow->complete(redirect);
    });
    QObject::connect(&receiver, &LoopbackReceiver::failed, &loop, [&](const Error &error) { finish(error); });
    QObject::connect(flow, &ConnectFlow::connected, &loop,
                     [&](const SoundCloudAccount &account) { finish(account); });
    QObject::connect(flow, &ConnectFlow::failed, &loop, [&](const Error &error) { finish(error); });
    QObject::connect(flow, &ConnectFlow::differentAccount, flow,
                     [&, flow](const SoundCloudAccount &stored, const SoundCloudAccount &signedIn) {
                         if (context.parser.isSet(kReplace)) {
                             context.console.message(tr("Replacing the connection to %1 with %2.")
                                                         .arg(stored.username, signedIn.username));
                             flow->confirmReplace();
                             return;
                         }
                         context.console.message(tr("You signed in to SoundCloud as %1, but %2 is connected to %3. "
                                                    "Run again with --replace to replace it.")
                                                     .arg(signedIn.username, user->user().username, stored.username));
                         flow->keepExisting();
                     });

    // No QtGui here, so no QDesktopServices: the person opens the address.
    context.console.message(tr("Open this address in your web browser to connect %1 to SoundCloud:")
                                .arg(user->user().username));
    context.console.out(flow->request().url.toString(QUrl::FullyEncoded));
    context.console.message(tr("Waiting for your browser (at most %n second(s); Ctrl+C stops)…", nullptr,
                               timeoutSeconds));
    loop.exec();

    if (!outcome->ok())
        return context.console.error(outcome->error());
    context.console.message(
        tr("Connected %1 to SoundCloud as %2.").arg(user->user().username, outcome->value().username));
    return ExitCode::Ok;
}

}  // namespace waveshelf::cli
