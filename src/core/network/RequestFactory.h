#pragma once

#include <QNetworkRequest>

namespace waveshelf {

// Every request Waveshelf sends goes out the same way: explicit transfer
// timeout, no cookies in or out (local users never share state through the
// network stack), and a User-Agent naming the app.
class RequestFactory final {
public:
    static constexpr int kTransferTimeoutMs = 30'000;

    [[nodiscard]] static QNetworkRequest make(const QUrl &url);
    [[nodiscard]] static QNetworkRequest withOAuth(const QUrl &url, const QString &accessToken);
};

}  // namespace waveshelf
