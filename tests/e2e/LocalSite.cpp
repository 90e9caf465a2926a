#include "LocalSite.h"

#include <QTcpServer>

#include <algorithm>

namespace popuptest {

namespace {

QByteArray requestHeader(const QHttpServerRequest &request, const QByteArray &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(name).toByteArray();
#else
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
#endif
}

}  // namespace

void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
#else
    response.addHeader(name, value);
#endif
}

QHttpServerResponse html(const QByteArray &body)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"),
                                 QByteArrayLiteral("<!doctype html><html><body>") + body
                                     + QByteArrayLiteral("</body></html>"));
    addHeader(response, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse redirectTo(const QByteArray &location)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    addHeader(response, QByteArrayLiteral("Location"), location);
    addHeader(response, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

LocalSite::LocalSite(quint16 port)
{
    m_server.route(QStringLiteral("/<arg>"), [this](const QUrl &path, const QHttpServerRequest &request) {
        const QString key = QLatin1Char('/') + path.path();
        m_hits.append({key, requestHeader(request, QByteArrayLiteral("Cookie"))});
        const Handler handler = m_pages.value(key);
        return handler ? handler(request) : QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
    });
    auto *tcp = new QTcpServer;
    m_listening = tcp->listen(QHostAddress::LocalHost, port);
    m_port = tcp->serverPort();
    m_server.bind(tcp);  // takes ownership
}

QUrl LocalSite::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void LocalSite::page(const QString &path, Handler handler)
{
    m_pages.insert(path, std::move(handler));
}

void LocalSite::page(const QString &path, const QByteArray &body)
{
    m_pages.insert(path, [body](const QHttpServerRequest &) { return html(body); });
}

int LocalSite::hitCount(const QString &path) const
{
    return int(std::count_if(m_hits.cbegin(), m_hits.cend(), [&path](const Hit &hit) { return hit.path == path; }));
}

QByteArray LocalSite::lastCookie(const QString &path) const
{
    for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
        if (it->path == path)
            return it->cookie;
    }
    return {};
}

}  // namespace popuptest
