#include "auth/LoopbackListener.h"

#include "common/LogCategories.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace waveshelf {

LoopbackListener::LoopbackListener(QObject *parent)
    : QObject(parent)
{
}

LoopbackListener::~LoopbackListener()
{
    close();
}

QTcpServer *LoopbackListener::listenOn(const QHostAddress &address, quint16 port, int maxPendingConnections)
{
    auto *server = new QTcpServer(this);
    server->setMaxPendingConnections(maxPendingConnections);
    if (!server->listen(address, port)) {
        m_error = server->serverError();
        m_errorString = QStringLiteral("listen on %1 port %2 failed: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(server->errorString());
        delete server;
        return nullptr;
    }
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            socket->setParent(this);
            emit connected(socket);
        }
    });
    return server;
}

bool LoopbackListener::listen(quint16 port, bool alsoIpv6, int maxPendingConnections)
{
    close();
    QTcpServer *ipv4 = listenOn(QHostAddress(QHostAddress::LocalHost), port, maxPendingConnections);
    if (!ipv4)
        return false;
    m_servers.append(ipv4);
    if (!alsoIpv6)
        return true;
    if (QTcpServer *ipv6 = listenOn(QHostAddress(QHostAddress::LocalHostIPv6), ipv4->serverPort(),
                                    maxPendingConnections)) {
        m_servers.append(ipv6);
        return true;
    }
    if (m_error == QAbstractSocket::AddressInUseError) {
        // Someone else would get the browser's answer when localhost is ::1.
        close();
        m_error = QAbstractSocket::AddressInUseError;
        return false;
    }
    qCInfo(lcAuth) << "no IPv6 loopback here; listening on 127.0.0.1 only:" << m_errorString;
    m_error = QAbstractSocket::UnknownSocketError;
    m_errorString.clear();
    return true;
}

void LoopbackListener::close()
{
    qDeleteAll(m_servers);  // closes them
    m_servers.clear();
}

bool LoopbackListener::isListening() const
{
    return !m_servers.isEmpty() && m_servers.constFirst()->isListening();
}

QHostAddress LoopbackListener::serverAddress() const
{
    return m_servers.isEmpty() ? QHostAddress() : m_servers.constFirst()->serverAddress();
}

quint16 LoopbackListener::serverPort() const
{
    return m_servers.isEmpty() ? 0 : m_servers.constFirst()->serverPort();
}

QList<QHostAddress> LoopbackListener::addresses() const
{
    QList<QHostAddress> result;
    for (const QTcpServer *server : m_servers)
        result.append(server->serverAddress());
    return result;
}

}  // namespace waveshelf
