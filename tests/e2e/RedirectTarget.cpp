#include "RedirectTarget.h"

#include <QTcpSocket>

namespace popuptest {

RedirectTarget::RedirectTarget()
{
    m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->close();
            socket->deleteLater();
        }
    });
}

QUrl RedirectTarget::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort()));
}

QByteArray RedirectTarget::answer() const
{
    return redirectUri().toEncoded() + QByteArrayLiteral("?code=ab+c%2Bd%2F9&state=s%2Bt+u~v");
}

}  // namespace popuptest
