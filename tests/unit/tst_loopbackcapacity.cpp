// The loopback end of "Sign in with your web browser" under pressure: another
// local user holding idle connections cannot lock the browser out, idle
// connections go fast, and a "localhost" redirect URI is heard on both
// 127.0.0.1 and [::1] (a browser may resolve localhost to either).

#include "TestSuite.h"
#include "auth/LoopbackReceiver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace waveshelf;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10'000;
const QByteArray kState = QByteArrayLiteral("expected-state-Zq8");

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// The browser coming back: GET <host:port>/callback?code=…&state=…; the HTTP status.
int browserGet(const QString &hostAndPort)
{
    QNetworkAccessManager browser;
    const QUrl url(
        QStringLiteral("http://%1/callback?code=the-code&state=%2").arg(hostAndPort, QString::fromLatin1(kState)));
    std::unique_ptr<QNetworkReply> reply(browser.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(kWaitMs))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

}  // namespace

class TestLoopbackCapacity final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void idleConnectionsCannotBlockTheRedirect();
    void idleConnectionIsDroppedFast();
    void localhostIsReceivedOnBothFamilies_data();
    void localhostIsReceivedOnBothFamilies();

private:
    quint16 m_port = 0;
};

void TestLoopbackCapacity::init()
{
    m_port = freePort();
    QVERIFY(m_port != 0);
}

void TestLoopbackCapacity::idleConnectionsCannotBlockTheRedirect()
{
    LoopbackReceiver receiver(QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port)), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    // Another local user holds more idle connections than the receiver keeps.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < LoopbackReceiver::kMaxConnections + 4; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket->waitForConnected(kWaitMs));
        idle.push_back(std::move(socket));
    }
    QCoreApplication::processEvents();  // the receiver accepts them all

    // The real browser still gets through.
    QCOMPARE(browserGet(QStringLiteral("127.0.0.1:%1").arg(m_port)), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackCapacity::idleConnectionIsDroppedFast()
{
    LoopbackReceiver receiver(QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port)), kState);
    QVERIFY(receiver.start().ok());
    QVERIFY(LoopbackReceiver::kDefaultConnectionTimeout <= 5s);
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(silent.waitForConnected(kWaitMs));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(silent.state() == QAbstractSocket::UnconnectedState, kWaitMs);
    QVERIFY(clock.elapsed() < 6000);
}

void TestLoopbackCapacity::localhostIsReceivedOnBothFamilies_data()
{
    QTest::addColumn<QString>("browserHost");
    QTest::newRow("IPv4") << QStringLiteral("127.0.0.1");
    QTest::newRow("IPv6") << QStringLiteral("[::1]");
}

void TestLoopbackCapacity::localhostIsReceivedOnBothFamilies()
{
    QFETCH(QString, browserHost);
    if (browserHost.startsWith(u'[')) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("this machine has no ::1");
    }
    LoopbackReceiver receiver(QUrl(QStringLiteral("http://localhost:%1/callback").arg(m_port)), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QCOMPARE(browserGet(QStringLiteral("%1:%2").arg(browserHost).arg(m_port)), 200);
    QCOMPARE(received.count(), 1);
    // Closed afterwards.
    QTcpSocket socket;
    socket.connectToHost(browserHost.startsWith(u'[') ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                      : QHostAddress(QHostAddress::LocalHost),
                         m_port);
    QVERIFY(!socket.waitForConnected(kWaitMs));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

WAVESHELF_TEST_GUILESS_MAIN(TestLoopbackCapacity)
#include "tst_loopbackcapacity.moc"
