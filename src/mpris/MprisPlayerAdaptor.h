#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QElapsedTimer>
#include <QTimer>
#include <QVariantMap>

class QDBusMessage;

namespace waveshelf {

class PlayerController;

// org.mpris.MediaPlayer2.Player over a PlayerController (and its PlayQueue):
// playback status, loop status (repeat), shuffle, the current track's metadata,
// volume, position (µs, read when asked, never signalled) and what can be done;
// Play/Pause/PlayPause/Stop/Next/Previous/Seek/SetPosition drive the controller.
// Every change of a signalled property goes out once in
// org.freedesktop.DBus.Properties.PropertiesChanged (changes of one event-loop
// turn together); Seeked follows a seek, from D-Bus or from the app. Rate is
// fixed at 1; OpenUri is not supported (Waveshelf opens no URIs).
class MprisPlayerAdaptor final : public QDBusAbstractAdaptor {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MprisPlayerAdaptor)
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.Player")
    Q_PROPERTY(QString PlaybackStatus READ playbackStatus)
    Q_PROPERTY(QString LoopStatus READ loopStatus WRITE setLoopStatus)
    Q_PROPERTY(double Rate READ rate WRITE setRate)
    Q_PROPERTY(double MinimumRate READ rate)
    Q_PROPERTY(double MaximumRate READ rate)
    Q_PROPERTY(bool Shuffle READ shuffle WRITE setShuffle)
    Q_PROPERTY(QVariantMap Metadata READ metadata)
    Q_PROPERTY(double Volume READ volume WRITE setVolume)
    Q_PROPERTY(qlonglong Position READ position)
    Q_PROPERTY(bool CanGoNext READ canGoNext)
    Q_PROPERTY(bool CanGoPrevious READ canGoPrevious)
    Q_PROPERTY(bool CanPlay READ canPlay)
    Q_PROPERTY(bool CanPause READ canPause)
    Q_PROPERTY(bool CanSeek READ canSeek)
    Q_PROPERTY(bool CanControl READ canControl)

public:
    // A position that moves by more than this against the clock is a seek.
    static constexpr qint64 kJumpMs = 500;

    MprisPlayerAdaptor(QObject *exported, PlayerController &player, const QDBusConnection &bus, QString objectPath);

    [[nodiscard]] QString playbackStatus() const;
    [[nodiscard]] QString loopStatus() const;
    void setLoopStatus(const QString &status);
    [[nodiscard]] static double rate() { return 1.0; }
    void setRate(double rate);
    [[nodiscard]] bool shuffle() const;
    void setShuffle(bool on);
    [[nodiscard]] QVariantMap metadata() const;
    [[nodiscard]] double volume() const;
    void setVolume(double volume);
    [[nodiscard]] qlonglong position() const;
    [[nodiscard]] bool canGoNext() const;
    [[nodiscard]] bool canGoPrevious() const;
    [[nodiscard]] bool canPlay() const;
    [[nodiscard]] bool canPause() const;
    [[nodiscard]] bool canSeek() const;
    [[nodiscard]] static bool canControl() { return true; }

public slots:
    void Next();
    void Previous();
    void Pause();
    void PlayPause();
    void Stop();
    void Play();
    void Seek(qlonglong offsetUs);
    void SetPosition(const QDBusObjectPath &trackId, qlonglong positionUs);
    void OpenUri(const QString &uri, const QDBusMessage &message);

signals:
    void Seeked(qlonglong positionUs);

private:
    // The signalled properties as they are now (all but Position and CanControl).
    [[nodiscard]] QVariantMap snapshot() const;
    void scheduleChanges();
    void sendChanges();
    void onPosition(qint64 positionMs);
    void onTrackChanged();
    void seekTo(qint64 positionMs);

    PlayerController &m_player;
    QDBusConnection m_bus;
    QString m_path;
    QVariantMap m_sent;  // what PropertiesChanged last said (or the first snapshot)
    QTimer m_changes;
    qint64 m_lastPositionMs = 0;
    QElapsedTimer m_sinceLastPosition;
    bool m_seekRequested = false;  // a seek from D-Bus: its position answers with Seeked
};

}  // namespace waveshelf
