#pragma once

#include <QByteArray>
#include <QList>

namespace waveshelf::fuzz {

// Every Qt log message of a fuzz target, at every level and category, goes
// through this guard: it aborts (a crash for libFuzzer) when a message holds
// one of the forbidden strings, and otherwise swallows the message so that a
// run of a million inputs does not flood the output. Fatal messages are printed.
class LogGuard final {
public:
    LogGuard() = delete;

    static void install();
    // Replaces what no log line may contain (e.g. this input's tokens).
    static void forbid(const QList<QByteArray> &needles);
    static void alsoForbid(const QByteArray &needle);
};

}  // namespace waveshelf::fuzz
