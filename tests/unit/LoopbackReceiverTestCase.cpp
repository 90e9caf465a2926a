#include "LoopbackReceiverTestCase.h"

#include "LoopbackPort.h"

#include <QTcpSocket>
#include <QTest>

using waveshelf::test::LoopbackPort;

namespace loopbacktest {

const QByteArray LoopbackReceiverTestCase::kState = QByteArrayLiteral("expected-state-Zq8");
const QByteArray LoopbackReceiverTestCase::kCode = QByteArrayLiteral("the-secret-code-51xK");

void LoopbackReceiverTestCase::init()
{
    m_port = freePort();
    QVERIFY(m_port != 0);
}

quint16 LoopbackReceiverTestCase::freePort()
{
    return LoopbackPort::free();
}

QUrl LoopbackReceiverTestCase::redirectUriFor(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
}

QByteArray LoopbackReceiverTestCase::exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(kWaitMs))
        return {};
    socket.write(request);
    QByteArray answer;
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        kWaitMs);
    answer += socket.readAll();
    return closed ? answer : QByteArray("never closed");
}

int LoopbackReceiverTestCase::statusOf(const QByteArray &answer)
{
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = answer.left(answer.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 && parts.at(0) == "HTTP/1.1" ? parts.at(1).toInt() : -1;
}

QByteArray LoopbackReceiverTestCase::bodyOf(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : answer.mid(end + 4);
}

QByteArray LoopbackReceiverTestCase::get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\nAccept: */*\r\n\r\n";
}

QByteArray LoopbackReceiverTestCase::goodTarget()
{
    return "/callback?code=" + kCode + "&state=" + kState;
}

bool LoopbackReceiverTestCase::portIsClosed(quint16 port)
{
    return LoopbackPort::isClosed(port, kWaitMs);
}

}  // namespace loopbacktest
