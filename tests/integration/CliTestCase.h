#pragma once

// The base of the tst_cli* tests: waveshelf-cli command lines run in this
// process (CliApp with a ScriptedConsole, see CliRunner), or as the real
// binary with QProcess where a process is what is tested, against an
// in-process sandbox (started once per executable; its faults cleared and a
// fresh data dir made before each test by the private slots initTestCase(),
// init() and cleanup(), run by Qt Test for the derived class), the CLI's
// environment, local users and the browser's part of a sign-in.

#include "CliRun.h"
#include "SandboxHost.h"
#include "ScriptedConsole.h"
#include "TestDataDir.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QProcess;

namespace clitest {

inline const QString kLocalUser = QStringLiteral("dana");
inline const QString kPassword = QStringLiteral("dana's password");
inline const QString kNewPassword = QStringLiteral("dana's new password");

class CliTestCase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

protected:
    [[nodiscard]] QProcessEnvironment environment() const;
    // In this process, standard input not a terminal.
    [[nodiscard]] CliRun run(const QStringList &arguments, const QByteArray &input = {});
    // In this process, with a console the test prepared (input, terminal, watchers).
    [[nodiscard]] CliRun run(const QStringList &arguments, ScriptedConsole &console);
    // The real binary (QProcess), standard input a pipe.
    [[nodiscard]] CliRun runProcess(const QStringList &arguments, const QByteArray &input = {});
    [[nodiscard]] bool addUser(const QString &name, const QString &password);
    // Connects the local user to a sandbox account through core code on the
    // same data dir, as the app would have done.
    [[nodiscard]] bool connectInProcess(const QString &localName, const QString &password, const QString &sandboxUser,
                                        const QString &sandboxPassword);
    [[nodiscard]] QJsonArray jsonArray(const CliRun &result) const;
    // Its output read as one JSON object (empty when it is not one).
    [[nodiscard]] static QJsonObject jsonObject(const CliRun &result);
    // Whether the data dir holds a SoundCloud connection for the local user
    // (read through core code, as the app would); nothing if it cannot tell.
    [[nodiscard]] std::optional<bool> storesConnection(const QString &localName) const;
    // The browser's part: reads the authorize address the CLI prints, signs
    // in to the sandbox as alice and follows the redirect to the CLI's
    // listener. The redirect's reply (owned by `network`), or null.
    [[nodiscard]] QNetworkReply *playTheBrowser(QProcess &cli, QNetworkAccessManager &network);
    // The same from the address the CLI printed (in-process runs).
    [[nodiscard]] QNetworkReply *playTheBrowser(const QUrl &authorizeUrl, QNetworkAccessManager &network);

    waveshelf::sandbox::SandboxHost m_sandbox;
    QUrl m_redirectUri;
    std::unique_ptr<waveshelf::test::TestDataDir> m_dir;
};

}  // namespace clitest
