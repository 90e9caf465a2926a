#include "common/SerialWorker.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

namespace waveshelf {

SerialWorker::SerialWorker(const QLoggingCategory &(*category)(), QObject *parent)
    : QObject(parent), m_category(category)
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
    // The watcher is our child: if we are deleted first, it goes with us and
    // `then` never runs.
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [watcher, then = std::move(then)] {
        watcher->deleteLater();
        then();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void SerialWorker::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

}  // namespace waveshelf
