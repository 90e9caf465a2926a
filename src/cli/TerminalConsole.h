#pragma once

#include "Console.h"

#include <QTextStream>

namespace waveshelf::cli {

// The console of the waveshelf-cli process: its stdout and stderr, every
// write flushed at once (a reader on the other end of a pipe sees it when it
// happens), and its stdin, with echo off while a secret is typed at a
// terminal (TerminalEchoOff). The bytes a line was read into are wiped.
class TerminalConsole final : public Console {
public:
    TerminalConsole();

    [[nodiscard]] bool inputIsTerminal() const override;
    [[nodiscard]] std::optional<QString> readLine() override;
    [[nodiscard]] std::optional<QString> readSecretLine() override;

protected:
    void writeOut(const QString &text) override;
    void writeErr(const QString &text) override;

private:
    QTextStream m_out;
    QTextStream m_err;
};

}  // namespace waveshelf::cli
