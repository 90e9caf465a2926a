#include "MediaBackend.h"

namespace waveshelf {

MediaBackend::MediaBackend(QObject *parent)
    : QObject(parent)
{
}

MediaBackend::~MediaBackend() = default;

void MediaBackend::setVolume(float volume)
{
    const float bounded = qBound(0.0F, volume, 1.0F);
    applyVolume(bounded);
    if (qFuzzyCompare(bounded, m_volume))
        return;
    m_volume = bounded;
    emit volumeChanged(bounded);
}

void MediaBackend::setMuted(bool muted)
{
    applyMuted(muted);
    if (muted == m_muted)
        return;
    m_muted = muted;
    emit mutedChanged(muted);
}

}  // namespace waveshelf
