#pragma once

#include "FuzzResponse.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace waveshelf::fuzz {

// A QNetworkAccessManager that never touches the network: API requests get the
// fuzzer's answers in order (connection refused once they run out), and the
// token endpoint answers every refresh with a fresh, unpredictable token pair.
// It aborts the process (a crash for libFuzzer) when Waveshelf
//  - sends anything to a host other than the API's or the token endpoint's,
//  - calls the API without "Authorization: OAuth <the access token issued last>",
//  - asks again for a page it already received (a next_href cycle would never end),
//  - refreshes with anything but the refresh token issued last and the client
//    secret, or puts the access token in a token request.
class FakeApiNetwork final : public QNetworkAccessManager {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeApiNetwork)

public:
    FakeApiNetwork(const QUrl &apiBase, const QUrl &tokenUrl, const QString &clientSecret, QObject *parent = nullptr);

    // Starts an input: the API's answers, and the tokens stored right now.
    void reset(QList<FuzzResponse> apiAnswers, const QString &accessToken, const QString &refreshToken);

    // Tracks in the 2xx API answers that parse as a page: what a model must show.
    [[nodiscard]] qsizetype expectedRows() const { return m_expectedRows; }
    [[nodiscard]] int repliesInFlight() const { return m_inFlight; }
    // A token no input can predict.
    [[nodiscard]] static QString freshToken(const QString &kind);

signals:
    // A token was handed out (by reset() or a refresh): no log line may hold it.
    void secretIssued(const QByteArray &secret);

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    [[nodiscard]] FuzzResponse answerTokenRequest(Operation operation, const QNetworkRequest &request,
                                                  QIODevice *outgoingData);
    [[nodiscard]] FuzzResponse answerApiRequest(Operation operation, const QNetworkRequest &request);
    [[nodiscard]] QNetworkReply *track(QNetworkReply *reply);

    QUrl m_apiBase;
    QUrl m_tokenUrl;
    QByteArray m_clientSecret;
    QList<FuzzResponse> m_answers;
    QList<QUrl> m_pagesLoaded;  // answered 2xx with a readable page, this input
    QString m_accessToken;
    QString m_refreshToken;
    qsizetype m_expectedRows = 0;
    int m_inFlight = 0;
};

}  // namespace waveshelf::fuzz
