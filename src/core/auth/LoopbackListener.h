#pragma once

#include <QAbstractSocket>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace waveshelf {

// The listening sockets of LoopbackReceiver: 127.0.0.1, and [::1] too when
// the redirect URI says "localhost" (a browser may resolve it to either).
// Never any other address. A machine without IPv6 loopback listens on
// 127.0.0.1 only (logged); [::1] taken by another program is an error, since
// a browser could send the answer there.
class LoopbackListener final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackListener)

public:
    explicit LoopbackListener(QObject *parent = nullptr);
    ~LoopbackListener() override;

    // False on failure: see error() and errorString().
    [[nodiscard]] bool listen(quint16 port, bool alsoIpv6, int maxPendingConnections);
    void close();

    [[nodiscard]] bool isListening() const;
    // 127.0.0.1 while listening (its IPv6 twin, if any, has the same port).
    [[nodiscard]] QHostAddress serverAddress() const;
    [[nodiscard]] quint16 serverPort() const;
    [[nodiscard]] QList<QHostAddress> addresses() const;
    [[nodiscard]] QAbstractSocket::SocketError error() const { return m_error; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

signals:
    // A new connection, parented to the listener; the receiver takes it over.
    void connected(QTcpSocket *socket);

private:
    [[nodiscard]] QTcpServer *listenOn(const QHostAddress &address, quint16 port, int maxPendingConnections);

    QList<QTcpServer *> m_servers;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QString m_errorString;
};

}  // namespace waveshelf
