#pragma once

#include "common/Result.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QThreadPool;

namespace waveshelf {

// Slow, self-contained work (Argon2id, reading a large JSON page) on Qt's
// global thread pool, and what follows it back on the caller's thread.
//
// The work runs whatever happens; it must touch only what it owns (copies,
// shared pointers). What follows it runs only while `context` lives: if the
// context is destroyed first, the work finishes unobserved.
class OffThread final {
public:
    OffThread() = delete;

    // Runs `work()` on `pool` (default: the global pool), then `then()` on `context`'s thread.
    static void run(std::function<void()> work, QObject *context, std::function<void()> then,
                    QThreadPool *pool = nullptr);

    // One result, by the project's convention: `work()` (returning Result<T>)
    // on the global pool, its result to `done` on `context`'s thread.
    template <typename T, typename Work>
    static void compute(Work work, QObject *context, std::function<void(Result<T>)> done, QThreadPool *pool = nullptr)
    {
        // The result crosses threads in this slot; `done` never leaves the caller's.
        auto slot = std::make_shared<std::optional<Result<T>>>();
        run([slot, work = std::move(work)]() mutable { slot->emplace(work()); }, context,
            [slot, done = std::move(done)] { done(std::move(**slot)); }, pool);
    }
};

}  // namespace waveshelf
