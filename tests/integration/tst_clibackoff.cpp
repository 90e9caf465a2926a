// The login backoff across processes: each run of the real waveshelf-cli is a
// new process, and still meets the failures of the runs before it.

#include "TestDataDir.h"
#include "TestSuite.h"

#include <QProcess>
#include <QTest>

namespace {

constexpr int kProcessTimeoutMs = 120'000;  // Argon2 on a busy machine
constexpr int kAuthFailed = 5;
constexpr int kFreeAttempts = 3;  // LoginThrottle::kFreeAttempts
const QString kLocalUser = QStringLiteral("dana");
const QString kPassword = QStringLiteral("dana's password");

struct CliRun {
    int exitCode = -1;
    QByteArray err;
};

}  // namespace

class TestCliBackoff final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void failuresOfEarlierRunsCount();

private:
    [[nodiscard]] CliRun run(const QStringList &arguments, const QString &password) const;

    waveshelf::test::TestDataDir m_dir;
};

void TestCliBackoff::initTestCase()
{
    WAVESHELF_SKIP_WITHOUT_POSTGRES();
    QVERIFY2(QFile::exists(QStringLiteral(WAVESHELF_CLI_PATH)), WAVESHELF_CLI_PATH);
    QVERIFY(m_dir.isValid());
}

CliRun TestCliBackoff::run(const QStringList &arguments, const QString &password) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), m_dir.path());
    if (m_dir.isPostgres())  // the variant's schema on the test server (password from PGPASSFILE)
        env.insert(QStringLiteral("WAVESHELF_DATABASE_URL"), m_dir.databaseLocation());
    env.insert(QStringLiteral("WAVESHELF_KDF_LIMITS"), QStringLiteral("interactive"));  // fast test users
    // Nothing here reaches the network: the login fails first.
    env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), QStringLiteral("waveshelf-sandbox"));
    env.insert(QStringLiteral("WAVESHELF_AUTHORIZE_URL"), QStringLiteral("http://127.0.0.1:9/authorize"));
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), QStringLiteral("http://127.0.0.1:9/oauth/token"));
    env.insert(QStringLiteral("WAVESHELF_API_URL"), QStringLiteral("http://127.0.0.1:9/"));
    env.insert(QStringLiteral("WAVESHELF_REDIRECT_URI"), QStringLiteral("http://127.0.0.1:9/callback"));
    env.remove(QStringLiteral("WAVESHELF_CLIENT_SECRET"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WAVESHELF_CLI_PATH), arguments);
    CliRun result;
    if (!process.waitForStarted())
        return result;
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

void TestCliBackoff::failuresOfEarlierRunsCount()
{
    QCOMPARE(
        run({QStringLiteral("users"), QStringLiteral("add"), kLocalUser, QStringLiteral("--password-stdin")}, kPassword)
            .exitCode,
        0);
    const QStringList whoami{QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser,
                             QStringLiteral("--password-stdin")};
    // The free attempts and the one that starts the wait: each a new process,
    // each an ordinary "not correct".
    for (int i = 0; i <= kFreeAttempts; ++i) {
        const CliRun wrong = run(whoami, QStringLiteral("not dana's password"));
        QCOMPARE(wrong.exitCode, kAuthFailed);
        QVERIFY2(wrong.err.contains("not correct"), wrong.err.constData());
    }
    // From here on a new process is refused before it checks the password,
    // with the wait. The waits double (1 s, 2 s, 4 s, ...), so however slow
    // this machine starts a process, one of the next runs lands inside one;
    // without a shared record every run would say "not correct" forever.
    bool refused = false;
    for (int i = 0; i < 6 && !refused; ++i) {
        const CliRun next = run(whoami, QStringLiteral("not dana's password"));
        if (next.err.contains("Too many failed attempts")) {
            refused = true;
            QVERIFY2(next.err.contains("second"), next.err.constData());
            QVERIFY(next.exitCode != 0 && next.exitCode != kAuthFailed);
        } else {
            // That wait had run out before this process looked: one more
            // failure, a wait twice as long.
            QCOMPARE(next.exitCode, kAuthFailed);
        }
    }
    QVERIFY(refused);
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliBackoff)
#include "tst_clibackoff.moc"
