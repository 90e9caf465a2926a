// SandboxProcess::stop never holds the GUI thread while the sandbox quits: with
// a sandbox that does not quit when its standard input closes (a stand-in
// script that says it is ready, then sleeps), stop() returns at once and the
// child is killed after kStopGraceMs; destroying the SandboxProcess (the app
// quitting) waits at most about kQuitWaitMs before killing it. The real
// sandbox starting and stopping: tst_endpointcheck.

#include "ResultSpy.h"
#include "TestSuite.h"
#include "config/AppConfig.h"
#include "firstrun/SandboxProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace waveshelf;

class TestSandboxProcessStop final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void stopReturnsAtOnceAndKillsAHungSandboxLater();
    void destroyingWaitsOnlyBriefly();

private:
    // Starts the stand-in; its process id (0: failed).
    [[nodiscard]] qint64 startHung(SandboxProcess &process);
    [[nodiscard]] static bool alive(qint64 pid) { return ::kill(pid_t(pid), 0) == 0; }

    QTemporaryDir m_dir;
};

void TestSandboxProcessStop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile script(m_dir.filePath(QStringLiteral("waveshelf-sandbox")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    // Ready at once, then deaf to its standard input closing (no --exit-with-stdin).
    script.write("#!/bin/sh\n"
                 "echo $$ > \"$(dirname \"$0\")/pid\"\n"
                 "echo '{\"base_url\":\"http://127.0.0.1:9/\",\"client_id\":\"hung\"}'\n"
                 "exec sleep 60 < /dev/null\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

qint64 TestSandboxProcessStop::startHung(SandboxProcess &process)
{
    QFile::remove(m_dir.filePath(QStringLiteral("pid")));
    test::ResultSpy<SandboxEndpoints> started;
    process.start(AppConfig::defaultRedirectUri(), started.context(), started.callback());
    if (!started.wait(SandboxProcess::kStartTimeoutMs) || !started.last().ok())
        return 0;
    QFile pid(m_dir.filePath(QStringLiteral("pid")));
    return pid.open(QIODevice::ReadOnly) ? pid.readAll().trimmed().toLongLong() : 0;
}

void TestSandboxProcessStop::stopReturnsAtOnceAndKillsAHungSandboxLater()
{
    SandboxProcess process(QStringList{m_dir.path()});
    const qint64 pid = startHung(process);
    QVERIFY(pid > 0);
    QVERIFY(process.isRunning());
    QElapsedTimer clock;
    clock.start();
    process.stop();
    QVERIFY2(clock.elapsed() < SandboxProcess::kStopGraceMs / 2, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!process.isRunning());
    QVERIFY(alive(pid));                                                           // not waited for
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), SandboxProcess::kStopGraceMs + 10'000);  // killed, and reaped
    // Not before the grace period (a coarse timer may fire up to 5 % early).
    QVERIFY2(clock.elapsed() >= SandboxProcess::kStopGraceMs * 9 / 10, qPrintable(QString::number(clock.elapsed())));
}

void TestSandboxProcessStop::destroyingWaitsOnlyBriefly()
{
    auto process = std::make_unique<SandboxProcess>(QStringList{m_dir.path()});
    const qint64 pid = startHung(*process);
    QVERIFY(pid > 0);
    QElapsedTimer clock;
    clock.start();
    process.reset();
    QVERIFY2(clock.elapsed() < 4 * SandboxProcess::kQuitWaitMs + 500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!alive(pid));  // killed and reaped before the destructor returned
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxProcessStop)
#include "tst_sandboxprocessstop.moc"
