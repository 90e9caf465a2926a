#pragma once

#include "MediaBackend.h"

#include <QMediaPlayer>

class QAudioOutput;

namespace waveshelf {

// The app's MediaBackend: a QMediaPlayer + QAudioOutput (Qt Multimedia's GStreamer
// backend on Linux) made on the first open(), not when constructed: the media
// framework (GStreamer and its plugins) then loads on the first play, not at login.
// Until then the getters answer what an idle player would (no media, stopped, not
// seekable, duration 0) and the volume and mute are applied to the output when it
// is made. The player's signals are forwarded from this object.
class QtMediaBackend final : public MediaBackend {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QtMediaBackend)

public:
    // `audioOutputId`: the QAudioDevice::id() to play on (Settings → Playback); empty,
    // or a device no longer there: the system's default output.
    explicit QtMediaBackend(const QByteArray &audioOutputId = {}, QObject *parent = nullptr);
    ~QtMediaBackend() override;

    [[nodiscard]] bool isStarted() const override { return m_player != nullptr; }
    [[nodiscard]] Status status() const override;
    [[nodiscard]] Playback playback() const override;
    [[nodiscard]] bool hasSource() const override;
    [[nodiscard]] bool isSeekable() const override;
    [[nodiscard]] qint64 duration() const override;

    void open(const QUrl &source) override;
    void play() override;
    void pause() override;
    void stop() override;
    void setPosition(qint64 positionMs) override;
    void unload() override;

    [[nodiscard]] static Status statusOf(QMediaPlayer::MediaStatus status);
    [[nodiscard]] static Playback playbackOf(QMediaPlayer::PlaybackState state);
    [[nodiscard]] static Failure failureOf(QMediaPlayer::Error error);

protected:
    void applyVolume(float volume) override;
    void applyMuted(bool muted) override;

private:
    // Makes the player and its audio output on the first call.
    QMediaPlayer &player();
    void onError(QMediaPlayer::Error error, const QString &text);

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    QByteArray m_audioOutputId;
};

}  // namespace waveshelf
