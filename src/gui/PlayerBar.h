#pragma once

#include "PlayerController.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QSlider;
class QToolButton;

namespace waveshelf {

class ArtworkLoader;
class ElidedLabel;
struct Error;
struct Track;

// The player bar at the bottom of the window, in three columns: artwork, title
// and artist (elided); shuffle, previous / play-pause / next and repeat, centred
// above a seek slider between the elapsed and total time; mute and volume, and one line of status: "Buffering…"
// while the stream opens, the preview notice, errors in plain words. Shows the
// PlayerController and its queue; every control acts on them. Each control's
// accessible name is its tooltip.
class PlayerBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerBar)

public:
    // `artwork` may be null (no pictures). Both must outlive the bar.
    PlayerBar(PlayerController &player, ArtworkLoader *artwork, QWidget *parent = nullptr);
    ~PlayerBar() override;

    // "1:05", "12:00", "1:02:03" with the locale's digits.
    [[nodiscard]] static QString formatTime(qint64 ms);

    // How long an error or notice stays once something plays again.
    static constexpr int kMessageMs = 10'000;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcons();
    void onTrack(const Track &track);
    void onState(PlayerController::State state);
    void onPosition(qint64 ms);
    void onDuration(qint64 ms);
    void onVolume();
    void onRepeat();
    void showMessage(const QString &text);
    void updateStatus();
    void updateArtwork();
    void seekToSlider();
    void updateEnabled();
    [[nodiscard]] QToolButton *addButton(const QString &objectName, const QString &tip, bool checkable = false);

    PlayerController &m_player;
    QPointer<ArtworkLoader> m_artwork;
    QUrl m_artworkUrl;
    QLabel *m_cover;
    ElidedLabel *m_title;
    ElidedLabel *m_artist;
    QToolButton *m_previous;
    QToolButton *m_playPause;
    QToolButton *m_next;
    QLabel *m_elapsed;
    QSlider *m_seek;
    QLabel *m_total;
    QToolButton *m_shuffle;
    QToolButton *m_repeat;
    QToolButton *m_mute;
    QSlider *m_volume;
    QLabel *m_status;
    QString m_message;
    QTimer m_messageTimer;
};

}  // namespace waveshelf
