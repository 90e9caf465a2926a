#pragma once

// What a waveshelf-cli run gives back (exit code, stdout, stderr), in this
// process (CliRunner::inProcess) or as the real binary (CliRunner::process),
// and the documented exit codes the tst_cli* tests compare it with.

#include <QByteArray>
#include <QString>

namespace clitest {

inline constexpr int kProcessTimeoutMs = 120'000;  // Argon2 and 7 pages on a busy machine

// Exit codes, as documented.
inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;
inline constexpr int kUsage = 2;
inline constexpr int kNotConnected = 3;
inline constexpr int kUnreachable = 4;
inline constexpr int kAuthFailed = 5;

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000) + "\nstderr: " + err;
    }
};

// One line of standard input.
inline QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

}  // namespace clitest
