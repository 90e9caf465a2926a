// The client secret store where no keyring service runs (the usual case in
// tests and CI): no D-Bus session bus at all, as on a bare server or in a
// container. Every call says so in plain words; nothing is written anywhere.

#include "ResultSpy.h"
#include "TestSuite.h"
#include "secrets/ClientSecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace waveshelf;

class TestKeyringAbsent final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void readSaysThereIsNoKeyring();
    void writeSaysSoAndLeavesNoFile();
    void removeSaysSo();

private:
    QTemporaryDir m_home;
};

void TestKeyringAbsent::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));  // cleared in main()
}

void TestKeyringAbsent::readSaysThereIsNoKeyring()
{
    ClientSecretStore store(QStringLiteral("io.github.waveshelf.test"));
    test::ResultSpy<QString> spy;
    store.read(QStringLiteral("some-client"), spy.context(), spy.callback());
    QVERIFY(spy.wait(30'000));
    QCOMPARE(spy.count(), 1);
    QVERIFY(!spy.last().ok());
    QCOMPARE(spy.last().error().kind, ErrorKind::Unreachable);
    QCOMPARE(spy.last().error().message, ClientSecretStore::noKeyringMessage());
    QVERIFY(spy.last().error().message.contains(QStringLiteral("WAVESHELF_CLIENT_SECRET")));
}

void TestKeyringAbsent::writeSaysSoAndLeavesNoFile()
{
    const QString secret = QStringLiteral("s3cret-never-on-disk");
    ClientSecretStore store(QStringLiteral("io.github.waveshelf.test"));
    test::ResultSpy<void> spy;
    store.write(QStringLiteral("some-client"), secret, spy.context(), spy.callback());
    QVERIFY(spy.wait(30'000));
    QVERIFY(!spy.last().ok());
    QCOMPARE(spy.last().error().kind, ErrorKind::Unreachable);
    QVERIFY(!spy.last().error().detail.contains(secret));
    // No plain-text fallback: nothing in HOME (QSettings, a keyring file) holds it.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

void TestKeyringAbsent::removeSaysSo()
{
    ClientSecretStore store(QStringLiteral("io.github.waveshelf.test"));
    test::ResultSpy<void> spy;
    store.remove(QStringLiteral("some-client"), spy.context(), spy.callback());
    QVERIFY(spy.wait(30'000));
    QVERIFY(!spy.last().ok());
    QCOMPARE(spy.last().error().message, ClientSecretStore::noKeyringMessage());
}

namespace {

int runKeyringAbsent(int argc, char **argv)
{
    // No session bus, and no way to start one (X11 autolaunch needs a display).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_RUNTIME_DIR", QByteArray());
    QCoreApplication app(argc, argv);
    TestKeyringAbsent test;
    return QTest::qExec(&test, argc, argv);
}

}  // namespace

WAVESHELF_TEST_RUNNER(runKeyringAbsent)

#include "tst_keyringabsent.moc"
