#pragma once

#include "common/Delivery.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

class QLoggingCategory;

namespace waveshelf {

// What a service needs whose requests each have one result and do slow work
// (Argon2id, key wrapping) off the calling thread: one request at a time, a
// busy state, the slow parts on the global thread pool, the rest on the
// owner's thread, and the result handed to the caller's callback unless the
// caller's context is gone (Delivery).
//
// Meant as a member of the service, which forwards busyChanged: a
// continuation runs only while the worker exists, so a service deleted during
// a job never sees its result (the job itself finishes unobserved).
class SerialWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SerialWorker)

public:
    // `category`: where a refused request is logged (the owner's module).
    explicit SerialWorker(const QLoggingCategory &(*category)(), QObject *parent = nullptr);
    ~SerialWorker() override;

    [[nodiscard]] bool isBusy() const { return m_busy; }

    // True when idle. While a request runs, logs that `operation` was ignored
    // and returns false: the caller drops the new request (its callback never runs).
    [[nodiscard]] bool accepts(const char *operation) const;

    // Becomes busy, runs `work()` on the global thread pool, then `then(result)`
    // on this object's thread, unless this worker was deleted meanwhile.
    template <typename Work, typename Then>
    void run(Work work, Then then)
    {
        using Value = std::invoke_result_t<Work &>;
        // The value crosses threads in this slot; `then` never leaves ours.
        auto slot = std::make_shared<std::optional<Value>>();
        start([slot, work = std::move(work)]() mutable { slot->emplace(work()); },
              [slot, then = std::move(then)]() mutable { then(std::move(**slot)); });
    }

    // Ends the request: no longer busy, then the result to the caller.
    template <typename T>
    void finish(const Delivery<T> &delivery, typename Delivery<T>::ResultType result)
    {
        setBusy(false);
        delivery(std::move(result));
    }

signals:
    void busyChanged(bool busy);

private:
    void start(std::function<void()> work, std::function<void()> then);
    void setBusy(bool busy);

    const QLoggingCategory &(*m_category)();
    bool m_busy = false;
};

}  // namespace waveshelf
