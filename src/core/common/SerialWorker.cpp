#include "common/SerialWorker.h"

#include "common/OffThread.h"

#include <QLoggingCategory>

namespace waveshelf {

SerialWorker::SerialWorker(const QLoggingCategory &(*category)(), QObject *parent)
    : QObject(parent)
    , m_category(category)
{
}

SerialWorker::~SerialWorker() = default;  // running jobs finish unobserved

bool SerialWorker::accepts(const char *operation) const
{
    if (!m_busy)
        return true;
    qCWarning(m_category) << operation << "ignored: another request is running";
    return false;
}

void SerialWorker::start(std::function<void()> work, std::function<void()> then)
{
    setBusy(true);
    // If we are deleted first, `then` never runs.
    OffThread::run(std::move(work), this, std::move(then));
}

void SerialWorker::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

}  // namespace waveshelf
