// waveshelf-cli: the same core as the app, from a terminal. See CliApp.

#include "CliApp.h"
#include "TerminalConsole.h"
#include "common/ProcessHardening.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

int main(int argc, char *argv[])
{
    (void)waveshelf::ProcessHardening::apply();  // no core dumps of tokens or passwords
    QCoreApplication app(argc, argv);
    // The app's names, so that the default data folder is the app's.
    QCoreApplication::setApplicationName(QStringLiteral("waveshelf"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("io.github.waveshelf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAVESHELF_VERSION));

    // The settings read from here on come from this copy; the process's own
    // environment loses the client secret, so no child (the system browser)
    // ever sees it.
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    qunsetenv("WAVESHELF_CLIENT_SECRET");

    waveshelf::cli::TerminalConsole console;
    waveshelf::cli::CliApp cli(console, environment);
    return waveshelf::cli::toInt(cli.run(QCoreApplication::arguments()));
}
