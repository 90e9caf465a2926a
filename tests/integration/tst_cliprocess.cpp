// The real waveshelf-cli binary, run with QProcess against an in-process
// sandbox, for what only a process shows: exit codes as the shell sees them,
// a password given as an argument refused before anything else, standard
// input that is a pipe (no terminal to ask at), and a real pseudo-terminal:
// the password typed with echo off, then the y/N question of connect --browser.
// Everything else about the commands runs in process (the other tst_cli*).

#include "BuiltPath.h"
#include "CliTestCase.h"
#include "TestSuite.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

using namespace waveshelf;
using namespace clitest;

class TestCliProcess final : public CliTestCase {
    Q_OBJECT

private slots:
    void exitCodesReachTheShell();
    void passwordArgumentIsRefused();
    void pipedInputIsNoTerminal();
    void passwordAndQuestionAtARealTerminal();
};

void TestCliProcess::exitCodesReachTheShell()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    const QStringList whoami{QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser,
                             QStringLiteral("--password-stdin")};
    const CliRun wrong = runProcess(whoami, line(QStringLiteral("not dana's password")));
    QVERIFY2(wrong.exitCode == kAuthFailed, wrong.describe());
    QVERIFY(wrong.err.contains("not correct"));
    const CliRun notConnected = runProcess(whoami, line(kPassword));
    QVERIFY2(notConnected.exitCode == kNotConnected, notConnected.describe());
    QVERIFY(notConnected.err.contains("not connected"));
    QVERIFY(notConnected.out.isEmpty());
}

void TestCliProcess::passwordArgumentIsRefused()
{
    const CliRun result = runProcess(
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gina"), kPassword}, line(kPassword));
    QCOMPARE(result.exitCode, kUsage);
    QVERIFY2(result.err.contains("never takes a password on the command line"), result.describe());
    QVERIFY(!result.err.contains(kPassword.toUtf8()));
    QVERIFY(!result.out.contains(kPassword.toUtf8()));
    // And nothing was done with it.
    QVERIFY(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).isEmpty());
}

void TestCliProcess::pipedInputIsNoTerminal()
{
    const CliRun result = runProcess({QStringLiteral("users"), QStringLiteral("add"), kLocalUser}, line(kPassword));
    QCOMPARE(result.exitCode, kUsage);
    QVERIFY2(result.err.contains("--password-stdin"), result.describe());
    QVERIFY(!result.err.contains("New Waveshelf password"));  // not asked: nobody could answer
    QVERIFY(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).isEmpty());
}

void TestCliProcess::passwordAndQuestionAtARealTerminal()
{
    QVERIFY(addUser(kLocalUser, kPassword));

    // Standard input is a terminal (a pseudo-terminal the test holds).
    const int terminal = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(terminal >= 0);
    const auto closeTerminal = qScopeGuard([terminal] { ::close(terminal); });
    QVERIFY(::grantpt(terminal) == 0 && ::unlockpt(terminal) == 0);
    const QString terminalPath = QString::fromLocal8Bit(::ptsname(terminal));
    const int held = ::open(QFile::encodeName(terminalPath).constData(), O_RDWR | O_NOCTTY);  // keeps it open
    QVERIFY(held >= 0);
    const auto closeHeld = qScopeGuard([held] { ::close(held); });
    const auto echoIsOn = [held] {
        struct termios settings {};
        return ::tcgetattr(held, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
    };
    QVERIFY(echoIsOn());

    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.setStandardInputFile(terminalPath);
    cli.start(test::BuiltPath::of("WAVESHELF_CLI_PATH"),
              {QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"), kLocalUser,
               QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(cli.waitForStarted());
    // The password is asked with echo off: typed only once it is off (turning
    // it off flushes what was typed before).
    QTRY_VERIFY_WITH_TIMEOUT(!echoIsOn() || cli.state() == QProcess::NotRunning, kProcessTimeoutMs);
    QCOMPARE(cli.state(), QProcess::Running);
    const QByteArray password = line(kPassword);
    QVERIFY(::write(terminal, password.constData(), size_t(password.size())) == password.size());

    QNetworkAccessManager network;
    QVERIFY(playTheBrowser(cli, network));  // its reply is answered once the CLI has the redirect
    QByteArray err;
    QVERIFY(QTest::qWaitFor(
        [&] {
            cli.waitForReadyRead(100);
            err += cli.readAllStandardError();
            return err.contains("[y/N]") || cli.state() == QProcess::NotRunning;
        },
        kProcessTimeoutMs));
    QVERIFY2(err.contains("Waveshelf password for dana: "), err);
    QVERIFY2(
        err.contains(
            "Your browser signed in to SoundCloud as alice (soundcloud:users:1001). Connect dana to this account?"),
        err);
    QVERIFY(echoIsOn());  // back on for the answer
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode, kOk);
    QCOMPARE(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("connected"))
                 .toBool(true),
             false);  // nothing stored while asking
    const QByteArray answer("y\n");
    QVERIFY(::write(terminal, answer.constData(), size_t(answer.size())) == answer.size());

    QVERIFY(cli.waitForFinished(kProcessTimeoutMs));
    err += cli.readAllStandardError();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == kOk, err);
    QVERIFY2(err.contains("Connected dana to SoundCloud as alice"), err);
    QVERIFY(!err.contains(kPassword.toUtf8()));

    // What the terminal showed: the answer echoed, never the password.
    QVERIFY(::fcntl(terminal, F_SETFL, ::fcntl(terminal, F_GETFL) | O_NONBLOCK) == 0);
    QByteArray shown;
    char buffer[4096];
    for (ssize_t got = 0; (got = ::read(terminal, buffer, sizeof buffer)) > 0;)
        shown.append(buffer, qsizetype(got));
    QVERIFY2(shown.contains('y'), shown.constData());
    QVERIFY2(!shown.contains(kPassword.toUtf8()), shown.constData());

    QCOMPARE(run({QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                 line(kPassword))
                 .exitCode,
             kOk);
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cliprocess.moc"
