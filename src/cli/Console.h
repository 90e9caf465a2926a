#pragma once

#include "ExitCode.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace waveshelf::cli {

// Where waveshelf-cli writes and reads: data to standard output, prompts and
// messages (errors included) to standard error, passwords and answers from
// standard input. The commands only know this interface; TerminalConsole is
// the process's own streams, a test passes a double that captures the output
// and feeds the input.
class Console {
    Q_DECLARE_TR_FUNCTIONS(Console)

public:
    Console() = default;
    virtual ~Console() = default;
    Console(const Console &) = delete;
    Console &operator=(const Console &) = delete;
    Console(Console &&) = delete;
    Console &operator=(Console &&) = delete;

    // "waveshelf-cli": the name in messages and usage lines. (The application
    // name stays "waveshelf", so the data folder is the app's.)
    [[nodiscard]] static QString programName() { return QStringLiteral("waveshelf-cli"); }

    // out, message, prompt, error and usage pass what they write through
    // TerminalText::safe: server strings in them cannot drive the terminal.
    // A line of data on stdout.
    void out(const QString &line);
    // Text on stdout as it is (no newline added): JSON, which escapes controls.
    void outRaw(const QString &text);
    // A line for the person at the terminal, on stderr.
    void message(const QString &line);
    // A prompt on stderr, without a newline.
    void prompt(const QString &text);
    // The error's message on stderr; returns the exit code it maps to.
    ExitCode error(const Error &error);
    // A usage error on stderr, with a pointer to --help; returns ExitCode::Usage.
    ExitCode usage(const QString &problem, const QString &helpCommand);

    // True when standard input is a terminal (someone can answer a question).
    [[nodiscard]] virtual bool inputIsTerminal() const = 0;
    // The next line of standard input, without its line break; nothing when
    // the input ended before any character of it.
    [[nodiscard]] virtual std::optional<QString> readLine() = 0;
    // The same for a secret: at a terminal, what is typed is not shown.
    [[nodiscard]] virtual std::optional<QString> readSecretLine() = 0;

protected:
    // Text for stdout / stderr, written (and flushed) as it is.
    virtual void writeOut(const QString &text) = 0;
    virtual void writeErr(const QString &text) = 0;
};

}  // namespace waveshelf::cli
