#include "network/HttpReply.h"

#include <QCoreApplication>

namespace waveshelf {

HttpReply HttpReply::take(QNetworkReply &reply)
{
    HttpReply result;
    result.status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply.error();
    result.contentType = reply.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.body = reply.readAll();
    result.location = reply.rawHeader(QByteArrayLiteral("Location"));
    return result;
}

void HttpReply::onFinished(QNetworkReply *reply, QObject *context, std::function<void(const HttpReply &)> handler)
{
    QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    const QMetaObject::Connection answer = QObject::connect(
        reply, &QNetworkReply::finished, context, [reply, handler = std::move(handler)] { handler(take(*reply)); });
    // Qt still delivers signals to an object while it emits destroyed(), and
    // abort() emits finished() at once: cut the handler off first, or it would
    // run on a half-destroyed context.
    QObject::connect(context, &QObject::destroyed, reply, [reply, answer] {
        QObject::disconnect(answer);
        reply->abort();
    });
}

Error HttpReply::transportError() const
{
    QString message;
    switch (networkError) {
    case QNetworkReply::OperationCanceledError:  // what a transfer timeout reports
    case QNetworkReply::TimeoutError:
        message = tr("SoundCloud did not answer in time. Check your connection and try again.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        message = tr("A secure connection to SoundCloud could not be made. Nothing was sent; check your "
                     "network, clock and proxy.");
        break;
    default:
        message = tr("SoundCloud is unreachable, try again.");
        break;
    }
    return Error{ErrorKind::Unreachable, message, QStringLiteral("network error %1").arg(int(networkError))};
}

}  // namespace waveshelf
