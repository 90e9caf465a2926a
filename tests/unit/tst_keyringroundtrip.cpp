// The client secret stored and read back through a real Secret Service: a
// throwaway GNOME Keyring on a private session bus, started by
// keyring-session.sh (skipped when gnome-keyring-daemon is not installed).

#include "ResultSpy.h"
#include "TestSuite.h"
#include "secrets/ClientSecretStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTest>

using namespace waveshelf;

class TestKeyringRoundTrip final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadReplaceRemove();
    void entriesArePerClientId();
};

void TestKeyringRoundTrip::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("WAVESHELF_TEST_KEYRING"))
        QSKIP("run through keyring-session.sh, which starts a private GNOME Keyring");
    // The daemon registers on the bus once its keyring is unlocked; asking before
    // that would start a second one through D-Bus activation.
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    QVERIFY(bus);
    QTRY_VERIFY_WITH_TIMEOUT(bus->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value(), 30'000);
}

void TestKeyringRoundTrip::storeReadReplaceRemove()
{
    ClientSecretStore store(QStringLiteral("io.github.waveshelf.test"));
    const QString client = QStringLiteral("my-client");
    {
        test::ResultSpy<QString> none;
        store.read(client, none.context(), none.callback());
        QVERIFY(none.wait(30'000));
        QVERIFY2(none.last().ok(), qPrintable(none.firstError().detail));
        QCOMPARE(none.last().value(), QString());  // nothing stored yet
    }
    for (const QString &secret : {QStringLiteral("first secret +&=%"), QStringLiteral("second-secret")}) {
        test::ResultSpy<void> written;
        store.write(client, secret, written.context(), written.callback());
        QVERIFY(written.wait(30'000));
        QVERIFY2(written.last().ok(), qPrintable(written.firstError().detail));
        test::ResultSpy<QString> read;
        store.read(client, read.context(), read.callback());
        QVERIFY(read.wait(30'000));
        QVERIFY2(read.last().ok(), qPrintable(read.firstError().detail));
        QCOMPARE(read.last().value(), secret);
    }
    test::ResultSpy<void> removed;
    store.write(client, QString(), removed.context(), removed.callback());  // empty: removes
    QVERIFY(removed.wait(30'000));
    QVERIFY(removed.last().ok());
    test::ResultSpy<QString> gone;
    store.read(client, gone.context(), gone.callback());
    QVERIFY(gone.wait(30'000));
    QVERIFY(gone.last().ok());
    QCOMPARE(gone.last().value(), QString());
}

void TestKeyringRoundTrip::entriesArePerClientId()
{
    ClientSecretStore store(QStringLiteral("io.github.waveshelf.test"));
    test::ResultSpy<void> written;
    store.write(QStringLiteral("client-a"), QStringLiteral("secret-a"), written.context(), written.callback());
    QVERIFY(written.wait(30'000));
    QVERIFY(written.last().ok());
    test::ResultSpy<QString> other;
    store.read(QStringLiteral("client-b"), other.context(), other.callback());
    QVERIFY(other.wait(30'000));
    QVERIFY(other.last().ok());
    QCOMPARE(other.last().value(), QString());
    // A context gone before the answer: nothing is delivered, nothing crashes.
    {
        test::ResultSpy<QString> early;
        store.read(QStringLiteral("client-a"), early.context(), early.callback());
    }
    test::ResultSpy<void> cleaned;
    store.remove(QStringLiteral("client-a"), cleaned.context(), cleaned.callback());
    QVERIFY(cleaned.wait(30'000));
    QVERIFY(cleaned.last().ok());
}

WAVESHELF_TEST_GUILESS_MAIN(TestKeyringRoundTrip)
#include "tst_keyringroundtrip.moc"
