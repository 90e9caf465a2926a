#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace waveshelf::cli {

class Console;

// Reads passwords through the Console: at a terminal, from a prompt on stderr
// with echo off (Console::readSecretLine); with
// --password-stdin, one line of standard input per password (nothing else is
// shown or asked). Never from the command line. Without --password-stdin and
// without a terminal to ask at, reading fails with InvalidInput.
class PasswordReader final {
    Q_DECLARE_TR_FUNCTIONS(PasswordReader)
    Q_DISABLE_COPY_MOVE(PasswordReader)

public:
    PasswordReader(Console &console, bool fromStdin);

    // A password to check (login, current password).
    [[nodiscard]] Result<QString> read(const QString &prompt);
    // A password to set: asked twice at a terminal (both must match), read
    // once from standard input.
    [[nodiscard]] Result<QString> readNew(const QString &prompt, const QString &repeatPrompt);

private:
    [[nodiscard]] Result<QString> readLine(const QString &prompt);

    Console &m_console;
    bool m_fromStdin;
};

}  // namespace waveshelf::cli
