#pragma once

#include "CliRun.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace clitest {

class ScriptedConsole;

// Runs a waveshelf-cli command line (without the program name) with the
// settings of `environment`: in this process (CliApp and a ScriptedConsole,
// the way main() runs it with the terminal), or as the real binary with
// QProcess (standard input a pipe holding `input`, then closed).
class CliRunner final {
public:
    [[nodiscard]] static CliRun inProcess(const QProcessEnvironment &environment, const QStringList &arguments,
                                          ScriptedConsole &console);
    [[nodiscard]] static CliRun inProcess(const QProcessEnvironment &environment, const QStringList &arguments,
                                          const QByteArray &input = {});
    [[nodiscard]] static CliRun process(const QProcessEnvironment &environment, const QStringList &arguments,
                                        const QByteArray &input = {});
};

}  // namespace clitest
