#include "common/OffThread.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace waveshelf {

void OffThread::run(std::function<void()> work, QObject *context, std::function<void()> then, QThreadPool *pool)
{
    Q_ASSERT(context);
    // The watcher is the context's child: if the context goes first, the
    // watcher goes with it and `then` never runs.
    auto *watcher = new QFutureWatcher<void>(context);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, watcher, [watcher, then = std::move(then)]() mutable {
        watcher->deleteLater();
        // `then` may delete the context (and so this connection): it runs from here.
        const std::function<void()> next = std::move(then);
        next();
    });
    watcher->setFuture(pool ? QtConcurrent::run(pool, std::move(work)) : QtConcurrent::run(std::move(work)));
}

}  // namespace waveshelf
