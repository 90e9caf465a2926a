#pragma once

#include "FuzzResponse.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace waveshelf::fuzz {

// A finished-on-the-next-event-loop-turn reply carrying a FuzzResponse: the
// status and content type as headers, the body to read. A status of 0 or less
// becomes a transport failure (connection refused, no HTTP status).
// abort() finishes it at once, as Qt's own replies do.
class FakeReply final : public QNetworkReply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeReply)

public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation, const FuzzResponse &answer,
              QObject *parent = nullptr);

    void abort() override;
    [[nodiscard]] qint64 bytesAvailable() const override;
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();
    void finishWithError(NetworkError code);

    FuzzResponse m_answer;
    qint64 m_offset = 0;
    bool m_done = false;
};

}  // namespace waveshelf::fuzz
