#pragma once

#include <QMediaPlayer>
#include <QObject>

class QAudioOutput;

namespace waveshelf {

// The QMediaPlayer + QAudioOutput pair behind PlayerController, made on first use
// (player()), not when constructed: Qt Multimedia's backend (GStreamer and its
// plugins) then loads on the first play, not at login. Until then the getters answer
// what an idle player would (no media, stopped, not seekable, duration 0) and the
// volume and mute are remembered here, then applied to the output when it is made.
// The player's signals are forwarded from this object, so receivers can connect
// before the player exists.
class MediaBackend final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaBackend)

public:
    explicit MediaBackend(QObject *parent = nullptr);
    ~MediaBackend() override;

    [[nodiscard]] bool exists() const { return m_player != nullptr; }
    // Makes the player and its audio output on the first call.
    QMediaPlayer &player();

    // None of these makes the player.
    [[nodiscard]] QMediaPlayer::MediaStatus mediaStatus() const;
    [[nodiscard]] QMediaPlayer::PlaybackState playbackState() const;
    [[nodiscard]] bool hasSource() const;
    [[nodiscard]] bool isSeekable() const;
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] float volume() const { return m_volume; }
    [[nodiscard]] bool isMuted() const { return m_muted; }
    void setVolume(float volume);  // 0..1
    void setMuted(bool muted);
    // Stops and forgets the source; nothing to do before the player exists.
    void unload();
    void stop();
    void pause();

signals:
    void positionChanged(qint64 position);
    void durationChanged(qint64 duration);
    void seekableChanged(bool seekable);
    void mediaStatusChanged(QMediaPlayer::MediaStatus status);
    void playbackStateChanged(QMediaPlayer::PlaybackState state);
    void errorOccurred(QMediaPlayer::Error error, const QString &text);
    void volumeChanged(float volume);
    void mutedChanged(bool muted);

private:
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_output = nullptr;
    float m_volume = 1.0F;  // QAudioOutput's own defaults
    bool m_muted = false;
};

}  // namespace waveshelf
