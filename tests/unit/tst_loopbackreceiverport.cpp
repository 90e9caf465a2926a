// The loopback end of "Sign in with your web browser": its port on 127.0.0.1, open
// only while it waits (success, cancel, timeout, deletion), and the URIs it refuses.

#include "LoopbackReceiverTestCase.h"
#include "TestSuite.h"
#include "auth/LoopbackReceiver.h"

#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace loopbacktest;
using namespace waveshelf;
using namespace std::chrono_literals;

class TestLoopbackReceiverPort final : public LoopbackReceiverTestCase {
    Q_OBJECT

private slots:
    void portIsClosedAfterSuccess();
    void cancelClosesThePort();
    void timeoutFailsAndClosesThePort();
    void deletingTheReceiverClosesThePortSilently();
    void portInUseIsAClearError();
    void bindsLoopbackOnly();
    void refusesRedirectUrisItCannotReceive_data();
    void refusesRedirectUrisItCannotReceive();
};

void TestLoopbackReceiverPort::portIsClosedAfterSuccess()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QVERIFY(!portIsClosed(m_port));
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
    QCOMPARE(statusOf(exchange(m_port, get(goodTarget()))), 200);
    QCOMPARE(received.count(), 1);
    QVERIFY(!receiver.isListening());
    QVERIFY(portIsClosed(m_port));
    // Cancel after the end changes nothing.
    receiver.cancel();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackReceiverPort::cancelClosesThePort()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
    receiver.cancel();
    QCOMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!receiver.isListening());
    QVERIFY(portIsClosed(m_port));
    receiver.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(received.count(), 0);
}

void TestLoopbackReceiverPort::timeoutFailsAndClosesThePort()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    receiver.setTimeout(300ms);
    QVERIFY(receiver.start().ok());
    QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
    // A stray request does not keep it alive.
    QCOMPARE(statusOf(exchange(m_port, get("/favicon.ico"))), 404);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(error.message.contains(QLatin1String("stopped waiting")));
    QVERIFY(!receiver.isListening());
    QVERIFY(portIsClosed(m_port));
}

void TestLoopbackReceiverPort::deletingTheReceiverClosesThePortSilently()
{
    auto receiver = std::make_unique<LoopbackReceiver>(redirectUriFor(m_port), kState);
    QVERIFY(receiver->start().ok());
    QTcpSocket pending;  // a connection still open when the receiver goes
    pending.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(pending.waitForConnected(kWaitMs));
    QTRY_COMPARE(receiver->findChildren<QTcpSocket *>().size(), 1);  // accepted by the receiver
    QSignalSpy failed(receiver.get(), &LoopbackReceiver::failed);
    QSignalSpy received(receiver.get(), &LoopbackReceiver::redirectReceived);
    receiver.reset();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(received.count(), 0);
    QVERIFY(portIsClosed(m_port));
}

void TestLoopbackReceiverPort::portInUseIsAClearError()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    const Result<void> started = receiver.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ErrorKind::Unreachable);
    QVERIFY2(started.error().message.contains(QStringLiteral("Another program is using port %1").arg(m_port)),
             qPrintable(started.error().message));
    QVERIFY(started.error().message.contains(QLatin1String("Settings")));
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiverPort::bindsLoopbackOnly()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QCOMPARE(receiver.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(receiver.serverPort(), m_port);
    // Through any other address of this machine, nobody answers.
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, m_port);
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
    }
}

void TestLoopbackReceiverPort::refusesRedirectUrisItCannotReceive_data()
{
    QTest::addColumn<QUrl>("redirectUri");
    QTest::newRow("https") << QUrl(QStringLiteral("https://127.0.0.1:8765/callback"));
    QTest::newRow("custom scheme") << QUrl(QStringLiteral("waveshelf://callback"));
    QTest::newRow("remote host") << QUrl(QStringLiteral("http://example.com:8765/callback"));
    QTest::newRow("any address") << QUrl(QStringLiteral("http://0.0.0.0:8765/callback"));
    QTest::newRow("LAN address") << QUrl(QStringLiteral("http://192.168.1.20:8765/callback"));
    QTest::newRow("no port") << QUrl(QStringLiteral("http://127.0.0.1/callback"));
    QTest::newRow("empty") << QUrl();
}

void TestLoopbackReceiverPort::refusesRedirectUrisItCannotReceive()
{
    QFETCH(QUrl, redirectUri);
    LoopbackReceiver receiver(redirectUri, kState);
    const Result<void> started = receiver.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!started.error().message.isEmpty());
    QVERIFY(!receiver.isListening());
}

WAVESHELF_TEST_GUILESS_MAIN(TestLoopbackReceiverPort)
#include "tst_loopbackreceiverport.moc"
