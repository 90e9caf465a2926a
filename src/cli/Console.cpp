#include "Console.h"

#include "TerminalText.h"

namespace waveshelf::cli {

void Console::out(const QString &line)
{
    writeOut(TerminalText::safe(line) + u'\n');
}

void Console::outRaw(const QString &text)
{
    writeOut(text);
}

void Console::message(const QString &line)
{
    writeErr(TerminalText::safe(line) + u'\n');
}

void Console::prompt(const QString &text)
{
    writeErr(TerminalText::safe(text));
}

ExitCode Console::error(const Error &error)
{
    message(programName() + QStringLiteral(": ") + error.message);
    return exitCodeFor(error);
}

ExitCode Console::usage(const QString &problem, const QString &helpCommand)
{
    message(programName() + QStringLiteral(": ") + problem);
    message(tr("Run \"%1 --help\" for how to use it.").arg(helpCommand));
    return ExitCode::Usage;
}

}  // namespace waveshelf::cli
