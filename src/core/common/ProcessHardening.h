#pragma once

#include "common/Result.h"

namespace waveshelf {

// What a process holding decrypted tokens and passwords does first: no core
// dumps (RLIMIT_CORE 0, soft and hard) and, on Linux, not dumpable
// (PR_SET_DUMPABLE 0), so its memory lands in no core file and other processes
// of the same user cannot read it through /proc or attach a debugger.
// Call at the very start of main(). Elsewhere a no-op.
class ProcessHardening final {
public:
    ProcessHardening() = delete;

    // Database-free, so it runs before anything else; the error names what
    // could not be set (the process goes on: this is a second line of defence).
    [[nodiscard]] static Result<void> apply();
};

}  // namespace waveshelf
