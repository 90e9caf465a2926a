#include "PlayerBar.h"

#include "ArtworkLoader.h"
#include "PlayQueue.h"
#include "SeekSlider.h"
#include "common/Error.h"
#include "soundcloud/Track.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace waveshelf {

namespace {

constexpr int kCoverSize = 48;

void setTip(QWidget *widget, const QString &tip)
{
    widget->setToolTip(tip);
    widget->setAccessibleName(tip);
}

}  // namespace

PlayerBar::PlayerBar(PlayerController &player, ArtworkLoader *artwork, QWidget *parent)
    : QWidget(parent)
    , m_player(player)
    , m_artwork(artwork)
    , m_cover(new QLabel(this))
    , m_title(new QLabel(this))
    , m_artist(new QLabel(this))
    , m_previous(addButton(QStringLiteral("previousButton"), tr("Previous")))
    , m_playPause(addButton(QStringLiteral("playPauseButton"), tr("Play")))
    , m_next(addButton(QStringLiteral("nextButton"), tr("Next")))
    , m_elapsed(new QLabel(formatTime(0), this))
    , m_seek(new SeekSlider(this))
    , m_total(new QLabel(formatTime(0), this))
    , m_shuffle(addButton(QStringLiteral("shuffleButton"), tr("Shuffle"), true))
    , m_repeat(addButton(QStringLiteral("repeatButton"), tr("Repeat: off")))
    , m_mute(addButton(QStringLiteral("muteButton"), tr("Mute"), true))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("playerBar"));
    setAccessibleName(tr("Player"));
    m_cover->setFixedSize(kCoverSize, kCoverSize);
    m_cover->setAccessibleName(tr("Artwork"));
    m_title->setObjectName(QStringLiteral("playerTitle"));
    m_artist->setObjectName(QStringLiteral("playerArtist"));
    m_status->setObjectName(QStringLiteral("playerStatus"));
    m_status->setWordWrap(true);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_total->setAccessibleName(tr("Total time"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_next->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    setTip(m_seek, tr("Position"));
    m_seek->setSingleStep(5'000);
    m_seek->setPageStep(30'000);
    m_seek->setFocusPolicy(Qt::StrongFocus);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    setTip(m_volume, tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setMaximumWidth(120);
    m_volume->setFocusPolicy(Qt::StrongFocus);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_artist);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_cover);
    controls->addLayout(text, 2);
    for (QWidget *widget : {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_playPause),
                            static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_elapsed)})
        controls->addWidget(widget);
    controls->addWidget(m_seek, 3);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_total), static_cast<QWidget *>(m_shuffle), static_cast<QWidget *>(m_repeat),
          static_cast<QWidget *>(m_mute), static_cast<QWidget *>(m_volume)})
        controls->addWidget(widget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addLayout(controls);
    layout->addWidget(m_status);

    PlayQueue &queue = m_player.queue();
    connect(m_previous, &QToolButton::clicked, &m_player, &PlayerController::previous);
    connect(m_playPause, &QToolButton::clicked, &m_player, &PlayerController::togglePlayPause);
    connect(m_next, &QToolButton::clicked, &m_player, &PlayerController::next);
    connect(m_shuffle, &QToolButton::toggled, &queue, &PlayQueue::setShuffle);
    connect(&queue, &PlayQueue::shuffleChanged, m_shuffle, &QToolButton::setChecked);
    connect(m_repeat, &QToolButton::clicked, this, [&queue] {
        const auto repeat = queue.repeat();
        queue.setRepeat(repeat == PlayQueue::Repeat::Off       ? PlayQueue::Repeat::All
                            : repeat == PlayQueue::Repeat::All ? PlayQueue::Repeat::One
                                                               : PlayQueue::Repeat::Off);
    });
    connect(&queue, &PlayQueue::repeatChanged, this, &PlayerBar::onRepeat);
    connect(m_mute, &QToolButton::toggled, &m_player, &PlayerController::setMuted);
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) { m_player.setVolume(float(value) / 100.0F); });
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) { m_elapsed->setText(formatTime(value)); });
    connect(m_seek, &QSlider::sliderPressed, this,
            [this] { m_elapsed->setText(formatTime(m_seek->sliderPosition())); });  // a click jumped there
    connect(m_seek, &QSlider::sliderReleased, this, &PlayerBar::seekToSlider);
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && action != QAbstractSlider::SliderNoAction)
            seekToSlider();  // keys, page clicks
    });
    connect(&m_player, &PlayerController::currentTrackChanged, this, &PlayerBar::onTrack);
    connect(&m_player, &PlayerController::stateChanged, this, &PlayerBar::onState);
    connect(&m_player, &PlayerController::positionChanged, this, &PlayerBar::onPosition);
    connect(&m_player, &PlayerController::durationChanged, this, &PlayerBar::onDuration);
    connect(&m_player, &PlayerController::volumeChanged, this, &PlayerBar::onVolume);
    connect(&m_player, &PlayerController::mutedChanged, this, &PlayerBar::onVolume);
    connect(&m_player, &PlayerController::previewChanged, this, &PlayerBar::updateStatus);
    connect(&m_player, &PlayerController::notice, this, &PlayerBar::showMessage);
    connect(&m_player, &PlayerController::errorOccurred, this,
            [this](const Error &error) { showMessage(error.message); });
    if (m_artwork)
        connect(m_artwork, &ArtworkLoader::imageReady, this, [this](const QUrl &url) {
            if (url == m_artworkUrl)
                updateArtwork();
        });
    m_messageTimer.setSingleShot(true);
    m_messageTimer.setInterval(kMessageMs);
    connect(&m_messageTimer, &QTimer::timeout, this, [this] {
        if (m_player.state() == PlayerController::State::Playing) {
            m_message.clear();
            updateStatus();
        }
    });

    onTrack(m_player.currentTrack().value_or(Track{}));
    onState(m_player.state());
    onDuration(m_player.duration());
    onPosition(m_player.position());
    onVolume();
    onRepeat();
    m_shuffle->setChecked(queue.shuffle());
}

PlayerBar::~PlayerBar() = default;

QToolButton *PlayerBar::addButton(const QString &objectName, const QString &tip, bool checkable)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(tip);
    setTip(button, tip);
    button->setCheckable(checkable);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setAutoRaise(true);
    return button;
}

QString PlayerBar::formatTime(qint64 ms)
{
    const QLocale locale;
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const auto twoDigits = [&locale](qint64 n) {
        return n < 10 ? locale.zeroDigit() + locale.toString(n) : locale.toString(n);
    };
    if (seconds >= 3600) {
        return tr("%1:%2:%3", "hours:minutes:seconds")
            .arg(locale.toString(seconds / 3600), twoDigits(seconds / 60 % 60), twoDigits(seconds % 60));
    }
    return tr("%1:%2", "minutes:seconds").arg(locale.toString(seconds / 60), twoDigits(seconds % 60));
}

void PlayerBar::onTrack(const Track &track)
{
    m_title->setText(track.title);
    m_artist->setText(track.artist);
    m_title->setAccessibleName(tr("Title: %1").arg(track.title));
    m_artist->setAccessibleName(tr("Artist: %1").arg(track.artist));
    m_artworkUrl = track.artworkUrl;
    updateArtwork();
    updateStatus();
}

void PlayerBar::updateArtwork()
{
    const QImage image = m_artwork && m_artworkUrl.isValid() ? m_artwork->image(m_artworkUrl, this) : QImage();
    m_cover->setPixmap(image.isNull()
                           ? QPixmap()
                           : QPixmap::fromImage(image.scaled(m_cover->size() * devicePixelRatio(), Qt::KeepAspectRatio,
                                                             Qt::SmoothTransformation)));
}

void PlayerBar::onState(PlayerController::State state)
{
    using State = PlayerController::State;
    const bool active = state == State::Playing || state == State::Buffering || state == State::Loading;
    const QString tip = active ? tr("Pause") : tr("Play");
    m_playPause->setText(tip);
    setTip(m_playPause, tip);
    m_playPause->setIcon(style()->standardIcon(active ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (state == State::Playing && !m_message.isEmpty() && !m_messageTimer.isActive())
        m_messageTimer.start();
    updateStatus();
}

void PlayerBar::onPosition(qint64 ms)
{
    if (m_seek->isSliderDown())
        return;  // the user is choosing a place
    const QSignalBlocker quiet(m_seek);
    m_seek->setValue(int(qMin<qint64>(ms, m_seek->maximum())));
    m_elapsed->setText(formatTime(ms));
}

void PlayerBar::onDuration(qint64 ms)
{
    m_seek->setRange(0, int(qBound<qint64>(0, ms, qint64(std::numeric_limits<int>::max()))));
    m_total->setText(formatTime(ms));
}

void PlayerBar::seekToSlider()
{
    m_player.seek(m_seek->sliderPosition());
}

void PlayerBar::onVolume()
{
    const QSignalBlocker quietVolume(m_volume);
    const QSignalBlocker quietMute(m_mute);
    m_volume->setValue(qRound(m_player.volume() * 100.0F));
    m_mute->setChecked(m_player.isMuted());
    const QString tip = m_player.isMuted() ? tr("Unmute") : tr("Mute");
    m_mute->setText(tip);
    setTip(m_mute, tip);
    m_mute->setIcon(style()->standardIcon(m_player.isMuted() ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
}

void PlayerBar::onRepeat()
{
    const auto repeat = m_player.queue().repeat();
    const QString tip = repeat == PlayQueue::Repeat::All ? tr("Repeat: all")
        : repeat == PlayQueue::Repeat::One               ? tr("Repeat: one track")
                                                         : tr("Repeat: off");
    m_repeat->setText(tip);
    setTip(m_repeat, tip);
}

void PlayerBar::showMessage(const QString &text)
{
    m_message = text;
    m_messageTimer.stop();
    updateStatus();
}

void PlayerBar::updateStatus()
{
    using State = PlayerController::State;
    QStringList lines;
    const State state = m_player.state();
    if (state == State::Loading || state == State::Buffering)
        lines << tr("Buffering…");
    if (m_player.isPreview() && m_player.currentTrack())
        lines << tr("Preview: only 30 seconds of this track play.");
    if (!m_message.isEmpty())
        lines << m_message;
    m_status->setText(lines.join(QLatin1Char(' ')));
    m_status->setAccessibleName(m_status->text());
}

}  // namespace waveshelf
