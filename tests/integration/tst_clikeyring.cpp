// waveshelf-cli reads a client secret kept in the system keyring as the app
// does: only when the settings file says one is there, the environment's
// WAVESHELF_CLIENT_SECRET winning (in this process, CliRunner::inProcess);
// with no keyring running it says so in plain words and goes on (the real
// binary, with no session bus).

#include "CliRunner.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "secrets/ClientSecretStore.h"

#include <QFile>
#include <QSettings>
#include <QTest>

using namespace waveshelf;

class TestCliKeyring final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void missingKeyringIsSaid();
    void environmentSecretWins();
    void noSecretInKeyringAsksNothing();

private:
    struct Run {
        int exitCode = -1;
        QString err;
    };
    // `users list` as the real binary, or in this process.
    [[nodiscard]] Run usersList(const QProcessEnvironment &env) const;
    [[nodiscard]] Run usersListInProcess(const QProcessEnvironment &env) const;
    [[nodiscard]] QProcessEnvironment environment() const;
    void writeSettings(bool secretInKeyring) const;

    std::unique_ptr<test::TestDataDir> m_dir;
};

void TestCliKeyring::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
}

QProcessEnvironment TestCliKeyring::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));  // no keyring: no bus, none to start
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAVESHELF_CLIENT_ID"));
    env.remove(QStringLiteral("WAVESHELF_CLIENT_SECRET"));
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), m_dir->path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

void TestCliKeyring::writeSettings(bool secretInKeyring) const
{
    const QString path = m_dir->config().settingsPath();
    {
        QSettings ini(path, QSettings::IniFormat);
        ini.setValue(QStringLiteral("soundcloud/client_id"), QStringLiteral("my-client"));
        ini.setValue(QStringLiteral("soundcloud/client_secret_in_keyring"), secretInKeyring);
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

TestCliKeyring::Run TestCliKeyring::usersList(const QProcessEnvironment &env) const
{
    const clitest::CliRun run = clitest::CliRunner::process(env, {QStringLiteral("users"), QStringLiteral("list")});
    return {run.exitCode, QString::fromUtf8(run.err)};
}

TestCliKeyring::Run TestCliKeyring::usersListInProcess(const QProcessEnvironment &env) const
{
    const clitest::CliRun run = clitest::CliRunner::inProcess(env, {QStringLiteral("users"), QStringLiteral("list")});
    return {run.exitCode, QString::fromUtf8(run.err)};
}

void TestCliKeyring::missingKeyringIsSaid()
{
    writeSettings(true);
    const Run run = usersList(environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(ClientSecretStore::noKeyringMessage()), qPrintable(run.err));
}

void TestCliKeyring::environmentSecretWins()
{
    writeSettings(true);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("WAVESHELF_CLIENT_SECRET"), QStringLiteral("from-the-environment"));
    const Run run = usersListInProcess(env);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(QStringLiteral("keyring")), qPrintable(run.err));
}

void TestCliKeyring::noSecretInKeyringAsksNothing()
{
    writeSettings(false);
    const Run run = usersListInProcess(environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(QStringLiteral("keyring")), qPrintable(run.err));
}

WAVESHELF_TEST_GUILESS_MAIN(TestCliKeyring)
#include "tst_clikeyring.moc"
