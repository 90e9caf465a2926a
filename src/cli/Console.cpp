#include "Console.h"

#include <QCoreApplication>

#include <cstdio>

namespace waveshelf::cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{
}

void Console::out(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void Console::outRaw(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void Console::message(const QString &line)
{
    m_err << line << '\n';
    m_err.flush();
}

void Console::prompt(const QString &text)
{
    m_err << text;
    m_err.flush();
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
