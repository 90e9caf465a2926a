#pragma once

#include "Console.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace clitest {

// The console double of the in-process CLI tests: captures what a command
// writes to stdout and stderr (UTF-8, as the real console writes it), feeds
// it standard input from a buffer, one line at a time, and says whether that
// input is a terminal. A test can watch the output as it is written (the
// address connect --browser prints, a y/N question) and act on it.
class ScriptedConsole final : public waveshelf::cli::Console {
public:
    explicit ScriptedConsole(QByteArray input = {}, bool terminal = false);

    [[nodiscard]] const QByteArray &standardOutput() const { return m_out; }
    [[nodiscard]] const QByteArray &standardError() const { return m_err; }

    // Called after each write, with the text written.
    void onOutput(std::function<void(const QString &)> watcher) { m_outWatcher = std::move(watcher); }
    void onError(std::function<void(const QString &)> watcher) { m_errWatcher = std::move(watcher); }

    [[nodiscard]] bool inputIsTerminal() const override { return m_terminal; }
    [[nodiscard]] std::optional<QString> readLine() override;
    // The same as readLine(): there is no echo to turn off.
    [[nodiscard]] std::optional<QString> readSecretLine() override { return readLine(); }

protected:
    void writeOut(const QString &text) override;
    void writeErr(const QString &text) override;

private:
    QByteArray m_input;
    qsizetype m_read = 0;
    bool m_terminal = false;
    QByteArray m_out;
    QByteArray m_err;
    std::function<void(const QString &)> m_outWatcher;
    std::function<void(const QString &)> m_errWatcher;
};

}  // namespace clitest
