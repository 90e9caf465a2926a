#pragma once

#include "ExitCode.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;

namespace waveshelf::cli {

class Command;
class Console;

// waveshelf-cli's dispatcher: speaks the language chosen in the settings,
// reads the global options (--data-dir, --verbose, --help, --version), finds
// the command by its words ("users add", "tracks"), lets it parse the rest,
// opens the settings and database the way the app does (ConfigLoader,
// Database) and runs it. What it reads and writes goes through `console`;
// settings come from `environment` (main: the process's). A test runs it in
// its own process with a console double and an environment of its own.
class CliApp final {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
    Q_DISABLE_COPY_MOVE(CliApp)

public:
    CliApp(Console &console, const QProcessEnvironment &environment);
    ~CliApp();

    // arguments: as QCoreApplication::arguments(), the program first.
    [[nodiscard]] ExitCode run(const QStringList &arguments);

private:
    void addCommands();
    // The command named by the first words; `consumed` says how many.
    [[nodiscard]] Command *find(const QStringList &words, qsizetype &consumed) const;
    [[nodiscard]] ExitCode runCommand(Command &command, const QStringList &rest, const QString &globalDataDir,
                                      bool globalVerbose);
    [[nodiscard]] ExitCode help(const QStringList &words, const QCommandLineParser &global);
    [[nodiscard]] ExitCode unknownCommand(const QStringList &words);

    [[nodiscard]] QString mainHelp(const QCommandLineParser &global) const;
    [[nodiscard]] QString groupHelp(const QString &group) const;
    [[nodiscard]] QString commandHelp(const Command &command, const QCommandLineParser &parser) const;
    [[nodiscard]] QString commandList(const QString &group) const;
    [[nodiscard]] static QString exitCodesHelp();
    [[nodiscard]] static QString passwordHelp();
    [[nodiscard]] static QString usageLine(const QString &words);
    [[nodiscard]] static QString withUsage(const QString &qtHelpText, const QString &usage);

    Console &m_console;
    const QProcessEnvironment m_environment;
    Translations m_translations;
    std::vector<std::unique_ptr<Command>> m_commands;
};

}  // namespace waveshelf::cli
