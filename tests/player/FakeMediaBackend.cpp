#include "FakeMediaBackend.h"

#include <QMetaObject>

using namespace waveshelf;

namespace playertest {

FakeMediaBackend::FakeMediaBackend(QObject *parent)
    : MediaBackend(parent)
{
}

FakeMediaBackend::~FakeMediaBackend() = default;

void FakeMediaBackend::open(const QUrl &source)
{
    if (!m_started) {
        m_started = true;
        m_outputVolume = volume();  // the output is made now, with what was set before
        m_outputMuted = isMuted();
    }
    const int generation = ++m_generation;
    setPlayback(Playback::Stopped);
    m_source = source;
    m_opened.append(source);
    m_position = 0;
    setSeekable(false);
    setDurationNow(0);
    setStatus(Status::Loading);
    QMetaObject::invokeMethod(
        this, [this, generation] { load(generation); }, Qt::QueuedConnection);
}

void FakeMediaBackend::load(int generation)
{
    if (generation != m_generation || m_status != Status::Loading)
        return;
    for (const SourceFault &fault : std::as_const(m_faults)) {
        if (m_source.toString().contains(fault.part)) {
            fail(fault.failure, fault.text);
            return;
        }
    }
    setDurationNow(m_nextDuration);
    setSeekable(true);
    setStatus(Status::Loaded);  // the player may seek or open another source here
    if (generation == m_generation && m_status == Status::Loaded && m_playback == Playback::Playing)
        setStatus(Status::Buffered);
}

void FakeMediaBackend::play()
{
    if (!hasSource() || m_playback == Playback::Playing)
        return;
    const int generation = m_generation;
    setPlayback(Playback::Playing);
    if (generation == m_generation && (m_status == Status::Loaded || m_status == Status::EndOfMedia))
        setStatus(Status::Buffered);
}

void FakeMediaBackend::pause()
{
    if (hasSource())
        setPlayback(Playback::Paused);
}

void FakeMediaBackend::stop()
{
    if (!hasSource())
        return;
    const int generation = m_generation;
    setPlayback(Playback::Stopped);
    if (generation != m_generation)
        return;
    moveTo(0);  // as QMediaPlayer: stopping reports position 0
    if (generation == m_generation && m_status == Status::Buffered)
        setStatus(Status::Loaded);
}

void FakeMediaBackend::setPosition(qint64 positionMs)
{
    if (!hasSource() || !m_seekable)
        return;
    if (m_status == Status::EndOfMedia)
        setStatus(Status::Loaded);
    moveTo(qBound<qint64>(0, positionMs, m_duration));  // at once, as QMediaPlayer reports a seek
}

void FakeMediaBackend::unload()
{
    if (!hasSource())
        return;
    stop();
    ++m_generation;
    m_source.clear();
    setSeekable(false);
    setDurationNow(0);
    setStatus(Status::NoMedia);
}

void FakeMediaBackend::failSourcesContaining(const QString &part, Failure failure, const QString &text)
{
    m_faults.append({part, failure, text});
}

void FakeMediaBackend::fail(Failure failure, const QString &text)
{
    if (!hasSource())
        return;
    const int generation = m_generation;
    emit errorOccurred(failure, text);  // QMediaPlayer's order: the error, then InvalidMedia
    if (generation != m_generation)
        return;
    setPlayback(Playback::Stopped);
    if (generation == m_generation)
        setStatus(Status::Invalid);
}

bool FakeMediaBackend::playTo(qint64 positionMs)
{
    const int generation = m_generation;
    const qint64 target = qMin(positionMs, m_duration);
    while (m_playback == Playback::Playing && generation == m_generation && m_position < target)
        moveTo(qMin(target, m_position + kStepMs));
    return m_playback == Playback::Playing && generation == m_generation;
}

void FakeMediaBackend::finish()
{
    if (!hasSource())
        return;
    const int generation = m_generation;
    moveTo(m_duration);
    if (generation == m_generation)
        setPlayback(Playback::Stopped);
    if (generation == m_generation)
        setStatus(Status::EndOfMedia);
}

void FakeMediaBackend::applyVolume(float volume)
{
    if (m_started)
        m_outputVolume = volume;
}

void FakeMediaBackend::applyMuted(bool muted)
{
    if (m_started)
        m_outputMuted = muted;
}

void FakeMediaBackend::setStatus(Status status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit mediaStatusChanged(status);
}

void FakeMediaBackend::setPlayback(Playback playback)
{
    if (playback == m_playback)
        return;
    m_playback = playback;
    emit playbackStateChanged(playback);
}

void FakeMediaBackend::setSeekable(bool seekable)
{
    if (seekable == m_seekable)
        return;
    m_seekable = seekable;
    emit seekableChanged(seekable);
}

void FakeMediaBackend::setDurationNow(qint64 durationMs)
{
    if (durationMs == m_duration)
        return;
    m_duration = durationMs;
    emit durationChanged(durationMs);
}

void FakeMediaBackend::moveTo(qint64 positionMs)
{
    if (positionMs == m_position)
        return;
    m_position = positionMs;
    emit positionChanged(positionMs);
}

}  // namespace playertest
