#include "CannedNetwork.h"

#include "FakeReply.h"

namespace waveshelf::bench {

CannedNetwork::CannedNetwork(QByteArrayList bodies, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_bodies(std::move(bodies))
{
}

QNetworkReply *CannedNetwork::createRequest(Operation operation, const QNetworkRequest &request, QIODevice *)
{
    fuzz::FuzzResponse answer;
    answer.contentType = QByteArrayLiteral("application/json");
    if (m_next < m_bodies.size())
        answer.body = m_bodies.at(m_next++);
    else
        answer.status = 0;  // connection refused
    return new fuzz::FakeReply(request, operation, answer, this);
}

}  // namespace waveshelf::bench
