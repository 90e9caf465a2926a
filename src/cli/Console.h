#pragma once

#include "ExitCode.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace waveshelf::cli {

// Where waveshelf-cli writes: data to standard output, prompts and messages
// (errors included) to standard error. Every write is flushed at once, so a
// reader on the other end of a pipe sees it when it happens.
class Console final {
    Q_DECLARE_TR_FUNCTIONS(Console)

    Q_DISABLE_COPY_MOVE(Console)

public:
    Console();

    // "waveshelf-cli": the name in messages and usage lines. (The application
    // name stays "waveshelf", so the data folder is the app's.)
    [[nodiscard]] static QString programName() { return QStringLiteral("waveshelf-cli"); }

    // A line of data on stdout.
    void out(const QString &line);
    // Text on stdout as it is (no newline added).
    void outRaw(const QString &text);
    // A line for the person at the terminal, on stderr.
    void message(const QString &line);
    // A prompt on stderr, without a newline.
    void prompt(const QString &text);
    // The error's message on stderr; returns the exit code it maps to.
    ExitCode error(const Error &error);
    // A usage error on stderr, with a pointer to --help; returns ExitCode::Usage.
    ExitCode usage(const QString &problem, const QString &helpCommand);

private:
    QTextStream m_out;
    QTextStream m_err;
};

}  // namespace waveshelf::cli
