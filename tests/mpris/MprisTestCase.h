#pragma once

// The base of the MPRIS tests: the player tests' base (the sandbox, bob, a real
// PlayerController on FakeMediaBackend: no GStreamer, no sound) plus, once a test calls startService(),
// the MprisService on the session bus (a private one: CTest runs these tests
// under dbus-run-session) and a client on a connection of its own.

#include "PlayerTestCase.h"

namespace waveshelf {
class MprisService;
}

namespace mpristest {

class MprisClient;

class MprisTestCase : public playertest::PlayerTestCase {
    Q_OBJECT

protected:
    // Starts the service as the app does (MprisService::start on the session
    // bus) and a client; both belong to the test's player (gone in cleanup()).
    [[nodiscard]] bool startService();
    // A track with artwork and a permalink.
    [[nodiscard]] static waveshelf::Track richTrack(qint64 id);

    waveshelf::MprisService *m_service = nullptr;
    MprisClient *m_client = nullptr;
    int m_raised = 0;
    int m_quitted = 0;
};

}  // namespace mpristest
