#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace waveshelf {

// What PlayerController plays through: one source at a time, its status, playback
// state, position, duration and errors, and the volume and mute of its output. The
// app's implementation is QtMediaBackend (Qt Multimedia: QMediaPlayer + QAudioOutput
// on GStreamer); the tests use FakeMediaBackend (tests/player), which reports at
// once what a media framework would. Whoever builds the controller passes one in.
//
// Implementations announce every change with the signals below, as QMediaPlayer
// does: mediaStatusChanged, playbackStateChanged, positionChanged (also when a seek
// lands), durationChanged, seekableChanged, and errorOccurred for a source that
// fails. Volume and mute are kept here (bounded, announced once per change) and
// handed to the implementation's output (applyVolume, applyMuted).
class MediaBackend : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaBackend)

public:
    // QMediaPlayer::MediaStatus in the same order.
    enum class Status {
        NoMedia,
        Loading,
        Loaded,
        Stalled,
        Buffering,
        Buffered,
        EndOfMedia,
        Invalid
    };
    Q_ENUM(Status)
    enum class Playback {
        Stopped,
        Playing,
        Paused
    };
    Q_ENUM(Playback)
    // Why a source failed: QMediaPlayer::Error's values, without NoError.
    enum class Failure {
        Resource = 1,
        Format,
        Network,
        AccessDenied
    };
    Q_ENUM(Failure)

    ~MediaBackend() override;

    // Whether the media framework has been started (the first open(), not before).
    [[nodiscard]] virtual bool isStarted() const = 0;
    [[nodiscard]] virtual Status status() const = 0;
    [[nodiscard]] virtual Playback playback() const = 0;
    [[nodiscard]] virtual bool hasSource() const = 0;
    [[nodiscard]] virtual bool isSeekable() const = 0;
    [[nodiscard]] virtual qint64 duration() const = 0;  // 0 while unknown

    // Opens `source` (starting the media framework on the first call); play() or
    // pause() follows.
    virtual void open(const QUrl &source) = 0;
    virtual void play() = 0;
    // Pausing, stopping and seeking do nothing while there is no source.
    virtual void pause() = 0;
    virtual void stop() = 0;
    virtual void setPosition(qint64 positionMs) = 0;
    // Stops and forgets the source.
    virtual void unload() = 0;

    [[nodiscard]] float volume() const { return m_volume; }
    [[nodiscard]] bool isMuted() const { return m_muted; }
    void setVolume(float volume);  // 0..1
    void setMuted(bool muted);

signals:
    void positionChanged(qint64 position);
    void durationChanged(qint64 duration);
    void seekableChanged(bool seekable);
    void mediaStatusChanged(waveshelf::MediaBackend::Status status);
    void playbackStateChanged(waveshelf::MediaBackend::Playback state);
    void errorOccurred(waveshelf::MediaBackend::Failure failure, const QString &text);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);

protected:
    explicit MediaBackend(QObject *parent = nullptr);
    // The output's volume and mute, on every setVolume/setMuted (also unchanged ones).
    virtual void applyVolume(float volume) = 0;
    virtual void applyMuted(bool muted) = 0;

private:
    float m_volume = 1.0F;  // QAudioOutput's own defaults
    bool m_muted = false;
};

}  // namespace waveshelf
