#include "LatencyProbe.h"

namespace waveshelf::bench {

namespace {
constexpr qint64 kIntervalNs = 1'000'000;
}

LatencyProbe::LatencyProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
}

void LatencyProbe::start()
{
    m_longestNs = 0;
    m_ticks = 0;
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

void LatencyProbe::stop()
{
    tick();  // a stall running up to now counts too
    m_timer.stop();
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longestNs = qMax(m_longestNs, now - m_lastNs - kIntervalNs);
    m_lastNs = now;
    ++m_ticks;
}

}  // namespace waveshelf::bench
