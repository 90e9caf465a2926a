#pragma once

// A tiny web site on loopback that records every request (path and Cookie header),
// and the answers its pages give: an HTML page, a redirect, an extra header.

#include <QByteArray>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace popuptest {

void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value);
QHttpServerResponse html(const QByteArray &body);
QHttpServerResponse redirectTo(const QByteArray &location);

class LocalSite final {
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    struct Hit {
        QString path;
        QByteArray cookie;
    };

    explicit LocalSite(quint16 port = 0);

    [[nodiscard]] bool isListening() const { return m_listening; }
    [[nodiscard]] QUrl url(const QString &path) const;
    void page(const QString &path, Handler handler);
    void page(const QString &path, const QByteArray &body);
    [[nodiscard]] const QList<Hit> &hits() const { return m_hits; }
    [[nodiscard]] int hitCount(const QString &path) const;
    [[nodiscard]] QByteArray lastCookie(const QString &path) const;

private:
    QHttpServer m_server;
    QHash<QString, Handler> m_pages;
    QList<Hit> m_hits;
    quint16 m_port = 0;
    bool m_listening = false;
};

}  // namespace popuptest
