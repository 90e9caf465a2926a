#include "SandboxClient.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

namespace sandboxtest {

QNetworkReply *SandboxClient::startGet(const QUrl &url, const QByteArray &authorization, int timeoutMs)
{
    QNetworkRequest request = makeRequest(url, timeoutMs);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return m_nam.get(request);
}

HttpResult SandboxClient::get(const QUrl &url, const QByteArray &authorization, int timeoutMs)
{
    return finish(startGet(url, authorization, timeoutMs));
}

QNetworkReply *SandboxClient::startPost(const QUrl &url, const Params &form, int timeoutMs)
{
    QNetworkRequest request = makeRequest(url, timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return m_nam.post(request, formEncode(form));
}

HttpResult SandboxClient::post(const QUrl &url, const Params &form, int timeoutMs)
{
    return finish(startPost(url, form, timeoutMs));
}

HttpResult SandboxClient::send(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                               int timeoutMs)
{
    QNetworkRequest request = makeRequest(url, timeoutMs);
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    return finish(m_nam.sendCustomRequest(request, method));
}

HttpResult SandboxClient::sendJson(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                                   const QByteArray &json)
{
    QNetworkRequest request = makeRequest(url, 15000);
    request.setRawHeader("Authorization", authorization);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return finish(m_nam.sendCustomRequest(request, method, json));
}

HttpResult SandboxClient::finish(QNetworkReply *reply)
{
    QElapsedTimer timer;
    timer.start();
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(30000);
    }
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.elapsedMs = timer.elapsed();
    reply->deleteLater();
    return result;
}

QNetworkRequest SandboxClient::makeRequest(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    return request;
}

}  // namespace sandboxtest
