#pragma once

#include "common/Result.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <vector>

namespace waveshelf::test {

// Records what an asynchronous call of the form (…, QObject *context,
// std::function<void(Result<T>)> done) delivers: pass context() and
// callback(). The context dies with the spy, so a late result is dropped.
template <typename T>
class ResultSpy final {
public:
    ResultSpy() = default;
    Q_DISABLE_COPY_MOVE(ResultSpy)

    [[nodiscard]] QObject *context() { return &m_context; }
    [[nodiscard]] std::function<void(Result<T>)> callback()
    {
        return [this](Result<T> result) { m_results.push_back(std::move(result)); };
    }

    [[nodiscard]] int count() const { return int(m_results.size()); }
    [[nodiscard]] bool isEmpty() const { return m_results.empty(); }
    [[nodiscard]] int okCount() const { return countWhere(true); }
    [[nodiscard]] int errorCount() const { return countWhere(false); }
    [[nodiscard]] const Result<T> &at(int index) const { return m_results.at(std::size_t(index)); }
    [[nodiscard]] const Result<T> &last() const { return m_results.back(); }
    // The first result's error, or a default Error when there is none or it succeeded.
    [[nodiscard]] Error firstError() const
    {
        return !m_results.empty() && !m_results.front().ok() ? m_results.front().error() : Error{};
    }
    void clear() { m_results.clear(); }

    // Waits until at least `results` results arrived; false on timeout.
    [[nodiscard]] bool waitFor(int results, int timeoutMs)
    {
        return QTest::qWaitFor([&] { return count() >= results; }, timeoutMs);
    }
    [[nodiscard]] bool wait(int timeoutMs) { return waitFor(1, timeoutMs); }

private:
    [[nodiscard]] int countWhere(bool ok) const
    {
        int n = 0;
        for (const Result<T> &result : m_results)
            n += result.ok() == ok ? 1 : 0;
        return n;
    }

    std::vector<Result<T>> m_results;
    QObject m_context;
};

}  // namespace waveshelf::test
