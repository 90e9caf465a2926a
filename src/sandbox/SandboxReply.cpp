#include "SandboxReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace waveshelf::sandbox {

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/json; charset=utf-8");

}  // namespace

void SandboxReply::addHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
}

SandboxReply SandboxReply::json(const QJsonObject &object, int status)
{
    return rawJson(QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

SandboxReply SandboxReply::json(const QJsonArray &array, int status)
{
    return rawJson(QJsonDocument(array).toJson(QJsonDocument::Compact), status);
}

SandboxReply SandboxReply::rawJson(const QByteArray &body, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = kJsonType;
    reply.body = body;
    return reply;
}

SandboxReply SandboxReply::html(const QString &page, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = page.toUtf8();
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

SandboxReply SandboxReply::text(const QByteArray &body, int status)
{
    SandboxReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    reply.body = body;
    return reply;
}

SandboxReply SandboxReply::redirect(const QUrl &location)
{
    SandboxReply reply;
    reply.status = 302;
    reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    reply.body = QByteArrayLiteral("<html><body>Redirecting…</body></html>");
    reply.addHeader(QByteArrayLiteral("Location"), location.toEncoded());
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

SandboxReply SandboxReply::apiError(int status, const QString &message)
{
    QJsonObject body;
    body.insert(QStringLiteral("code"), status);
    body.insert(QStringLiteral("message"), message);
    body.insert(QStringLiteral("status"),
                QString(QString::number(status) + QStringLiteral(" - ") + reasonPhrase(status)));
    body.insert(QStringLiteral("errors"), QJsonArray());
    body.insert(QStringLiteral("error"), QJsonValue::Null);
    return json(body, status);
}

QString SandboxReply::reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Error");
    }
}

}  // namespace waveshelf::sandbox
