#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace waveshelf::bench {

// An event-loop latency probe: a 1 ms timer on the thread it lives on (the
// GUI thread); the longest gap between two of its ticks, less the 1 ms it
// asked for, is the longest the thread kept the loop from running.
class LatencyProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LatencyProbe)

public:
    explicit LatencyProbe(QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] double longestStallMs() const { return m_longestNs / 1e6; }
    [[nodiscard]] qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
    qint64 m_ticks = 0;
};

}  // namespace waveshelf::bench
