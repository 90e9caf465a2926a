#include "QtMediaBackend.h"

#include "MediaFramework.h"
#include "common/LogCategories.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>

#include <algorithm>

namespace waveshelf {

QtMediaBackend::QtMediaBackend(const QByteArray &audioOutputId, QObject *parent)
    : MediaBackend(parent)
    , m_audioOutputId(audioOutputId)
{
}

QtMediaBackend::~QtMediaBackend()
{
    if (m_player)
        m_player->disconnect(this);
}

QMediaPlayer &QtMediaBackend::player()
{
    if (m_player)
        return *m_player;
    MediaFramework::prepare();  // before GStreamer starts (main() has done it already)
    qCInfo(lcPlayer) << "creating the media player";
    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    if (!m_audioOutputId.isEmpty()) {
        const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
        const auto chosen = std::find_if(outputs.cbegin(), outputs.cend(),
                                         [this](const QAudioDevice &device) { return device.id() == m_audioOutputId; });
        if (chosen != outputs.cend())
            m_output->setDevice(*chosen);
        else
            qCInfo(lcPlayer) << "the chosen audio output is not there; playing on the default one";
    }
    m_output->setVolume(volume());
    m_output->setMuted(isMuted());
    m_player->setAudioOutput(m_output);
    connect(m_player, &QMediaPlayer::positionChanged, this, &QtMediaBackend::positionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &QtMediaBackend::durationChanged);
    connect(m_player, &QMediaPlayer::seekableChanged, this, &QtMediaBackend::seekableChanged);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this,
            [this](QMediaPlayer::MediaStatus status) { emit mediaStatusChanged(statusOf(status)); });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this,
            [this](QMediaPlayer::PlaybackState state) { emit playbackStateChanged(playbackOf(state)); });
    connect(m_player, &QMediaPlayer::errorOccurred, this, &QtMediaBackend::onError);
    return *m_player;
}

void QtMediaBackend::onError(QMediaPlayer::Error error, const QString &text)
{
    if (error != QMediaPlayer::NoError)
        emit errorOccurred(failureOf(error), text);
}

MediaBackend::Status QtMediaBackend::statusOf(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::NoMedia:
        return Status::NoMedia;
    case QMediaPlayer::LoadingMedia:
        return Status::Loading;
    case QMediaPlayer::LoadedMedia:
        return Status::Loaded;
    case QMediaPlayer::StalledMedia:
        return Status::Stalled;
    case QMediaPlayer::BufferingMedia:
        return Status::Buffering;
    case QMediaPlayer::BufferedMedia:
        return Status::Buffered;
    case QMediaPlayer::EndOfMedia:
        return Status::EndOfMedia;
    case QMediaPlayer::InvalidMedia:
        break;
    }
    return Status::Invalid;
}

MediaBackend::Playback QtMediaBackend::playbackOf(QMediaPlayer::PlaybackState state)
{
    switch (state) {
    case QMediaPlayer::PlayingState:
        return Playback::Playing;
    case QMediaPlayer::PausedState:
        return Playback::Paused;
    case QMediaPlayer::StoppedState:
        break;
    }
    return Playback::Stopped;
}

MediaBackend::Failure QtMediaBackend::failureOf(QMediaPlayer::Error error)
{
    switch (error) {
    case QMediaPlayer::FormatError:
        return Failure::Format;
    case QMediaPlayer::NetworkError:
        return Failure::Network;
    case QMediaPlayer::AccessDeniedError:
        return Failure::AccessDenied;
    case QMediaPlayer::NoError:
    case QMediaPlayer::ResourceError:
        break;
    }
    return Failure::Resource;
}

MediaBackend::Status QtMediaBackend::status() const
{
    return m_player ? statusOf(m_player->mediaStatus()) : Status::NoMedia;
}

MediaBackend::Playback QtMediaBackend::playback() const
{
    return m_player ? playbackOf(m_player->playbackState()) : Playback::Stopped;
}

bool QtMediaBackend::hasSource() const
{
    return m_player && !m_player->source().isEmpty();
}

bool QtMediaBackend::isSeekable() const
{
    return m_player && m_player->isSeekable();
}

qint64 QtMediaBackend::duration() const
{
    return m_player ? m_player->duration() : 0;
}

void QtMediaBackend::open(const QUrl &source)
{
    player().setSource(source);  // made on the first play, not at login
}

void QtMediaBackend::play()
{
    if (m_player)
        m_player->play();
}

void QtMediaBackend::pause()
{
    if (m_player)
        m_player->pause();
}

void QtMediaBackend::stop()
{
    if (m_player)
        m_player->stop();
}

void QtMediaBackend::setPosition(qint64 positionMs)
{
    if (m_player)
        m_player->setPosition(positionMs);
}

void QtMediaBackend::unload()
{
    if (!m_player)
        return;
    m_player->stop();
    m_player->setSource(QUrl());
}

void QtMediaBackend::applyVolume(float volume)
{
    if (m_output)
        m_output->setVolume(volume);
}

void QtMediaBackend::applyMuted(bool muted)
{
    if (m_output)
        m_output->setMuted(muted);
}

}  // namespace waveshelf
