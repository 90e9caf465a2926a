#include "PasswordReader.h"

#include "Console.h"

#include <optional>

namespace waveshelf::cli {

PasswordReader::PasswordReader(Console &console, bool fromStdin)
    : m_console(console)
    , m_fromStdin(fromStdin)
{
}

Result<QString> PasswordReader::readLine(const QString &prompt)
{
    const bool atTerminal = !m_fromStdin;
    if (atTerminal && !m_console.inputIsTerminal()) {
        return Error{ErrorKind::InvalidInput,
                     tr("There is no terminal to ask for the password. Give it on standard input with "
                        "--password-stdin."),
                     QStringLiteral("stdin is not a terminal")};
    }
    std::optional<QString> line;
    if (atTerminal) {
        m_console.prompt(prompt);
        line = m_console.readSecretLine();  // not shown as it is typed
        m_console.message(QString());       // the Enter the user typed was not echoed
    } else {
        line = m_console.readLine();
    }
    if (!line) {
        return Error{ErrorKind::InvalidInput,
                     atTerminal ? tr("No password was entered.")
                                : tr("Standard input ended before the password; give each password on its own line."),
                     QStringLiteral("no password line")};
    }
    if (line->endsWith(u'\r'))
        line->chop(1);
    return *line;
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
