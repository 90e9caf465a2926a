#include "MprisPlayerAdaptor.h"

#include "MprisMetadata.h"
#include "PlayQueue.h"
#include "PlayerController.h"

#include <QDBusError>
#include <QDBusMessage>

namespace waveshelf {

namespace {

const QString kPropertiesInterface = QStringLiteral("org.freedesktop.DBus.Properties");
const QString kPlayerInterface = QStringLiteral("org.mpris.MediaPlayer2.Player");

constexpr qint64 kUsPerMs = 1000;

}  // namespace

MprisPlayerAdaptor::MprisPlayerAdaptor(QObject *exported, PlayerController &player, const QDBusConnection &bus,
                                       QString objectPath)
    : QDBusAbstractAdaptor(exported)
    , m_player(player)
    , m_bus(bus)
    , m_path(std::move(objectPath))
{
    m_changes.setSingleShot(true);
    m_changes.setInterval(0);
    connect(&m_changes, &QTimer::timeout, this, &MprisPlayerAdaptor::sendChanges);
    m_sinceLastPosition.start();
    m_lastPositionMs = m_player.position();
    m_sent = snapshot();

    connect(&m_player, &PlayerController::stateChanged, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(&m_player, &PlayerController::currentTrackChanged, this, &MprisPlayerAdaptor::onTrackChanged);
    connect(&m_player, &PlayerController::durationChanged, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(&m_player, &PlayerController::seekableChanged, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(&m_player, &PlayerController::volumeChanged, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(&m_player, &PlayerController::mutedChanged, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(&m_player, &PlayerController::positionChanged, this, &MprisPlayerAdaptor::onPosition);
    PlayQueue *queue = &m_player.queue();
    connect(queue, &PlayQueue::currentChanged, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(queue, &PlayQueue::shuffleChanged, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(queue, &PlayQueue::repeatChanged, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(queue, &PlayQueue::rowsInserted, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(queue, &PlayQueue::rowsRemoved, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(queue, &PlayQueue::rowsMoved, this, &MprisPlayerAdaptor::scheduleChanges);
    connect(queue, &PlayQueue::modelReset, this, &MprisPlayerAdaptor::scheduleChanges);
}

QString MprisPlayerAdaptor::playbackStatus() const
{
    switch (m_player.state()) {
    case PlayerController::State::Loading:
    case PlayerController::State::Buffering:
    case PlayerController::State::Playing:
        return QStringLiteral("Playing");
    case PlayerController::State::Paused:
        return QStringLiteral("Paused");
    case PlayerController::State::Stopped:
        break;
    }
    return QStringLiteral("Stopped");
}

QString MprisPlayerAdaptor::loopStatus() const
{
    switch (m_player.queue().repeat()) {
    case PlayQueue::Repeat::One:
        return QStringLiteral("Track");
    case PlayQueue::Repeat::All:
        return QStringLiteral("Playlist");
    case PlayQueue::Repeat::Off:
        break;
    }
    return QStringLiteral("None");
}

void MprisPlayerAdaptor::setLoopStatus(const QString &status)
{
    if (status == QLatin1String("None"))
        m_player.queue().setRepeat(PlayQueue::Repeat::Off);
    else if (status == QLatin1String("Track"))
        m_player.queue().setRepeat(PlayQueue::Repeat::One);
    else if (status == QLatin1String("Playlist"))
        m_player.queue().setRepeat(PlayQueue::Repeat::All);
}

void MprisPlayerAdaptor::setRate(double rate)
{
    if (rate <= 0.0)  // the spec: a rate of 0 pauses; other rates stay 1
        Pause();
}

bool MprisPlayerAdaptor::shuffle() const
{
    return m_player.queue().shuffle();
}

void MprisPlayerAdaptor::setShuffle(bool on)
{
    m_player.queue().setShuffle(on);
}

QVariantMap MprisPlayerAdaptor::metadata() const
{
    const std::optional<Track> track = m_player.currentTrack();
    if (!track || track->urn.isEmpty())
        return MprisMetadata::empty();
    return MprisMetadata::of(*track, m_player.duration());
}

double MprisPlayerAdaptor::volume() const
{
    return m_player.isMuted() ? 0.0 : double(m_player.volume());
}

void MprisPlayerAdaptor::setVolume(double volume)
{
    const double bounded = qBound(0.0, volume, 1.0);
    m_player.setVolume(float(bounded));
    if (bounded > 0.0 && m_player.isMuted())
        m_player.setMuted(false);
}

qlonglong MprisPlayerAdaptor::position() const
{
    return qlonglong(m_player.position()) * kUsPerMs;
}

bool MprisPlayerAdaptor::canGoNext() const
{
    return m_player.queue().nextIndex(PlayQueue::Advance::User) >= 0;
}

bool MprisPlayerAdaptor::canGoPrevious() const
{
    return m_player.queue().previousIndex() >= 0;
}

bool MprisPlayerAdaptor::canPlay() const
{
    return m_player.currentTrack().has_value() || m_player.queue().count() > 0;
}

bool MprisPlayerAdaptor::canPause() const
{
    return m_player.currentTrack().has_value();
}

bool MprisPlayerAdaptor::canSeek() const
{
    return m_player.currentTrack().has_value() && m_player.isSeekable();
}

void MprisPlayerAdaptor::Next()
{
    if (canGoNext())
        m_player.next();
}

void MprisPlayerAdaptor::Previous()
{
    if (canGoPrevious() || m_player.currentTrack())
        m_player.previous();  // early in a track the one before, else the start of this one
}

void MprisPlayerAdaptor::Pause()
{
    if (m_player.state() != PlayerController::State::Stopped && m_player.state() != PlayerController::State::Paused)
        m_player.pause();
}

void MprisPlayerAdaptor::PlayPause()
{
    m_player.togglePlayPause();
}

void MprisPlayerAdaptor::Stop()
{
    m_player.stop();
}

void MprisPlayerAdaptor::Play()
{
    if (canPlay())
        m_player.play();
}

void MprisPlayerAdaptor::Seek(qlonglong offsetUs)
{
    if (!canSeek())
        return;
    const qint64 target = qMax<qint64>(0, m_player.position() + offsetUs / kUsPerMs);
    const qint64 duration = m_player.duration();
    if (duration > 0 && target >= duration) {
        Next();  // the spec: seeking past the end acts like Next
        return;
    }
    seekTo(target);
}

void MprisPlayerAdaptor::SetPosition(const QDBusObjectPath &trackId, qlonglong positionUs)
{
    const std::optional<Track> track = m_player.currentTrack();
    if (!canSeek() || !track || trackId != MprisMetadata::trackId(track->urn))
        return;  // a stale request for another track: ignored, as the spec says
    const qint64 target = positionUs / kUsPerMs;
    const qint64 duration = m_player.duration();
    if (positionUs < 0 || (duration > 0 && target > duration))
        return;  // out of the track: ignored too
    seekTo(target);
}

void MprisPlayerAdaptor::OpenUri(const QString &uri, const QDBusMessage &message)
{
    Q_UNUSED(uri)
    message.setDelayedReply(true);
    m_bus.send(message.createErrorReply(QDBusError::NotSupported,
                                        QStringLiteral("Waveshelf opens no URIs (SupportedUriSchemes is empty)")));
}

void MprisPlayerAdaptor::seekTo(qint64 positionMs)
{
    m_seekRequested = true;
    m_player.seek(positionMs);  // answers with positionChanged(positionMs) at once
    if (m_seekRequested) {      // it did not: say where we are anyway
        m_seekRequested = false;
        emit Seeked(position());
    }
}

void MprisPlayerAdaptor::onPosition(qint64 positionMs)
{
    const qint64 elapsed = m_sinceLastPosition.restart();
    const qint64 expectedAtMost = m_lastPositionMs + elapsed + kJumpMs;
    const bool jumped = positionMs > expectedAtMost || positionMs < m_lastPositionMs - kJumpMs;
    m_lastPositionMs = positionMs;
    if (m_seekRequested || jumped) {
        m_seekRequested = false;
        emit Seeked(qlonglong(positionMs) * kUsPerMs);
    }
}

void MprisPlayerAdaptor::onTrackChanged()
{
    m_lastPositionMs = 0;  // a new track starts at 0: no seek (Metadata says it)
    m_sinceLastPosition.restart();
    scheduleChanges();
}

QVariantMap MprisPlayerAdaptor::snapshot() const
{
    return {{QStringLiteral("PlaybackStatus"), playbackStatus()},
            {QStringLiteral("LoopStatus"), loopStatus()},
            {QStringLiteral("Rate"), rate()},
            {QStringLiteral("Shuffle"), shuffle()},
            {QStringLiteral("Metadata"), metadata()},
            {QStringLiteral("Volume"), volume()},
            {QStringLiteral("CanGoNext"), canGoNext()},
            {QStringLiteral("CanGoPrevious"), canGoPrevious()},
            {QStringLiteral("CanPlay"), canPlay()},
            {QStringLiteral("CanPause"), canPause()},
            {QStringLiteral("CanSeek"), canSeek()}};
}

void MprisPlayerAdaptor::scheduleChanges()
{
    m_changes.start();
}

void MprisPlayerAdaptor::sendChanges()
{
    const QVariantMap now = snapshot();
    QVariantMap changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_sent.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    m_sent = now;
    if (changed.isEmpty())
        return;
    QDBusMessage signal = QDBusMessage::createSignal(m_path, kPropertiesInterface, QStringLiteral("PropertiesChanged"));
    signal << kPlayerInterface << changed << QStringList();
    m_bus.send(signal);
}

}  // namespace waveshelf
