#pragma once

// One finished HTTP exchange as the sandbox tests look at it.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrlQuery>

namespace sandboxtest {

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    bool isJson() const;
    QJsonObject json() const;
    QJsonArray array() const;
    QString oauthError() const;
    QUrlQuery redirectQuery() const;
};

}  // namespace sandboxtest
