#include "TerminalConsole.h"

#include "TerminalEcho.h"

#include <cstdio>
#include <iostream>
#include <string>

namespace waveshelf::cli {

namespace {

// Overwrites the bytes a line (perhaps a password) was read into before they are freed.
void wipe(std::string &text)
{
    volatile char *bytes = text.data();
    for (std::size_t i = 0; i < text.size(); ++i)
        bytes[i] = 0;
    text.clear();
}

}  // namespace

TerminalConsole::TerminalConsole()
    : m_out(stdout)
    , m_err(stderr)
{
}

bool TerminalConsole::inputIsTerminal() const
{
    return TerminalEchoOff::stdinIsTerminal();
}

std::optional<QString> TerminalConsole::readLine()
{
    std::string line;
    const bool gotLine = static_cast<bool>(std::getline(std::cin, line));
    if (!gotLine && line.empty())
        return std::nullopt;
    QString text = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    wipe(line);
    return text;
}

std::optional<QString> TerminalConsole::readSecretLine()
{
    const TerminalEchoOff echoOff;
    return readLine();
}

void TerminalConsole::writeOut(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void TerminalConsole::writeErr(const QString &text)
{
    m_err << text;
    m_err.flush();
}

}  // namespace waveshelf::cli
