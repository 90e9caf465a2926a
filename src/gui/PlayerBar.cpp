#include "PlayerBar.h"

#include "ArtworkLoader.h"
#include "ElidedLabel.h"
#include "LibraryIcons.h"
#include "PlayQueue.h"
#include "SeekSlider.h"
#include "common/Error.h"
#include "soundcloud/Track.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
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
    , m_title(new ElidedLabel(this))
    , m_artist(new ElidedLabel(this))
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
    m_elapsed->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setAccessibleName(tr("Total time"));
    m_repeat->setCheckable(true);  // checked while it repeats
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

    // Three columns, as music players have them: what plays on the left, the
    // transport and the seek bar in the middle, the volume on the right. The side
    // columns share the rest equally, so the transport stays centred and never
    // moves with the title's length (the title is elided instead).
    auto *nowPlaying = new QWidget(this);
    auto *text = new QVBoxLayout;
    text->addStretch();
    text->addWidget(m_title);
    text->addWidget(m_artist);
    text->addStretch();
    auto *left = new QHBoxLayout(nowPlaying);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_cover);
    left->addLayout(text, 1);

    auto *transport = new QHBoxLayout;
    transport->addStretch();
    for (QToolButton *button : {m_shuffle, m_previous, m_playPause, m_next, m_repeat})
        transport->addWidget(button);
    transport->addStretch();
    auto *position = new QHBoxLayout;
    position->addWidget(m_elapsed);
    position->addWidget(m_seek, 1);
    position->addWidget(m_total);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addLayout(transport);
    centreLayout->addLayout(position);

    auto *volume = new QWidget(this);
    auto *right = new QHBoxLayout(volume);
    right->setContentsMargins(0, 0, 0, 0);
    right->addStretch();
    right->addWidget(m_mute);
    right->addWidget(m_volume);

    auto *columns = new QGridLayout(this);
    columns->setContentsMargins(6, 2, 6, 2);
    columns->addWidget(nowPlaying, 0, 0);
    columns->addWidget(centre, 0, 1);
    columns->addWidget(volume, 0, 2);
    columns->addWidget(m_status, 1, 0, 1, 3);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 2);
    columns->setColumnStretch(2, 1);
    const int side = qMax(nowPlaying->minimumSizeHint().width(), volume->minimumSizeHint().width());
    columns->setColumnMinimumWidth(0, side);
    columns->setColumnMinimumWidth(2, side);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

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
    connect(&queue, &QAbstractItemModel::rowsInserted, this, &PlayerBar::updateEnabled);
    connect(&queue, &QAbstractItemModel::rowsRemoved, this, &PlayerBar::updateEnabled);
    connect(&queue, &QAbstractItemModel::modelReset, this, &PlayerBar::updateEnabled);
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

    updateIcons();
    onTrack(m_player.currentTrack().value_or(Track{}));
    onState(m_player.state());
    onDuration(m_player.duration());
    onPosition(m_player.position());
    onVolume();
    onRepeat();
    m_shuffle->setChecked(queue.shuffle());
}

PlayerBar::~PlayerBar() = default;

void PlayerBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
}

void PlayerBar::updateIcons()
{
    // Made from the palette and style now in effect (a dark theme too).
    m_previous->setIcon(LibraryIcons::icon(LibraryIcons::Symbol::Previous, palette()));
    m_next->setIcon(LibraryIcons::icon(LibraryIcons::Symbol::Next, palette()));
    m_shuffle->setIcon(LibraryIcons::icon(LibraryIcons::Symbol::Shuffle, palette()));
    onState(m_player.state());
    onVolume();
    onRepeat();
}

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
    m_title->setFullText(track.title);
    m_artist->setFullText(track.artist);
    m_title->setAccessibleName(tr("Title: %1").arg(track.title));
    m_artist->setAccessibleName(tr("Artist: %1").arg(track.artist));
    m_artworkUrl = track.artworkUrl;
    updateArtwork();
    updateStatus();
    updateEnabled();
}

void PlayerBar::updateArtwork()
{
    const QImage image = m_artwork && m_artworkUrl.isValid() ? m_artwork->image(m_artworkUrl, this) : QImage();
    if (image.isNull()) {
        m_cover->setPixmap(QPixmap());
        return;
    }
    m_cover->setPixmap(ArtworkLoader::pixmapFor(image, m_cover->size(), devicePixelRatioF()));
}

void PlayerBar::onState(PlayerController::State state)
{
    using State = PlayerController::State;
    const bool active = state == State::Playing || state == State::Buffering || state == State::Loading;
    const QString tip = active ? tr("Pause") : tr("Play");
    m_playPause->setText(tip);
    setTip(m_playPause, tip);
    m_playPause->setIcon(
        LibraryIcons::icon(active ? LibraryIcons::Symbol::Pause : LibraryIcons::Symbol::Play, palette()));
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
    // Wide enough for every time of this track: the seek bar keeps its length while it plays.
    const int width = fontMetrics().horizontalAdvance(formatTime(qMax<qint64>(ms, 10 * 60'000)));
    m_elapsed->setMinimumWidth(width);
    m_total->setMinimumWidth(width);
    updateEnabled();
}

void PlayerBar::updateEnabled()
{
    // Nothing to play: nothing to press.
    const bool any = m_player.queue().count() > 0;
    for (QWidget *control :
         {static_cast<QWidget *>(m_previous), static_cast<QWidget *>(m_playPause), static_cast<QWidget *>(m_next)})
        control->setEnabled(any);
    m_seek->setEnabled(any && m_player.currentTrack().has_value());
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
    m_mute->setIcon(style()->standardIcon(m_player.isMuted() ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume,
                                          nullptr, this));
}

void PlayerBar::onRepeat()
{
    const auto repeat = m_player.queue().repeat();
    const QString tip = repeat == PlayQueue::Repeat::All ? tr("Repeat: all")
        : repeat == PlayQueue::Repeat::One               ? tr("Repeat: one track")
                                                         : tr("Repeat: off");
    m_repeat->setText(tip);
    setTip(m_repeat, tip);
    m_repeat->setChecked(repeat != PlayQueue::Repeat::Off);
    m_repeat->setIcon(LibraryIcons::icon(
        repeat == PlayQueue::Repeat::One ? LibraryIcons::Symbol::RepeatOne : LibraryIcons::Symbol::Repeat, palette()));
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
