#pragma once

#include "common/Result.h"

#include <QEventLoop>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

namespace waveshelf::cli {

// Runs an asynchronous core call to its end in a local event loop and hands
// back its result: `start(context, done)` must call `done` exactly once
// (possibly at once), unless `context` is destroyed. The command line can
// block; the network and the thread pool still need the event loop.
template <typename T>
[[nodiscard]] Result<T> await(const std::function<void(QObject *context, std::function<void(Result<T>)> done)> &start)
{
    QEventLoop loop;
    QObject context;
    std::optional<Result<T>> outcome;
    start(&context, [&outcome, &loop](Result<T> result) {
        outcome.emplace(std::move(result));
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

}  // namespace waveshelf::cli
