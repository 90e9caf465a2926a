#pragma once

// A browser profile or an app: one QNetworkAccessManager with its own cookie jar.

#include "HttpResult.h"
#include "SandboxOAuthForm.h"

#include <QNetworkAccessManager>

class QNetworkRequest;
class QUrl;

namespace sandboxtest {

class SandboxClient final {
public:
    QNetworkReply *startGet(const QUrl &url, const QByteArray &authorization = QByteArray(), int timeoutMs = 15000);
    HttpResult get(const QUrl &url, const QByteArray &authorization = QByteArray(), int timeoutMs = 15000);
    QNetworkReply *startPost(const QUrl &url, const Params &form, int timeoutMs = 15000);
    HttpResult post(const QUrl &url, const Params &form, int timeoutMs = 15000);
    // Any method ("POST", "DELETE"...) without a body, as the API's like calls are,
    // or with a JSON body (playlists).
    HttpResult send(const QByteArray &method, const QUrl &url, const QByteArray &authorization = QByteArray(),
                    int timeoutMs = 15000);
    HttpResult sendJson(const QByteArray &method, const QUrl &url, const QByteArray &authorization,
                        const QByteArray &json);
    static HttpResult finish(QNetworkReply *reply);

private:
    static QNetworkRequest makeRequest(const QUrl &url, int timeoutMs);

    QNetworkAccessManager m_nam;
};

}  // namespace sandboxtest
