#pragma once

// What this process has mapped (/proc/self/maps): which shared libraries a code path
// loaded, e.g. the browser engine or a GStreamer plugin.

namespace waveshelf::test {

class ProcessMaps final {
public:
    ProcessMaps() = delete;

    // Whether a mapped file's path contains `name`; ends the test run if the maps
    // cannot be read, so that "not mapped" is never a read failure.
    [[nodiscard]] static bool contains(const char *name);
};

}  // namespace waveshelf::test
