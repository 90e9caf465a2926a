#pragma once

namespace waveshelf::bench {

class BenchTable;

// The offline library with 10,000 cached likes (a real SQLite file, the
// user's vault; SoundCloud unreachable so only the cache answers): writing
// them (sealed chunks, off the GUI thread), reading and opening them, the
// first rows a TrackListModel shows after load(), and TrackFilterProxy's time
// per keystroke over the 10,000 rows. Median of `runs`.
class LibraryCacheBench final {
public:
    explicit LibraryCacheBench(int runs);
    bool run(BenchTable &table);

private:
    int m_runs;
};

}  // namespace waveshelf::bench
