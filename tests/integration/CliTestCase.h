#pragma once

// The base of the tst_cli* tests: the real waveshelf-cli binary, run with
// QProcess against an in-process sandbox (started once per executable; its
// faults cleared and a fresh data dir made before each test by the private
// slots initTestCase(), init() and cleanup(), run by Qt Test for the derived
// class), the CLI's environment, local users and the browser's part of a sign-in.

#include "SandboxHost.h"
#include "TestDataDir.h"

#include <QByteArray>
#include <QJsonArray>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;

namespace clitest {

inline constexpr int kProcessTimeoutMs = 120'000;  // Argon2 and 7 pages on a busy machine
inline const QString kLocalUser = QStringLiteral("dana");
inline const QString kPassword = QStringLiteral("dana's password");
inline const QString kNewPassword = QStringLiteral("dana's new password");

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

inline QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

class CliTestCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    [[nodiscard]] QProcessEnvironment environment() const;
    [[nodiscard]] CliRun run(const QStringList &arguments, const QByteArray &input = {});
    [[nodiscard]] bool addUser(const QString &name, const QString &password);
    // Connects the local user to a sandbox account through core code on the
    // same data dir, as the app would have done.
    [[nodiscard]] bool connectInProcess(const QString &localName, const QString &password, const QString &sandboxUser,
                                        const QString &sandboxPassword);
    [[nodiscard]] QJsonArray jsonArray(const CliRun &result) const;
    // The browser's part: reads the authorize address the CLI prints, signs
    // in to the sandbox as alice and follows the redirect to the CLI's
    // listener. The redirect's reply (owned by `network`), or null.
    [[nodiscard]] QNetworkReply *playTheBrowser(QProcess &cli, QNetworkAccessManager &network);

    waveshelf::sandbox::SandboxHost m_sandbox;
    QUrl m_redirectUri;
    std::unique_ptr<waveshelf::test::TestDataDir> m_dir;
};

}  // namespace clitest
