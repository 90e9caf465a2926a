#pragma once

#include <QtGlobal>

namespace waveshelf::bench {

// What Linux says about a process (pid 0: this one), from /proc. -1 when unknown.
class ProcStats final {
public:
    // Resident memory (VmRSS), KiB.
    [[nodiscard]] static qint64 residentKib(qint64 pid = 0);
    // CPU time used so far (utime + stime), milliseconds.
    [[nodiscard]] static double cpuMs(qint64 pid = 0);
    // Context switches of every thread so far (voluntary + involuntary): each
    // wake-up of a sleeping thread counts one.
    [[nodiscard]] static qint64 contextSwitches(qint64 pid = 0);
    // Whether the process has mapped a file whose path contains `name`.
    [[nodiscard]] static bool maps(const char *name, qint64 pid = 0);
};

}  // namespace waveshelf::bench
