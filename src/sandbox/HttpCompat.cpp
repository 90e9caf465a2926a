#include "HttpCompat.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QMetaEnum>
#include <QTcpSocket>
#include <QUrl>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace waveshelf::sandbox::compat {

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest result;
    result.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                   static_cast<int>(request.method())))
                        .toUpper();
    const QUrl url = request.url();
    result.path = url.path();
    result.query = FormFields::parse(url.query(QUrl::FullyEncoded).toUtf8());
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type")).toLower();
    if (contentType.isEmpty() || contentType.startsWith("application/x-www-form-urlencoded"))
        result.form = FormFields::parse(request.body());
    else if (contentType.startsWith("application/json"))
        result.json = request.body();
    result.authorization = request.value(QByteArrayLiteral("Authorization"));
    result.cookie = request.value(QByteArrayLiteral("Cookie"));
    result.ifNoneMatch = request.value(QByteArrayLiteral("If-None-Match"));
    result.userAgent = request.value(QByteArrayLiteral("User-Agent"));
    return result;
}

bool isKnownStatus(int status)
{
    if (status < 100 || status > 511)
        return false;
    return QMetaEnum::fromType<QHttpServerResponder::StatusCode>().valueToKey(status) != nullptr;
}

void send(QHttpServerResponder &responder, const SandboxReply &reply)
{
    const int code = isKnownStatus(reply.status) ? reply.status : 500;
    QHttpServerResponse response(reply.contentType, reply.body, static_cast<QHttpServerResponder::StatusCode>(code));
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    for (const auto &header : reply.headers)
        headers.append(header.first, header.second);
    response.setHeaders(std::move(headers));
    responder.sendResponse(response);
#else
    for (const auto &header : reply.headers)
        response.addHeader(header.first, header.second);
    response.write(std::move(responder));
#endif
}

QPointer<QTcpSocket> connectionOf(const QHttpServerRequest &request, QHttpServerResponder &responder,
                                  const QList<QObject *> &roots)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    Q_UNUSED(request)
    Q_UNUSED(roots)
    return responder.socket();
#else
    Q_UNUSED(responder)
    for (QObject *root : roots) {
        const QList<QTcpSocket *> sockets = root->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            if (socket->peerPort() == request.remotePort() && socket->peerAddress() == request.remoteAddress())
                return socket;
        }
    }
    return nullptr;
#endif
}

}  // namespace waveshelf::sandbox::compat
