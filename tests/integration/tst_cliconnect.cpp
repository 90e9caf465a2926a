// `waveshelf-cli connect --browser` run in this process (CliApp with a console
// double) against an in-process sandbox, with the browser sign-in played by
// the test: without a terminal (--yes needed) and asking at a terminal. The
// real binary at a real pseudo-terminal: tst_cliprocess.

#include "CliTestCase.h"
#include "TestSuite.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace waveshelf;
using namespace clitest;

class TestCliConnect final : public CliTestCase {
    Q_OBJECT

private slots:
    void connectThroughTheBrowser();
    void connectWithoutATerminalNeedsYes();
    void connectAsksAtTheTerminal_data();
    void connectAsksAtTheTerminal();

private:
    // Plays the browser once `console` shows the authorize address: from the
    // CLI's event loop, after that write, as a browser would come later.
    void playTheBrowserWhenAsked(ScriptedConsole &console, QNetworkAccessManager &network, QNetworkReply *&reply,
                                 bool &played);
};

void TestCliConnect::playTheBrowserWhenAsked(ScriptedConsole &console, QNetworkAccessManager &network,
                                             QNetworkReply *&reply, bool &played)
{
    console.onOutput([this, &network, &reply, &played](const QString &text) {
        const QUrl authorizeUrl = QUrl::fromEncoded(text.trimmed().toUtf8(), QUrl::StrictMode);
        QTimer::singleShot(0, &network, [this, authorizeUrl, &network, &reply, &played] {
            reply = playTheBrowser(authorizeUrl, network);
            played = true;
        });
    });
}

void TestCliConnect::connectThroughTheBrowser()
{
    QVERIFY(addUser(kLocalUser, kPassword));

    // Play the browser: the address the CLI prints, the sandbox's sign-in
    // page, then its redirect to the CLI's loopback listener.
    QNetworkAccessManager network;
    QNetworkReply *reply = nullptr;
    bool played = false;
    ScriptedConsole console(line(kPassword));
    playTheBrowserWhenAsked(console, network, reply, played);
    const CliRun result = run({QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"),
                               kLocalUser, QStringLiteral("--password-stdin"), QStringLiteral("--yes"),
                               QStringLiteral("--timeout"), QStringLiteral("60")},
                              console);
    QVERIFY2(played, result.describe());
    QVERIFY(reply);
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(30'000));
    }
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

    QVERIFY2(result.exitCode == kOk, result.describe());
    // --yes: the account is named, not asked about.
    QVERIFY2(result.err.contains(
                 "Your browser signed in to SoundCloud as alice (soundcloud:users:1001); connecting it (--yes)."),
             result.describe());
    QVERIFY(result.err.contains("Connected dana to SoundCloud as alice"));

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

    // Standard input is a terminal: the password, then the answer to the question.
    ScriptedConsole console(line(kPassword) + answer, true);
    QNetworkAccessManager network;
    QNetworkReply *reply = nullptr;
    bool played = false;
    playTheBrowserWhenAsked(console, network, reply, played);
    QByteArray question;
    std::optional<bool> storedWhileAsking;
    console.onError([&](const QString &text) {
        if (!text.contains(QLatin1String("[y/N]")))
            return;
        question = text.toUtf8();
        storedWhileAsking = storesConnection(kLocalUser);
    });
    const CliRun result = run({QStringLiteral("connect"), QStringLiteral("--browser"), QStringLiteral("--user"),
                               kLocalUser, QStringLiteral("--password-stdin"), QStringLiteral("--timeout"),
                               QStringLiteral("60")},
                              console);
    QVERIFY2(played && reply, result.describe());  // its reply is answered once the CLI has the redirect
    QVERIFY2(
        question.contains(
            "Your browser signed in to SoundCloud as alice (soundcloud:users:1001). Connect dana to this account?"),
        result.describe());
    QCOMPARE(storedWhileAsking, std::optional<bool>(false));  // nothing stored while asking

    QCOMPARE(result.exitCode, connects ? kOk : kFailed);
    QVERIFY2(result.err.contains(connects ? "Connected dana to SoundCloud as alice"
                                          : "you did not confirm the SoundCloud account alice, so nothing was saved"),
             result.describe());
    QCOMPARE(run({QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                 line(kPassword))
                 .exitCode,
             connects ? kOk : kNotConnected);
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliConnect)
#include "tst_cliconnect.moc"
