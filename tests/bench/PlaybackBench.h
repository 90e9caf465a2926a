#pragma once

namespace waveshelf::test {
class ConnectedUserFixture;
}

namespace waveshelf::bench {

class BenchTable;

// Playback against the sandbox on loopback, headless (GStreamer's fakesink in real
// time, see setHeadlessAudio): from "play" to the first audible sample through a
// PlayerController, split into stream resolution (StreamResolver: two API
// requests), the first segment (a plain GET of the CDN playlist and its first
// segment) and the decoder start (a bare QMediaPlayer from setSource until its
// position advances); seeking within the segment that plays; the resident memory
// the session's first play adds; the process's CPU while a track plays. Positions
// are read from the pipeline every millisecond. Median of `runs` (each on another
// track).
class PlaybackBench final {
public:
    PlaybackBench(test::ConnectedUserFixture &fixture, int runs, int idleSeconds);
    bool run(BenchTable &table);

    // The player tests' headless environment (tests/player/CMakeLists.txt), for the
    // variables not set already: call before the first media object exists.
    static void setHeadlessAudio();

private:
    test::ConnectedUserFixture &m_fixture;
    int m_runs;
    int m_idleSeconds;
};

}  // namespace waveshelf::bench
