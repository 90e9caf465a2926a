#include "LoopbackPort.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace waveshelf::test {

quint16 LoopbackPort::free()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool LoopbackPort::isClosed(quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool settled = QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::UnconnectedState
                || socket.state() == QAbstractSocket::ConnectedState;
        },
        timeoutMs);
    return settled && socket.state() == QAbstractSocket::UnconnectedState
        && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

}  // namespace waveshelf::test
