#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>

#include <functional>

namespace waveshelf {

// The parts of a finished QNetworkReply that the parsers need, read once.
struct HttpReply {
    Q_DECLARE_TR_FUNCTIONS(HttpReply)

public:
    int status = 0;  // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QByteArray location;  // the Location header of a redirect not followed

    [[nodiscard]] static HttpReply take(QNetworkReply &reply);

    // Calls `handler` once when `reply` finishes, unless `context` is destroyed
    // first (then the reply is aborted and its answer dropped). The reply is
    // deleted in every case.
    static void onFinished(QNetworkReply *reply, QObject *context, std::function<void(const HttpReply &)> handler);
    // No HTTP answer at all: refused, timed out, DNS, TLS...
    [[nodiscard]] bool isTransportFailure() const { return status == 0; }
    // The error for a transport failure, in plain words (always Unreachable).
    [[nodiscard]] Error transportError() const;
};

}  // namespace waveshelf
