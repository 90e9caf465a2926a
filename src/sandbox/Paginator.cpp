#include "Paginator.h"

#include "SandboxRequest.h"

#include <QJsonArray>

namespace waveshelf::sandbox {

namespace {

int effectiveLimit(const QString &text)
{
    bool ok = false;
    const int limit = text.toInt(&ok);
    if (!ok || limit < 1)
        return Paginator::kDefaultLimit;
    return qMin(limit, Paginator::kMaxLimit);
}

}  // namespace

QString Paginator::encodeCursor(qsizetype offset)
{
    const QByteArray raw = QByteArrayLiteral("sandbox:") + QByteArray::number(offset);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qsizetype Paginator::decodeCursor(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!raw.startsWith("sandbox:"))
        return -1;
    bool ok = false;
    const qsizetype offset = raw.mid(8).toLongLong(&ok);
    return ok && offset >= 0 ? offset : -1;
}

SandboxReply Paginator::page(const SandboxRequest &request, const QUrl &baseUrl, qsizetype total, const ItemAt &itemAt,
                             Style style)
{
    const FormFields &query = request.query;
    const int limit = effectiveLimit(query.value(QStringLiteral("limit")));
    const QString positionKey = style == Style::Cursor ? QStringLiteral("cursor") : QStringLiteral("offset");
    qsizetype offset = 0;
    if (query.contains(positionKey)) {
        bool ok = style == Style::Cursor;
        offset = ok ? decodeCursor(query.value(positionKey)) : query.value(positionKey).toLongLong(&ok);
        if (!ok || offset < 0)
            return SandboxReply::apiError(400, QStringLiteral("invalid ") + positionKey);
    }
    QJsonArray collection;
    const qsizetype end = qMin(total, offset + limit);
    for (qsizetype index = offset; index < end; ++index)
        collection.append(itemAt(index));

    const QString linked = query.value(QStringLiteral("linked_partitioning")).toLower();
    if (linked != QStringLiteral("true") && linked != QStringLiteral("1"))
        return SandboxReply::json(collection);

    QJsonObject body;
    body.insert(QStringLiteral("collection"), collection);
    if (end < total) {
        FormFields next = query;
        next.remove(positionKey);
        next.remove(QStringLiteral("limit"));
        next.add(QStringLiteral("limit"), QString::number(limit));
        next.add(positionKey, style == Style::Cursor ? encodeCursor(end) : QString::number(end));
        QUrl url = baseUrl;
        url.setPath(request.path);
        url.setQuery(QString::fromUtf8(next.encoded()), QUrl::StrictMode);
        body.insert(QStringLiteral("next_href"), QString::fromUtf8(url.toEncoded()));
    } else {
        body.insert(QStringLiteral("next_href"), QJsonValue::Null);
    }
    return SandboxReply::json(body);
}

}  // namespace waveshelf::sandbox
