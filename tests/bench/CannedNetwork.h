#pragma once

#include <QByteArrayList>
#include <QNetworkAccessManager>

namespace waveshelf::bench {

// A network manager that answers the n-th request with the n-th canned JSON
// body (200, application/json), on the next turn of the event loop, without
// touching a socket: what is left of a page load is Waveshelf's own work.
class CannedNetwork final : public QNetworkAccessManager {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedNetwork)

public:
    explicit CannedNetwork(QByteArrayList bodies, QObject *parent = nullptr);
    void rewind() { m_next = 0; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    QByteArrayList m_bodies;
    qsizetype m_next = 0;
};

}  // namespace waveshelf::bench
