// The real waveshelf-cli binary, run with QProcess against an in-process
// sandbox: `connect --browser`, with the browser sign-in played by the test,
// without a terminal (--yes needed) and asking at a pseudo-terminal.

#include "CliTestCase.h"
#include "TestSuite.h"

#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace waveshelf;
using namespace clitest;

class TestCliConnect final : public CliTestCase {
    Q_OBJECT

private slots:
    void connectThroughTheBrowser();
    void connectWithoutATerminalNeedsYes();
    void connectAsksAtTheTerminal_data();
    void connectAsksAtTheTerminal();
};

void TestCliConnect::connectThroughTheBrowser()
{
    QVERIFY(addUser(kLocalUser, kPassword));

    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.start(QStringLiteral(WAVESHELF_CLI_PATH),
              {QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"), kLocalUser,
               QStringLiteral("--password-stdin"), QStringLiteral("--yes"), QStringLiteral("--timeout"),
               QStringLiteral("60")});
    QVERIFY(cli.waitForStarted());
    cli.write(line(kPassword));
    cli.closeWriteChannel();

    // Play the browser: the address the CLI prints, the sandbox's sign-in
    // page, then its redirect to the CLI's loopback listener.
    QNetworkAccessManager network;
    QNetworkReply *reply = playTheBrowser(cli, network);
    QVERIFY(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(30'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QVERIFY(cli.waitForFinished(kProcessTimeoutMs));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == kOk, err);
    // --yes: the account is named, not asked about.
    QVERIFY2(err.contains("Your browser signed in to SoundCloud as alice; connecting it (--yes)."), err);
    QVERIFY(err.contains("Connected dana to SoundCloud as alice"));

    const CliRun whoami = run(
        {QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
        line(kPassword));
    QVERIFY2(whoami.exitCode == kOk, whoami.describe());
    QVERIFY(whoami.out.contains("alice"));
}

void TestCliConnect::connectWithoutATerminalNeedsYes()
{
    // The question after the browser could not be answered: refused before it.
    QVERIFY(addUser(kLocalUser, kPassword));
    const int tokenRequests = m_sandbox.tokenRequestCount();
    const CliRun refused = run({QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"),
                                kLocalUser, QStringLiteral("--password-stdin")},
                               line(kPassword));
    QVERIFY2(refused.exitCode == kUsage, refused.describe());
    QVERIFY2(refused.err.contains("standard input is not a terminal") && refused.err.contains("--yes"),
             refused.describe());
    QVERIFY(refused.out.isEmpty());  // no address to open
    QCOMPARE(m_sandbox.tokenRequestCount(), tokenRequests);
    QCOMPARE(run({QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                 line(kPassword))
                 .exitCode,
             kNotConnected);
}

void TestCliConnect::connectAsksAtTheTerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("connects");
    QTest::newRow("y") << QByteArray("y\n") << true;
    QTest::newRow("yes") << QByteArray("Yes\n") << true;
    QTest::newRow("n") << QByteArray("n\n") << false;
    QTest::newRow("just Enter") << QByteArray("\n") << false;
}

void TestCliConnect::connectAsksAtTheTerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, connects);
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

    QProcess cli;
    cli.setProcessEnvironment(environment());
    cli.setStandardInputFile(terminalPath);
    cli.start(QStringLiteral(WAVESHELF_CLI_PATH),
              {QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"), kLocalUser,
               QStringLiteral("--password-stdin"), QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY(cli.waitForStarted());
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
    QVERIFY2(err.contains("Your browser signed in to SoundCloud as alice. Connect dana to this account?"), err);
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}).exitCode, kOk);
    QCOMPARE(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}))
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("connected"))
                 .toBool(true),
             false);  // nothing stored while asking
    QVERIFY(::write(terminal, answer.constData(), size_t(answer.size())) == answer.size());

    QVERIFY(cli.waitForFinished(kProcessTimeoutMs));
    err += cli.readAllStandardError();
    QCOMPARE(cli.exitCode(), connects ? kOk : kFailed);
    QVERIFY2(err.contains(connects ? "Connected dana to SoundCloud as alice"
                                   : "you did not confirm the SoundCloud account alice, so nothing was saved"),
             err);
    QCOMPARE(run({QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                 line(kPassword))
                 .exitCode,
             connects ? kOk : kNotConnected);
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliConnect)
#include "tst_cliconnect.moc"
