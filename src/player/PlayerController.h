#pragma once

#include "MediaBackend.h"
#include "PlayQueue.h"
#include "StreamResolver.h"
#include "common/Error.h"
#include "soundcloud/Track.h"

#include <QObject>

#include <memory>
#include <optional>

namespace waveshelf {

// Plays the PlayQueue through a MediaBackend passed in by whoever builds it (the
// app: QtMediaBackend, QMediaPlayer + QAudioOutput; the tests: FakeMediaBackend);
// no widgets (the player bar, MPRIS and the tests all drive this). The backend's
// media framework starts when the first stream opens, not with this object: until
// then the getters answer for an idle player (not seekable, the track's own
// duration, the cued position) and volume and mute are remembered, then applied. Each play resolves
// the track's stream once (StreamResolver: the CDN URL only, never the token);
// seeking and pausing resolve nothing. A CDN URL that expires mid-track (a segment
// answers 403/410, the media framework reports an error after audio had played) is
// resolved again and playback resumes where it was. A preview track plays its
// preview and says so (notice, previewChanged); a blocked track does not play and
// says why; a track whose stream answers 404/403 is skipped with an error, never a
// silent stop.
class PlayerController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerController)

public:
    enum class State {
        Stopped,
        Loading,    // resolving the stream or opening it
        Buffering,  // playing, waiting for data
        Playing,
        Paused
    };
    Q_ENUM(State)

    // Previous restarts the track instead when it has played at least this long.
    static constexpr qint64 kRestartThresholdMs = 3'000;
    // Re-resolutions of one track without audio played in between (expired CDN URLs).
    static constexpr int kMaxRecoveries = 2;
    // Audio played since the last re-resolution that makes the next failure a new one.
    static constexpr qint64 kPlayedToRecoverAgainMs = 1'000;

    // Takes `media` as its child (its volume and mute are the player's).
    PlayerController(StreamResolver &resolver, PlayQueue &queue, std::unique_ptr<MediaBackend> media,
                     QObject *parent = nullptr);
    ~PlayerController() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] std::optional<Track> currentTrack() const { return m_track; }
    [[nodiscard]] qint64 position() const { return m_position; }
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] bool isSeekable() const;
    [[nodiscard]] bool isPreview() const { return m_preview; }
    [[nodiscard]] float volume() const;
    [[nodiscard]] bool isMuted() const;
    [[nodiscard]] PlayQueue &queue() { return m_queue; }
    // Whether the backend's media framework (QMediaPlayer, GStreamer) has started.
    [[nodiscard]] bool hasMediaBackend() const { return m_media->isStarted(); }

public slots:
    // Double-click or Enter in a list: the list becomes the queue, `index` plays.
    void playFrom(const QList<Track> &tracks, int index);
    // Plays `track` now, inserted after the current track; the rest of the queue stays.
    void playTrack(const Track &track);
    void playRow(int row);
    // Shows the queue's current track paused at `positionMs` without resolving its
    // stream (a queue restored at login); play() starts it from there.
    void cue(qint64 positionMs);
    // Resumes, or starts the queue's current track.
    void play();
    void pause();
    void togglePlayPause();
    void stop();
    void next();
    void previous();
    void seek(qint64 positionMs);
    void setVolume(float volume);  // 0..1
    void setMuted(bool muted);

signals:
    void stateChanged(waveshelf::PlayerController::State state);
    // The track now current (shown while it loads); an empty Track when none.
    void currentTrackChanged(const waveshelf::Track &track);
    void positionChanged(qint64 positionMs);
    void durationChanged(qint64 durationMs);
    void seekableChanged(bool seekable);
    void previewChanged(bool preview);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);
    // Something the user should know that is not a failure ("only the preview plays").
    void notice(const QString &text);
    // A failure in plain words; playback has moved on to the next track or stopped.
    void errorOccurred(const waveshelf::Error &error);

private:
    enum class Origin {
        User,     // the user chose this track: a blocked one stops here
        Advance,  // reached by moving on: a blocked or failing one is skipped
    };

    void start(Origin origin);
    void onResolved(Result<ResolvedStream> result, qint64 resumeAt);
    void onMediaStatus(MediaBackend::Status status);
    void onMediaError(MediaBackend::Failure failure, const QString &text);
    void onPosition(qint64 position);
    void resolveAgain();
    void skip(const Error &why);
    void advance(PlayQueue::Advance reason);
    void applyPendingSeek();
    void updateState();
    void setPreview(bool preview);
    void newPlayContext();

    StreamResolver &m_resolver;
    PlayQueue &m_queue;
    MediaBackend *m_media;             // a child
    QObject *m_playContext = nullptr;  // owns the callbacks of the current play
    std::optional<Track> m_track;
    State m_state = State::Stopped;
    bool m_resolving = false;
    bool m_wantPlaying = false;
    bool m_preview = false;
    bool m_cued = false;        // cue(): paused at m_position, nothing resolved yet
    bool m_heardAudio = false;  // the current source has played audio
    qint64 m_position = 0;
    qint64 m_pendingSeek = -1;  // applied once the media can seek
    int m_recoveries = 0;
    qint64 m_playedSinceRecovery = 0;  // played on (not sought) since the last re-resolution
    int m_failuresInRow = 0;           // skipped tracks since one last played: stops a queue of failures
};

}  // namespace waveshelf
