// waveshelf_refresh_worker: a second (third, fourth...) Waveshelf process for
// tests/integration/tst_crossprocessrefresh. It opens the core on the given data
// dir (AppCore, as the app does; WAVESHELF_DATABASE_URL names a shared
// PostgreSQL store instead of the dir's SQLite file), unlocks a local user's vault with the password
// read from the first line of stdin (never from the command line), and fires N
// concurrent /me requests through a UserContext (and so a TokenSession) of its own, so several processes meet the same
// expired token at once. With --wait-for-go it prints "ready" once unlocked and
// waits for a "go" line on stdin before firing, so the test can line up all
// processes. Prints one line, "successes=S failures=F", and exits 0 only when
// every request succeeded (1 when some failed, 2 when it could not start).
// Like waveshelf-cli, it is hardened (ProcessHardening) and on SIGINT/SIGTERM
// waits for a refresh answer on its way, commits it and exits with 128 + the
// signal (tests/integration/tst_refreshcrash).

#include "accounts/Vault.h"
#include "app/AppCore.h"
#include "common/ProcessHardening.h"
#include "common/ShutdownSignals.h"
#include "config/AppConfig.h"
#include "config/ConfigCheck.h"
#include "network/ApiClient.h"
#include "network/PendingRefreshes.h"
#include "session/UserContext.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace waveshelf;

namespace {

constexpr int kExitSomeFailed = 1;
constexpr int kExitCannotStart = 2;
constexpr int kDeadlineMs = 120'000;

QString readLine(QFile &in)
{
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

int cannotStart(const QString &why)
{
    std::fprintf(stderr, "refresh_worker: %s\n", qPrintable(why));
    return kExitCannotStart;
}

}  // namespace

int main(int argc, char *argv[])
{
    (void)ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("waveshelf_refresh_worker"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fires concurrent API requests through one token session. "
                                                    "Reads the local user's password from stdin."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Data dir holding the SQLite database."), QStringLiteral("dir"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Local username."),
                                        QStringLiteral("name"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           QStringLiteral("Base URL of the sandbox (token and API endpoints)."),
                                           QStringLiteral("url"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"), QStringLiteral("OAuth client id."),
                                            QStringLiteral("id"), QStringLiteral("waveshelf-sandbox"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"), QStringLiteral("Concurrent requests."),
                                            QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption waitOption(QStringLiteral("wait-for-go"),
                                        QStringLiteral("Print \"ready\", then wait for a \"go\" line on stdin."));
    parser.addOptions({dataDirOption, userOption, serviceOption, clientIdOption, requestsOption, waitOption});
    parser.process(app);

    bool numeric = false;
    const int requests = parser.value(requestsOption).toInt(&numeric);
    const QUrl service(parser.value(serviceOption), QUrl::StrictMode);
    if (!parser.isSet(dataDirOption) || !parser.isSet(userOption) || !service.isValid() || !numeric || requests < 1)
        return cannotStart(QStringLiteral("usage: --data-dir DIR --user NAME --service URL [--requests N]"));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return cannotStart(QStringLiteral("cannot read stdin"));
    const QString password = readLine(in);

    AppConfig config;
    config.dataDir = parser.value(dataDirOption);
    config.clientId = parser.value(clientIdOption);
    config.tokenUrl = service.resolved(QUrl(QStringLiteral("/oauth/token")));
    config.apiUrl = service;
    // A shared PostgreSQL store, as the app reads it (SQLite in the data dir without).
    config.databaseUrl = qEnvironmentVariable("WAVESHELF_DATABASE_URL").trimmed();
    if (const auto refused = ConfigCheck::databaseUrl(config.databaseUrl))
        return cannotStart(refused->message);
    auto core = AppCore::open(config);
    if (!core.ok())
        return cannotStart(core.error().detail);
    const auto user = core.value()->users().findByUsername(parser.value(userOption));
    if (!user.ok() || !user.value().has_value())
        return cannotStart(QStringLiteral("no such local user"));
    const auto vault = Vault::unlock(password, user.value()->user.id, user.value()->vault);
    if (!vault.ok())
        return cannotStart(QStringLiteral("cannot unlock the vault: ") + vault.error().detail);

    const std::unique_ptr<UserContext> context = core.value()->createUserContext(
        UserSession{user.value()->user, vault.value()});
    ShutdownSignals shutdown(ShutdownSignals::Policy::WhileHeld);
    QObject::connect(&shutdown, &ShutdownSignals::received, &shutdown,
                     [&network = core.value()->network()](int signalNumber) {
                         PendingRefreshes::waitThenExit(network, ShutdownSignals::exitCodeFor(signalNumber));
                     });

    if (parser.isSet(waitOption)) {
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        if (readLine(in) != QLatin1String("go"))
            return cannotStart(QStringLiteral("expected \"go\" on stdin"));
    }

    int successes = 0;
    int failures = 0;
    const auto answered = [&](const Result<SoundCloudAccount> &me) {
        if (me.ok()) {
            ++successes;
        } else {
            ++failures;
            std::fprintf(stderr, "refresh_worker: request failed: %s\n", qPrintable(me.error().detail));
        }
        if (successes + failures == requests)
            QCoreApplication::exit(failures == 0 ? 0 : kExitSomeFailed);
    };
    // From inside the event loop, so that answers given at once can end it too.
    QTimer::singleShot(0, &app, [&] {
        for (int i = 0; i < requests; ++i)
            context->api().fetchMe(&app, answered);
    });
    QTimer::singleShot(kDeadlineMs, &app, [] {
        std::fputs("refresh_worker: gave up waiting for answers\n", stderr);
        QCoreApplication::exit(kExitSomeFailed);
    });

    const int code = QCoreApplication::exec();
    std::printf("successes=%d failures=%d\n", successes, failures);
    std::fflush(stdout);
    return code;
}
