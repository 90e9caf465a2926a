#pragma once

#include "auth/TokenSet.h"
#include "common/Result.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;

namespace waveshelf {

struct AppConfig;

// Talks to the token endpoint: code exchange and refresh (form POSTs).
// Each call answers once through `done`, unless `context` is destroyed first.
class TokenClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClient)

public:
    using Callback = std::function<void(Result<TokenSet>)>;
    // A token request ends after this long, whatever the server does; shorter
    // than the refresh lease (TokenSession::kLeaseMilliseconds).
    static constexpr int kDeadlineMs = 20'000;

    TokenClient(QNetworkAccessManager &network, const AppConfig &config, QObject *parent = nullptr);

    void exchangeCode(const QString &code, const QByteArray &codeVerifier, QObject *context, Callback done);
    // Counts in PendingRefreshes::of(network) until `done` has run.
    void refresh(const QString &refreshToken, QObject *context, Callback done);

private:
    using Form = QList<std::pair<QString, QString>>;
    void post(Form form, QObject *context, Callback done);

    QNetworkAccessManager &m_network;
    QUrl m_tokenUrl;
    QUrl m_redirectUri;
    QString m_clientId;
    QString m_clientSecret;
};

}  // namespace waveshelf
