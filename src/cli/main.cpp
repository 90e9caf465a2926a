// waveshelf-cli: the same core as the app, from a terminal. See CliApp.

#include "CliApp.h"
#include "common/ProcessHardening.h"
#include "config/ConfigLoader.h"
#include "i18n/Translations.h"

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

    waveshelf::Translations translations;
    // The language chosen in the app's Settings (or WAVESHELF_LANGUAGE), else the system's.
    translations.use(waveshelf::ConfigLoader::startLanguage(QCoreApplication::arguments(),
                                                            QProcessEnvironment::systemEnvironment()));

    waveshelf::cli::CliApp cli;
    return waveshelf::cli::toInt(cli.run(QCoreApplication::arguments()));
}
