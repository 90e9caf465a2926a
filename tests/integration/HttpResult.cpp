#include "HttpResult.h"

#include <QJsonDocument>
#include <QUrl>

namespace sandboxtest {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

bool HttpResult::isJson() const
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResult::array() const
{
    return QJsonDocument::fromJson(body).array();
}

QString HttpResult::oauthError() const
{
    return json().value(QStringLiteral("error")).toString();
}

QUrlQuery HttpResult::redirectQuery() const
{
    return QUrlQuery(QUrl::fromEncoded(header("Location"), QUrl::StrictMode));
}

}  // namespace sandboxtest
