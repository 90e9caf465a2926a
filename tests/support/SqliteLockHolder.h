#pragma once

#include <QString>

#include <atomic>
#include <thread>

namespace waveshelf::test {

// Holds an exclusive lock on an SQLite file from another connection on
// another thread, as another process would, for `holdMs`. The constructor
// returns once the lock is taken (or failed: see locked()).
class SqliteLockHolder final {
public:
    SqliteLockHolder(const QString &path, int holdMs);
    ~SqliteLockHolder();
    SqliteLockHolder(const SqliteLockHolder &) = delete;
    SqliteLockHolder &operator=(const SqliteLockHolder &) = delete;

    [[nodiscard]] bool locked() const { return m_locked; }

private:
    std::atomic<bool> m_ready{false};
    std::atomic<bool> m_locked{false};
    std::thread m_thread;
};

}  // namespace waveshelf::test
