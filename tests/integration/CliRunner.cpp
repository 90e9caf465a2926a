#include "CliRunner.h"

#include "BuiltPath.h"
#include "CliApp.h"
#include "Console.h"
#include "ScriptedConsole.h"

#include <QProcess>

namespace clitest {

CliRun CliRunner::inProcess(const QProcessEnvironment &environment, const QStringList &arguments,
                            ScriptedConsole &console)
{
    CliRun result;
    {
        waveshelf::cli::CliApp cli(console, environment);
        result.exitCode = waveshelf::cli::toInt(
            cli.run(QStringList{waveshelf::cli::Console::programName()} + arguments));
    }
    result.out = console.standardOutput();
    result.err = console.standardError();
    return result;
}

CliRun CliRunner::inProcess(const QProcessEnvironment &environment, const QStringList &arguments,
                            const QByteArray &input)
{
    ScriptedConsole console(input);
    return inProcess(environment, arguments, console);
}

CliRun CliRunner::process(const QProcessEnvironment &environment, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(waveshelf::test::BuiltPath::of("WAVESHELF_CLI_PATH"), arguments);
    CliRun result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();  // stdin is a pipe, never a terminal
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

}  // namespace clitest
