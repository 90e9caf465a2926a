#pragma once

#include <QString>

namespace waveshelf::bench {

class BenchTable;

// Start to first visible window, and the memory then: `waveshelf` (a returning
// user: a data dir with one local user) against `waveshelf-bare-window` (a
// bare Qt Widgets login form), alternately, after one unmeasured start of each.
// Both report through FirstWindowProbe (WAVESHELF_REPORT_FIRST_WINDOW).
class StartupBench final {
public:
    StartupBench(QString waveshelf, QString bareWindow, int runs);
    // Adds the figures; false (and a message on stderr) if a program did not report.
    bool run(BenchTable &table);

private:
    struct Sample {
        double childMs = 0;  // since the process started, from its own view
        double wallMs = 0;   // from QProcess::start to the line
        double rssMiB = 0;
    };
    [[nodiscard]] bool startOnce(const QString &program, const QStringList &arguments, Sample &sample) const;

    QString m_waveshelf;
    QString m_bareWindow;
    int m_runs;
};

}  // namespace waveshelf::bench
