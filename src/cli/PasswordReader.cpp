#include "PasswordReader.h"

#include "Console.h"
#include "TerminalEcho.h"

#include <iostream>
#include <string>

namespace waveshelf::cli {

namespace {

// Overwrites the bytes the password was read into before they are freed.
void wipe(std::string &text)
{
    volatile char *bytes = text.data();
    for (std::size_t i = 0; i < text.size(); ++i)
        bytes[i] = 0;
    text.clear();
}

}  // namespace

PasswordReader::PasswordReader(Console &console, bool fromStdin)
    : m_console(console)
    , m_fromStdin(fromStdin)
{
}

Result<QString> PasswordReader::readLine(const QString &prompt)
{
    const bool atTerminal = !m_fromStdin;
    if (atTerminal && !TerminalEchoOff::stdinIsTerminal()) {
        return Error{ErrorKind::InvalidInput,
                     tr("There is no terminal to ask for the password. Give it on standard input with "
                        "--password-stdin."),
                     QStringLiteral("stdin is not a terminal")};
    }
    std::string line;
    bool gotLine = false;
    if (atTerminal) {
        m_console.prompt(prompt);
        const TerminalEchoOff echoOff;
        gotLine = static_cast<bool>(std::getline(std::cin, line));
        m_console.message(QString());  // the Enter the user typed was not echoed
    } else {
        gotLine = static_cast<bool>(std::getline(std::cin, line));
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (!gotLine && line.empty()) {
        return Error{ErrorKind::InvalidInput,
                     atTerminal ? tr("No password was entered.")
                                : tr("Standard input ended before the password; give each password on its own line."),
                     QStringLiteral("no password line")};
    }
    QString password = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
    wipe(line);
    return password;
}

Result<QString> PasswordReader::read(const QString &prompt)
{
    return readLine(prompt);
}

Result<QString> PasswordReader::readNew(const QString &prompt, const QString &repeatPrompt)
{
    Result<QString> first = readLine(prompt);
    if (!first.ok() || m_fromStdin)
        return first;
    const Result<QString> again = readLine(repeatPrompt);
    if (!again.ok())
        return again;
    if (again.value() != first.value()) {
        return Error{ErrorKind::InvalidInput, tr("The two passwords are not the same. Nothing was changed."),
                     QStringLiteral("password repeat mismatch")};
    }
    return first;
}

}  // namespace waveshelf::cli
