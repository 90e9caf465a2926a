#include "MediaBackend.h"

#include "MediaFramework.h"
#include "common/LogCategories.h"

#include <QAudioOutput>

namespace waveshelf {

MediaBackend::MediaBackend(QObject *parent)
    : QObject(parent)
{
}

MediaBackend::~MediaBackend()
{
    if (m_player)
        m_player->disconnect(this);
}

QMediaPlayer &MediaBackend::player()
{
    if (m_player)
        return *m_player;
    MediaFramework::prepare();  // before GStreamer starts (main() has done it already)
    qCInfo(lcPlayer) << "creating the media player";
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_output->setVolume(m_volume);
    m_output->setMuted(m_muted);
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, &MediaBackend::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &MediaBackend::durationChanged);
    connect(m_player, &QMediaPlayer::seekableChanged, this, &MediaBackend::seekableChanged);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &MediaBackend::mediaStatusChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &MediaBackend::playbackStateChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &MediaBackend::errorOccurred);
    return *m_player;
}

QMediaPlayer::MediaStatus MediaBackend::mediaStatus() const
{
    return m_player ? m_player->mediaStatus() : QMediaPlayer::NoMedia;
}

QMediaPlayer::PlaybackState MediaBackend::playbackState() const
{
    return m_player ? m_player->playbackState() : QMediaPlayer::StoppedState;
}

bool MediaBackend::hasSource() const
{
    return m_player && !m_player->source().isEmpty();
}

bool MediaBackend::isSeekable() const
{
    return m_player && m_player->isSeekable();
}

qint64 MediaBackend::duration() const
{
    return m_player ? m_player->duration() : 0;
}

void MediaBackend::setVolume(float volume)
{
    const float bounded = qBound(0.0F, volume, 1.0F);
    if (m_output)
        m_output->setVolume(bounded);
    if (qFuzzyCompare(bounded, m_volume))
        return;
    m_volume = bounded;
    emit volumeChanged(bounded);
}

void MediaBackend::setMuted(bool muted)
{
    if (m_output)
        m_output->setMuted(muted);
    if (muted == m_muted)
        return;
    m_muted = muted;
    emit mutedChanged(muted);
}

void MediaBackend::unload()
{
    if (!m_player)
        return;
    m_player->stop();
    m_player->setSource(QUrl());
}

void MediaBackend::stop()
{
    if (m_player)
        m_player->stop();
}

void MediaBackend::pause()
{
    if (m_player)
        m_player->pause();
}

}  // namespace waveshelf
