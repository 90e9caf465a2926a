// Waveshelf's entry point: reads the command line and settings, opens the core
// (AppCore: data dir, database, accounts, network) and hands it to the main
// window. The browser engine is not linked: the sign-in window plugin is
// loaded only when a user connects (LazySignInWindowFactory).

#include "FirstWindowProbe.h"
#include "MainWindow.h"
#include "MediaFramework.h"
#include "app/AppCore.h"
#include "common/LogCategories.h"
#include "common/ProcessHardening.h"
#include "common/ShutdownSignals.h"
#include "config/ConfigLoader.h"
#include "i18n/Translations.h"
#include "network/PendingRefreshes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include <memory>

using namespace waveshelf;

namespace {

// --help and --version print and quit: they need no display, so they get a
// QCoreApplication (the pattern QCommandLineParser's documentation shows).
// Everything else gets the full QApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    static const char *const textOnly[] = {"-h", "--help", "-?", "--help-all", "-v", "--version"};
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : textOnly) {
            if (qstrcmp(argv[i], flag) == 0)
                return std::make_unique<QCoreApplication>(argc, argv);
        }
    }
    // QtWebEngine (the connect popup, a plugin loaded on demand) shares OpenGL contexts
    // with the widgets: this must be set before QApplication, without linking it.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    return std::make_unique<QApplication>(argc, argv);
}

int fail(const QString &title, const QString &message)
{
    qCCritical(lcConfig).noquote() << message;
    QMessageBox::critical(nullptr, title, message);
    return 1;
}

}  // namespace

int main(int argc, char *argv[])
{
    (void)ProcessHardening::apply();  // no core dumps of tokens or passwords
    MediaFramework::prepare();        // GStreamer's settings, before any thread reads the environment
    const std::unique_ptr<QCoreApplication> application = createApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("waveshelf"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("io.github.waveshelf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAVESHELF_VERSION));
    if (qobject_cast<QApplication *>(&app)) {
        QApplication::setApplicationDisplayName(QStringLiteral("Waveshelf"));
        QApplication::setDesktopFileName(QStringLiteral(WAVESHELF_APP_ID));
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Translations translations;
    // The language chosen in Settings (or WAVESHELF_LANGUAGE), else the system's.
    translations.use(ConfigLoader::startLanguage(QCoreApplication::arguments(), env));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "A native desktop app for SoundCloud."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("main", "Keep the database, settings and browser profiles in <dir>."),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(dataDirOption);
    parser.process(app);  // --help and --version print and exit here
    if (!qobject_cast<QApplication *>(&app)) {
        // A text-only flag given as an option's value ("--data-dir -v"): no window without QApplication.
        qCCritical(lcConfig).noquote() << QCoreApplication::translate("main", "Give --help or --version on their own.");
        return 2;
    }

    const QString dataDir = ConfigLoader::resolveDataDir(parser.value(dataDirOption), env);
    const AppConfig config = ConfigLoader::load(dataDir, env);
    // Child processes (the web engine, the system browser) never see the secret.
    qunsetenv("WAVESHELF_CLIENT_SECRET");
    qCInfo(lcConfig).noquote() << "data dir:" << QDir::toNativeSeparators(dataDir)
                               << "api host:" << config.apiUrl.host();

    auto core = AppCore::open(config);  // creates the data dir, opens the database
    if (!core.ok())
        return fail(QCoreApplication::translate("main", "Waveshelf cannot start"), core.error().message);

    // Ctrl+C and SIGTERM quit like closing the window does.
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::received, &app, &QCoreApplication::quit);

    // Destroyed in reverse order: the window, then the core.
    MainWindow window(*core.value());
    // Only for waveshelf-bench, with WAVESHELF_REPORT_FIRST_WINDOW set: reports
    // the time and memory at the first painted window, then quits.
    FirstWindowProbe::installIfRequested();
    window.show();
    const int code = QApplication::exec();
    // Window closed or quit: a refresh answer on its way carries the only live
    // refresh token; let it be stored before the process goes.
    if (QNetworkAccessManager *network = core.value()->networkIfCreated())
        (void)PendingRefreshes::of(*network).waitUntilDone(PendingRefreshes::kShutdownWait);
    return code;
}
