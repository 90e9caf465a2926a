#pragma once

#include <QNetworkRequest>

class QNetworkAccessManager;

namespace waveshelf {

// Every request Waveshelf sends goes out the same way: explicit transfer
// timeout, no cookies in or out (local users never share state through the
// network stack), and a User-Agent naming the app.
// The transfer timeout is the network manager's when it has one, else 30 s.
class RequestFactory final {
public:
    static constexpr int kTransferTimeoutMs = 30'000;

    [[nodiscard]] static QNetworkRequest make(const QUrl &url, const QNetworkAccessManager &network);
    [[nodiscard]] static QNetworkRequest withOAuth(const QUrl &url, const QString &accessToken,
                                                   const QNetworkAccessManager &network);
};

}  // namespace waveshelf
