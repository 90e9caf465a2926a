#include "PlayerController.h"

#include "PlaybackErrors.h"
#include "common/LogCategories.h"

namespace waveshelf {

PlayerController::PlayerController(StreamResolver &resolver, PlayQueue &queue, std::unique_ptr<MediaBackend> media,
                                   QObject *parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_queue(queue)
    , m_media(media.release())
{
    m_media->setParent(this);
    connect(m_media, &MediaBackend::positionChanged, this, &PlayerController::onPosition);
    connect(m_media, &MediaBackend::durationChanged, this, &PlayerController::durationChanged);
    connect(m_media, &MediaBackend::seekableChanged, this, &PlayerController::seekableChanged);
    connect(m_media, &MediaBackend::mediaStatusChanged, this, &PlayerController::onMediaStatus);
    connect(m_media, &MediaBackend::playbackStateChanged, this, &PlayerController::updateState);
    connect(m_media, &MediaBackend::errorOccurred, this, &PlayerController::onMediaError);
    connect(m_media, &MediaBackend::volumeChanged, this, &PlayerController::volumeChanged);
    connect(m_media, &MediaBackend::mutedChanged, this, &PlayerController::mutedChanged);
}

PlayerController::~PlayerController()
{
    delete m_playContext;  // drops a resolution in flight
    m_media->disconnect(this);
}

qint64 PlayerController::duration() const
{
    const qint64 media = m_media->duration();
    return media > 0 || !m_track ? media : m_track->durationMs;
}

bool PlayerController::isSeekable() const
{
    return m_media->isSeekable();
}

float PlayerController::volume() const
{
    return m_media->volume();
}

bool PlayerController::isMuted() const
{
    return m_media->isMuted();
}

void PlayerController::setVolume(float volume)
{
    m_media->setVolume(volume);
}

void PlayerController::setMuted(bool muted)
{
    m_media->setMuted(muted);
}

void PlayerController::playFrom(const QList<Track> &tracks, int index)
{
    m_queue.playFrom(tracks, index);
    m_failuresInRow = 0;
    start(Origin::User);
}

void PlayerController::playTrack(const Track &track)
{
    m_queue.setCurrentIndex(m_queue.playNext(track));
    m_failuresInRow = 0;
    start(Origin::User);
}

void PlayerController::playRow(int row)
{
    if (!m_queue.setCurrentIndex(row) && m_queue.currentIndex() != row)
        return;
    m_failuresInRow = 0;
    start(Origin::User);
}

void PlayerController::newPlayContext()
{
    delete m_playContext;  // a resolution still on its way is dropped
    m_playContext = new QObject(this);
}

void PlayerController::start(Origin origin)
{
    const std::optional<Track> track = m_queue.current();
    if (!track) {
        stop();
        return;
    }
    // A restored queue's track starts where it was.
    const qint64 resumeAt = m_cued && m_track && m_track->urn == track->urn ? m_position : 0;
    m_cued = false;
    newPlayContext();
    m_media->unload();
    m_track = track;
    m_position = resumeAt;
    m_pendingSeek = -1;
    m_heardAudio = false;
    m_recoveries = 0;
    m_playedSinceRecovery = 0;
    emit currentTrackChanged(*track);
    emit positionChanged(resumeAt);
    emit durationChanged(track->durationMs);
    setPreview(track->isPreview());
    if (track->isBlocked()) {
        const Error why = PlaybackErrors::blocked(*track);
        if (origin == Origin::Advance) {
            skip(why);
            return;
        }
        m_wantPlaying = false;
        m_resolving = false;
        updateState();
        emit errorOccurred(why);
        return;
    }
    m_wantPlaying = true;
    m_resolving = true;
    updateState();
    m_resolver.resolve(*track, m_playContext,
                       [this, resumeAt](Result<ResolvedStream> result) { onResolved(std::move(result), resumeAt); });
}

void PlayerController::cue(qint64 positionMs)
{
    stop();
    m_track = m_queue.current();
    if (!m_track)
        return;
    m_cued = true;
    m_position = qMax<qint64>(0, positionMs);
    setPreview(m_track->isPreview());
    emit currentTrackChanged(*m_track);
    emit durationChanged(m_track->durationMs);
    emit positionChanged(m_position);
    updateState();
}

void PlayerController::onResolved(Result<ResolvedStream> result, qint64 resumeAt)
{
    m_resolving = false;
    if (!result.ok()) {
        const Error &error = result.error();
        qCWarning(lcPlayer) << "stream of" << (m_track ? m_track->urn : QString()) << "not resolved:" << error.detail;
        if (error.kind == ErrorKind::NotFound || error.kind == ErrorKind::AccessDenied) {
            skip(error);
            return;
        }
        m_wantPlaying = false;
        updateState();
        emit errorOccurred(error);
        return;
    }
    const ResolvedStream &stream = result.value();
    setPreview(stream.isPreview());
    if (stream.isPreview() && resumeAt == 0 && m_track) {
        emit notice(tr("Only a preview of “%1” can be played with your SoundCloud account; Waveshelf plays the "
                       "preview.")
                        .arg(PlaybackErrors::quoted(*m_track)));
    }
    m_pendingSeek = resumeAt > 0 ? resumeAt : -1;
    m_media->open(stream.cdnUrl);  // the media framework starts on the first play, not at login
    if (m_wantPlaying)
        m_media->play();
    else
        m_media->pause();
    updateState();
}

void PlayerController::play()
{
    if (m_resolving) {
        m_wantPlaying = true;
        return;
    }
    const MediaBackend::Status status = m_media->status();
    if (!m_media->hasSource() || status == MediaBackend::Status::EndOfMedia || status == MediaBackend::Status::NoMedia
        || status == MediaBackend::Status::Invalid) {
        m_failuresInRow = 0;
        start(Origin::User);
        return;
    }
    m_wantPlaying = true;
    m_media->play();
}

void PlayerController::pause()
{
    m_wantPlaying = false;
    if (!m_resolving)
        m_media->pause();
    updateState();
}

void PlayerController::togglePlayPause()
{
    if (m_wantPlaying && m_state != State::Stopped)
        pause();
    else
        play();
}

void PlayerController::stop()
{
    newPlayContext();
    m_cued = false;
    m_resolving = false;
    m_wantPlaying = false;
    m_pendingSeek = -1;
    m_media->stop();
    m_position = 0;
    emit positionChanged(0);
    updateState();
}

void PlayerController::next()
{
    m_failuresInRow = 0;
    advance(PlayQueue::Advance::User);
}

void PlayerController::previous()
{
    const int row = m_queue.previousIndex();
    if ((m_track && m_position >= kRestartThresholdMs) || row < 0) {
        seek(0);
        return;
    }
    m_queue.setCurrentIndex(row);
    m_failuresInRow = 0;
    start(Origin::User);
}

void PlayerController::seek(qint64 positionMs)
{
    const qint64 target = qMax<qint64>(0, positionMs);
    const MediaBackend::Status status = m_media->status();
    if (m_resolving || status == MediaBackend::Status::Loading || status == MediaBackend::Status::NoMedia
        || !m_media->isSeekable()) {
        m_pendingSeek = target;  // once the stream is open
    } else {
        m_media->setPosition(target);
    }
    m_position = target;
    emit positionChanged(target);
}

void PlayerController::advance(PlayQueue::Advance reason)
{
    const int row = m_queue.nextIndex(reason);
    if (row < 0) {
        stop();  // the end of the queue
        return;
    }
    m_queue.setCurrentIndex(row);
    start(Origin::Advance);
}

void PlayerController::skip(const Error &why)
{
    ++m_failuresInRow;
    const bool moreToTry = m_queue.nextIndex(PlayQueue::Advance::User) >= 0 && m_failuresInRow < m_queue.count();
    Error error = why;
    error.message = moreToTry ? tr("%1 Skipped to the next track.").arg(why.message) : why.message;
    emit errorOccurred(error);
    if (moreToTry) {
        advance(PlayQueue::Advance::User);
    } else {
        stop();
    }
}

void PlayerController::resolveAgain()
{
    ++m_recoveries;
    m_playedSinceRecovery = 0;
    const qint64 resumeAt = m_position;
    qCInfo(lcPlayer) << "stream of" << m_track->urn << "failed mid-track; resolving again to resume at" << resumeAt;
    newPlayContext();
    m_resolving = true;  // first: stopping the player reports position 0, which is not ours
    m_heardAudio = false;
    m_media->unload();
    updateState();
    m_resolver.resolve(*m_track, m_playContext,
                       [this, resumeAt](Result<ResolvedStream> result) { onResolved(std::move(result), resumeAt); });
}

void PlayerController::onMediaError(MediaBackend::Failure failure, const QString &text)
{
    if (m_resolving || !m_track)
        return;
    // The framework's text names the CDN URL: its signature stays out of the log.
    qCWarning(lcPlayer) << "media error" << failure << PlaybackErrors::withoutQueries(text) << "at" << m_position
                        << "ms";
    if ((m_heardAudio || m_pendingSeek > 0) && m_recoveries < kMaxRecoveries) {
        resolveAgain();
        return;
    }
    skip(Error{ErrorKind::Unreachable, tr("“%1” could not be played.").arg(PlaybackErrors::quoted(*m_track)),
               QStringLiteral("media error %1: %2").arg(int(failure)).arg(PlaybackErrors::withoutQueries(text))});
}

void PlayerController::onPosition(qint64 position)
{
    if (m_pendingSeek >= 0 || m_resolving)
        return;  // the stream is (re)opening: keep showing where the track was
    if (position > 0 && !m_heardAudio) {
        m_heardAudio = true;
        m_failuresInRow = 0;
    }
    // Positions come every 100 ms or so while audio plays; a larger step is a seek.
    if (const qint64 step = position - m_position; step > 0 && step < kPlayedToRecoverAgainMs) {
        m_playedSinceRecovery += step;
        if (m_playedSinceRecovery >= kPlayedToRecoverAgainMs)
            m_recoveries = 0;
    }
    m_position = position;
    emit positionChanged(position);
}

void PlayerController::applyPendingSeek()
{
    if (m_pendingSeek < 0 || !m_media->isSeekable())
        return;
    const qint64 target = m_pendingSeek;
    m_pendingSeek = -1;
    m_media->setPosition(target);
    m_position = target;
    emit positionChanged(target);
}

void PlayerController::onMediaStatus(MediaBackend::Status status)
{
    switch (status) {
    case MediaBackend::Status::Loaded:
    case MediaBackend::Status::Buffered:
        applyPendingSeek();
        break;
    case MediaBackend::Status::EndOfMedia:
        if (!m_resolving && m_track) {
            advance(PlayQueue::Advance::TrackEnded);
            return;
        }
        break;
    default:
        break;
    }
    updateState();
}

void PlayerController::updateState()
{
    State state = State::Stopped;
    const MediaBackend::Status status = m_media->status();
    if (m_resolving) {
        state = m_wantPlaying ? State::Loading : State::Paused;
    } else {
        switch (m_media->playback()) {
        case MediaBackend::Playback::Playing:
            if (status == MediaBackend::Status::Loading)
                state = State::Loading;
            else if (status == MediaBackend::Status::Stalled || status == MediaBackend::Status::Buffering
                     || m_pendingSeek >= 0)
                state = State::Buffering;
            else
                state = State::Playing;
            break;
        case MediaBackend::Playback::Paused:
            state = State::Paused;
            break;
        case MediaBackend::Playback::Stopped:
            state = m_cued ? State::Paused : State::Stopped;
            break;
        }
    }
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PlayerController::setPreview(bool preview)
{
    if (preview == m_preview)
        return;
    m_preview = preview;
    emit previewChanged(preview);
}

}  // namespace waveshelf
