#pragma once

#include "common/Error.h"

namespace waveshelf::cli {

// What waveshelf-cli exits with; documented in --help and the README.
enum class ExitCode : int {
    Ok = 0,
    Failed = 1,        // anything else: database, files, a declined sign-in...
    Usage = 2,         // the command line (or the password input) is not right
    NotConnected = 3,  // no SoundCloud connection, or SoundCloud wants a reconnect
    Unreachable = 4,   // SoundCloud cannot be reached right now (timeouts, 5xx, 429...)
    AuthFailed = 5,    // wrong local password or unknown user (never says which)
};

[[nodiscard]] ExitCode exitCodeFor(const Error &error);
[[nodiscard]] constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

}  // namespace waveshelf::cli
