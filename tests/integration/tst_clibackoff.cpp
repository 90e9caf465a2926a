// The login backoff across processes: each run of the real waveshelf-cli is a
// new process, and still meets the failures recorded by other processes
// (this one, through the same database), and leaves its own for them.

#include "BuiltPath.h"
#include "CliRunner.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "accounts/LoginThrottle.h"
#include "app/AppCore.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace waveshelf;
using namespace clitest;

namespace {

constexpr int kFreeAttempts = LoginThrottle::kFreeAttempts;
const QString kLocalUser = QStringLiteral("dana");
const QString kPassword = QStringLiteral("dana's password");

}  // namespace

class TestCliBackoff final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void failuresOfEarlierRunsCount();

private:
    [[nodiscard]] QProcessEnvironment environment() const;

    waveshelf::test::TestDataDir m_dir;
};

void TestCliBackoff::initTestCase()
{
    WAVESHELF_SKIP_WITHOUT_POSTGRES();
    QVERIFY2(QFile::exists(test::BuiltPath::of("WAVESHELF_CLI_PATH")), "WAVESHELF_CLI_PATH");
    QVERIFY(m_dir.isValid());
}

QProcessEnvironment TestCliBackoff::environment() const
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
    return env;
}

void TestCliBackoff::failuresOfEarlierRunsCount()
{
    QCOMPARE(CliRunner::inProcess(
                 environment(),
                 {QStringLiteral("users"), QStringLiteral("add"), kLocalUser, QStringLiteral("--password-stdin")},
                 line(kPassword))
                 .exitCode,
             kOk);
    const QStringList whoami{QStringLiteral("whoami"), QStringLiteral("--user"), kLocalUser,
                             QStringLiteral("--password-stdin")};
    const QByteArray wrongPassword = line(QStringLiteral("not dana's password"));

    // A first failure in a process of its own: an ordinary "not correct".
    const CliRun first = CliRunner::process(environment(), whoami, wrongPassword);
    QCOMPARE(first.exitCode, kAuthFailed);
    QVERIFY2(first.err.contains("not correct"), first.err.constData());

    // The rest of the free attempts and the one that starts the wait, from this
    // process (as the app or another waveshelf-cli would, on the same
    // database): each an ordinary "not correct". Only with the first
    // process's failure are they one too many, and a wait starts.
    const QDateTime beforeThem = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= kFreeAttempts; ++i) {
        const CliRun wrong = CliRunner::inProcess(environment(), whoami, wrongPassword);
        QCOMPARE(wrong.exitCode, kAuthFailed);
        QVERIFY2(wrong.err.contains("not correct"), wrong.err.constData());
    }
    {
        auto core = AppCore::open(m_dir.config());
        QVERIFY2(core.ok(), core.ok() ? "" : qPrintable(core.error().message));
        LoginThrottle throttle(core.value()->database());
        const auto blocked = throttle.blockedUntil(kLocalUser, beforeThem);
        QVERIFY(blocked.ok());
        QVERIFY2(blocked.value().has_value(), "the first process's failure was not counted");

        // More failures here, up to the longest wait: however slowly this
        // machine starts a process, the next one starts inside it, and is
        // refused before it checks the password, with the wait.
        for (int failures = kFreeAttempts + 1;
             LoginThrottle::delaySecondsAfter(failures) < LoginThrottle::kMaxDelaySeconds; ++failures)
            QVERIFY(throttle.recordFailure(kLocalUser, QDateTime::currentDateTimeUtc()).ok());
    }
    const CliRun refused = CliRunner::process(environment(), whoami, wrongPassword);
    QVERIFY2(refused.err.contains("Too many failed attempts"), refused.err.constData());
    QVERIFY2(refused.err.contains("second"), refused.err.constData());
    QVERIFY(refused.exitCode != 0 && refused.exitCode != kAuthFailed);
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliBackoff)
#include "tst_clibackoff.moc"
