#pragma once

#include <QtGlobal>

namespace waveshelf::test {

// The loopback port a test's redirect URI uses, and whether anything listens on it.
class LoopbackPort final {
public:
    // A port on 127.0.0.1 nobody listened on a moment ago (0 if none was found).
    [[nodiscard]] static quint16 free();
    // True once a connection to 127.0.0.1:port is refused (waits up to timeoutMs
    // for the attempt to settle, never for a fixed time).
    [[nodiscard]] static bool isClosed(quint16 port, int timeoutMs = 20'000);
};

}  // namespace waveshelf::test
