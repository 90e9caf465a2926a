// waveshelf-cli command lines run in this process (CliApp with a console
// double) against an in-process sandbox: its help, local users, password rules
// and exit codes without a connection, and a data folder that is not the
// user's. The same through the real binary: tst_cliprocess.

#include "CliRunner.h"
#include "CliTestCase.h"
#include "ScriptedConsole.h"
#include "TestSuite.h"
#include "TextTable.h"
#include "accounts/PasswordHasher.h"
#include "app/AppCore.h"
#include "config/ConfigLoader.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <unistd.h>

using namespace waveshelf;
using namespace clitest;

class TestCliUsers final : public CliTestCase {
    Q_OBJECT

private slots:
    void helpListsCommandsAndExitCodes();
    void usersAddListRemove();
    void usersAddTakesTheConfiguredKdfLimits();
    void passwordOnTheCommandLineIsRefused_data();
    void passwordOnTheCommandLineIsRefused();
    void noTerminalAndNoPasswordStdinIsAUsageError();
    void notConnectedExitsWith3();
    void wrongPasswordAndUnknownUserExitWith5Alike();
    void dataFolderOfAnotherUserIsRefused();
    void speaksTheLanguageChosenInSettings();
    void serverStringsCannotDriveTheTerminal();
};

void TestCliUsers::helpListsCommandsAndExitCodes()
{
    const CliRun help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, kOk);
    for (const char *expected :
         {"users list", "users add NAME", "users remove NAME", "users passwd NAME", "whoami --user NAME",
          "tracks --user NAME", "likes --user NAME", "playlists --user NAME", "connect --browser --user NAME",
          "disconnect --user NAME", "--password-stdin", "Exit codes", "5  wrong password or unknown user"}) {
        QVERIFY2(help.out.contains(expected), expected);
    }
    const CliRun tracksHelp = run({QStringLiteral("tracks"), QStringLiteral("--help")});
    QCOMPARE(tracksHelp.exitCode, kOk);
    QVERIFY(tracksHelp.out.contains("--json"));
    QVERIFY(tracksHelp.out.contains("--limit"));

    QCOMPARE(run({}).exitCode, kUsage);
    QCOMPARE(run({QStringLiteral("no-such-command")}).exitCode, kUsage);
    QCOMPARE(run({QStringLiteral("tracks"), QStringLiteral("--no-such-option")}).exitCode, kUsage);
}

void TestCliUsers::usersAddTakesTheConfiguredKdfLimits()
{
    // WAVESHELF_KDF_LIMITS reaches the CLI's account service as the app's (it
    // made its own service with the default limits, whatever the configuration).
    QVERIFY(addUser(kLocalUser, kPassword));  // environment(): interactive
    QProcessEnvironment moderate = environment();
    moderate.remove(QStringLiteral("WAVESHELF_KDF_LIMITS"));
    QCOMPARE(CliRunner::inProcess(moderate,
                                  {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("erin"),
                                   QStringLiteral("--password-stdin")},
                                  line(kPassword))
                 .exitCode,
             kOk);

    auto core = AppCore::open(m_dir->config());
    QVERIFY(core.ok());
    const auto dana = core.value()->users().findByUsername(kLocalUser);
    const auto erin = core.value()->users().findByUsername(QStringLiteral("erin"));
    QVERIFY(dana.ok() && dana.value().has_value() && erin.ok() && erin.value().has_value());
    QCOMPARE(PasswordHasher::limitsOf(dana.value()->passwordHash), std::optional<KdfLimits>(KdfLimits::interactive()));
    QCOMPARE(dana.value()->vault.limits, KdfLimits::interactive());
    QCOMPARE(PasswordHasher::limitsOf(erin.value()->passwordHash), std::optional<KdfLimits>(KdfLimits::recommended()));
    QCOMPARE(erin.value()->vault.limits, KdfLimits::recommended());
}

void TestCliUsers::usersAddListRemove()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    QVERIFY(addUser(QStringLiteral("erin"), kPassword));

    const CliRun table = run({QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(table.exitCode, kOk);
    QVERIFY2(table.out.contains("dana") && table.out.contains("erin") && table.out.contains("(not connected)"),
             table.describe());

    const QJsonArray users = jsonArray(
        run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("username")).toString(), kLocalUser);
    QCOMPARE(users.at(0).toObject().value(QStringLiteral("connected")).toBool(true), false);

    // The same name again, in another case: taken.
    const CliRun again = run(
        {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("DANA"), QStringLiteral("--password-stdin")},
        line(kPassword));
    QCOMPARE(again.exitCode, kFailed);
    QVERIFY(again.err.contains("already taken"));
    // Too short a password: refused as input.
    QCOMPARE(run({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("frank"),
                  QStringLiteral("--password-stdin")},
                 line(QStringLiteral("short")))
                 .exitCode,
             kUsage);

    // Removing needs that user's password.
    const CliRun refused = run(
        {QStringLiteral("users"), QStringLiteral("remove"), kLocalUser, QStringLiteral("--password-stdin")},
        line(QStringLiteral("not dana's password")));
    QCOMPARE(refused.exitCode, kAuthFailed);
    QCOMPARE(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).size(), 2);

    const CliRun removed = run(
        {QStringLiteral("users"), QStringLiteral("remove"), kLocalUser, QStringLiteral("--password-stdin")},
        line(kPassword));
    QCOMPARE(removed.exitCode, kOk);
    const QJsonArray left = jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("erin"));
}

void TestCliUsers::passwordOnTheCommandLineIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("users add NAME PASSWORD")
        << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gina"), kPassword};
    QTest::newRow("users add --password")
        << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gina"),
                       QStringLiteral("--password"), kPassword};
    QTest::newRow("users add --password=")
        << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("gina"),
                       QStringLiteral("--password=") + kPassword};
    QTest::newRow("tracks -p") << QStringList{QStringLiteral("tracks"), QStringLiteral("--user"),
                                              QStringLiteral("gina"), QStringLiteral("-p"), kPassword};
    QTest::newRow("whoami extra argument")
        << QStringList{QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("gina"), kPassword};
    QTest::newRow("global --password") << QStringList{QStringLiteral("--password"), kPassword, QStringLiteral("users"),
                                                      QStringLiteral("list")};
}

void TestCliUsers::passwordOnTheCommandLineIsRefused()
{
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments, line(kPassword));
    QCOMPARE(result.exitCode, kUsage);
    QVERIFY2(result.err.contains("never takes a password on the command line"), result.describe());
    QVERIFY(!result.err.contains(kPassword.toUtf8()));
    // And nothing was done with it.
    QVERIFY(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).isEmpty());
}

void TestCliUsers::noTerminalAndNoPasswordStdinIsAUsageError()
{
    const CliRun result = run({QStringLiteral("users"), QStringLiteral("add"), kLocalUser}, line(kPassword));
    QCOMPARE(result.exitCode, kUsage);
    QVERIFY2(result.err.contains("--password-stdin"), result.describe());
    QVERIFY(jsonArray(run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")})).isEmpty());
}

void TestCliUsers::notConnectedExitsWith3()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    for (const QString &command :
         {QStringLiteral("whoami"), QStringLiteral("tracks"), QStringLiteral("likes"), QStringLiteral("playlists")}) {
        const CliRun result = run({command, QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
                                  line(kPassword));
        QVERIFY2(result.exitCode == kNotConnected, result.describe());
        QVERIFY(result.err.contains("not connected"));
        QVERIFY(result.out.isEmpty());
    }
}

void TestCliUsers::wrongPasswordAndUnknownUserExitWith5Alike()
{
    QVERIFY(addUser(kLocalUser, kPassword));
    const CliRun wrong = run(
        {QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser, QStringLiteral("--password-stdin")},
        line(QStringLiteral("not dana's password")));
    const CliRun unknown = run({QStringLiteral("whoami"), QStringLiteral("--user"), QStringLiteral("nobody"),
                                QStringLiteral("--password-stdin")},
                               line(kPassword));
    QCOMPARE(wrong.exitCode, kAuthFailed);
    QCOMPARE(unknown.exitCode, kAuthFailed);
    QVERIFY(!wrong.err.isEmpty());
    QCOMPARE(unknown.err, wrong.err);  // never tells which
}

void TestCliUsers::dataFolderOfAnotherUserIsRefused()
{
    const QString theirs = m_dir->path() + QStringLiteral("/theirs");
    QVERIFY(QDir().mkdir(theirs));
    if (::chown(QFile::encodeName(theirs).constData(), 65534, gid_t(-1)) != 0)  // nobody
        QSKIP("chown to another user needs root");
    const CliRun refused = run({QStringLiteral("--data-dir"), theirs, QStringLiteral("users"), QStringLiteral("list")});
    QVERIFY2(refused.exitCode == kFailed, refused.describe());
    QVERIFY2(refused.err.contains("belongs to another user"), refused.describe());
    QVERIFY(!QFile::exists(theirs + QStringLiteral("/waveshelf.sqlite")));
}

void TestCliUsers::serverStringsCannotDriveTheTerminal()
{
    // Security review 3, item 5: a SoundCloud username with an escape sequence,
    // a carriage return, an OSC title, C1 CSI and bidi overrides.
    const QString hostile = QStringLiteral("mallory\x1b[2K\r\x1b]0;title\x07") + QChar(0x202E) + QStringLiteral("evil")
        + QChar(0x2066) + QStringLiteral("x") + QChar(0x009B) + QStringLiteral("31m\x7f\nnext\tcolumn");
    const auto check = [](const QString &text, bool lineBreaksAllowed) {
        for (const QChar c : text) {
            const char16_t code = c.unicode();
            if (lineBreaksAllowed && (code == u'\n' || code == u'\t'))
                continue;
            if (c.category() == QChar::Other_Control || code == 0x061C || code == 0x200E || code == 0x200F
                || (code >= 0x202A && code <= 0x202E) || (code >= 0x2066 && code <= 0x2069))
                return false;
        }
        return true;
    };
    ScriptedConsole console;
    console.message(hostile);
    console.out(hostile);
    console.prompt(hostile);
    QCOMPARE(console.error(Error{ErrorKind::Protocol, hostile}), waveshelf::cli::ExitCode::Unreachable);
    for (const QByteArray &written : {console.standardOutput(), console.standardError()}) {
        const QString text = QString::fromUtf8(written);
        QVERIFY2(check(text, true), written.toHex(' ').constData());
        QVERIFY2(text.contains(QStringLiteral("mallory[2K]0;titleevilx31m\nnext\tcolumn")), qPrintable(text));
    }

    waveshelf::cli::TextTable table({{QStringLiteral("NAME")}});
    table.addRow({hostile});
    const QStringList lines = table.lines();
    QCOMPARE(lines.size(), 2);
    QVERIFY(check(lines.join(QString()), false));
    QVERIFY2(lines.at(1).contains(QStringLiteral("mallory[2K]0;titleevilx31m next column")), qPrintable(lines.at(1)));
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliUsers)
void TestCliUsers::speaksTheLanguageChosenInSettings()
{
    const QLocale before;  // the process's default locale, which a run must give back
    AppConfig settings = m_dir->config();
    settings.language = QStringLiteral("de");  // as the app's Settings dialog saves it
    QVERIFY(ConfigLoader::save(settings).ok());
    const CliRun list = run({QStringLiteral("users"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, kOk);
    QVERIFY2(list.err.contains("Es gibt noch keine lokalen Benutzer."), list.describe());
    // The data folder named by --data-dir instead of the environment.
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("WAVESHELF_DATA_DIR"));
    const CliRun withArgument = CliRunner::inProcess(
        env, {QStringLiteral("--data-dir"), m_dir->path(), QStringLiteral("users"), QStringLiteral("list")});
    const QByteArray said = withArgument.err;
    QVERIFY2(said.contains("Es gibt noch keine lokalen Benutzer."), said.constData());
    // The run's German stays with the run (it used to stay the default for what ran after).
    QCOMPARE(QLocale(), before);
}

#include "tst_cliusers.moc"
