#include "FakeReply.h"

#include <cstring>

namespace waveshelf::fuzz {

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
                     const FuzzResponse &answer, QObject *parent)
    : QNetworkReply(parent)
    , m_answer(answer)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(operation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QMetaObject::invokeMethod(this, &FakeReply::deliver, Qt::QueuedConnection);
}

void FakeReply::abort()
{
    if (!m_done)
        finishWithError(OperationCanceledError);
}

qint64 FakeReply::bytesAvailable() const
{
    return m_answer.body.size() - m_offset + QNetworkReply::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_answer.body.size()) - m_offset);
    if (count <= 0)
        return 0;
    std::memcpy(data, m_answer.body.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

void FakeReply::deliver()
{
    if (m_done)
        return;
    if (m_answer.status <= 0) {
        finishWithError(ConnectionRefusedError);
        return;
    }
    m_done = true;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
    setHeader(QNetworkRequest::ContentTypeHeader, m_answer.contentType);
    emit metaDataChanged();
    if (!m_answer.body.isEmpty())
        emit readyRead();
    setFinished(true);
    emit finished();
}

void FakeReply::finishWithError(NetworkError code)
{
    m_done = true;
    m_answer.body.clear();
    setError(code, QStringLiteral("fake network error"));
    setFinished(true);
    emit errorOccurred(code);
    emit finished();
}

}  // namespace waveshelf::fuzz
