// The real binaries refuse core dumps: waveshelf-cli (waiting for a password
// on stdin) and the app (at its login page) run with RLIMIT_CORE 0, soft and
// hard, and are not dumpable, so decrypted tokens and passwords in their
// memory never land in a core file and other processes of the same user
// cannot read that memory through /proc. Read from /proc/<pid> of the
// running process, as an attacker would see it.

#include "BuiltPath.h"
#include "TestDataDir.h"
#include "TestSuite.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#ifdef Q_OS_LINUX
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

constexpr int kWaitMs = 30'000;
#ifdef Q_OS_LINUX
constexpr uid_t kNobody = 65534;
#endif

QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// "Max core file size  0  0  bytes" -> {"0", "0"}
QStringList coreLimits(qint64 pid)
{
    static const QRegularExpression line(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"),
                                         QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(procFile(pid, "limits")));
    return match.hasMatch() ? QStringList{match.captured(1), match.captured(2)} : QStringList();
}

}  // namespace

class TestProcessHardening final : public QObject {
    Q_OBJECT

private slots:
    void binaryRefusesCoreDumps_data();
    void binaryRefusesCoreDumps();
};

void TestProcessHardening::binaryRefusesCoreDumps_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("waveshelf-cli waiting for a password")
        << waveshelf::test::BuiltPath::of("WAVESHELF_CLI_PATH")
        << QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("dana"),
                       QStringLiteral("--password-stdin")};
    // The app is built with the GUI only (not in the sanitizer build, which leaves this unset).
    if (qEnvironmentVariableIsSet("WAVESHELF_APP_PATH"))
        QTest::newRow("waveshelf at its login page")
            << waveshelf::test::BuiltPath::of("WAVESHELF_APP_PATH") << QStringList();
}

void TestProcessHardening::binaryRefusesCoreDumps()
{
#ifndef Q_OS_LINUX
    QSKIP("Linux only");
#else
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    waveshelf::test::TestDataDir dir;
    QVERIFY(dir.isValid());
    const QString dataDir = dir.path() + QStringLiteral("/data");

    // A non-dumpable process's /proc/<pid> files belong to root. When this test
    // runs as root that tells nothing, so the binary then runs as "nobody".
    const bool asNobody = ::geteuid() == 0;
    if (asNobody)
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0777), 0);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), dir.path());
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    process.setProcessEnvironment(env);
    if (asNobody) {
        process.setChildProcessModifier([] {
            const gid_t group = kNobody;
            if (::setgroups(1, &group) != 0 || ::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
                ::_exit(99);
        });
    }
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    QVERIFY2(process.waitForStarted(kWaitMs), qPrintable(process.errorString()));
    const qint64 pid = process.processId();

    // Hardening is the first thing main() does; wait for it rather than sleep.
    const QStringList hardLimitsOff{QStringLiteral("0"), QStringLiteral("0")};
    QTRY_VERIFY_WITH_TIMEOUT(process.state() != QProcess::Running || coreLimits(pid) == hardLimitsOff, kWaitMs);
    QCOMPARE(process.state(), QProcess::Running);  // still waiting (for a password, or at the login page)
    QCOMPARE(coreLimits(pid), hardLimitsOff);

    const QByteArray status = procFile(pid, "status");
    static const QRegularExpression uidLine(QStringLiteral("^Uid:\\s+(\\d+)"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch uid = uidLine.match(QString::fromLatin1(status));
    QVERIFY(uid.hasMatch());
    QVERIFY2(uid.captured(1).toUInt() != 0, "the binary must run as an ordinary user for this check");
    struct stat info {};
    QCOMPARE(::stat(QStringLiteral("/proc/%1/status").arg(pid).toLatin1().constData(), &info), 0);
    QCOMPARE(info.st_uid, uid_t(0));  // not dumpable: the kernel hands /proc/<pid> to root

    process.kill();
    QVERIFY(process.waitForFinished(kWaitMs));
#endif
}

WAVESHELF_TEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
