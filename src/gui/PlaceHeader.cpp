#include "PlaceHeader.h"

#include "ArtworkLoader.h"
#include "ElidedLabel.h"
#include "LibraryIcons.h"
#include "soundcloud/ArtworkUrl.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace waveshelf {

namespace {

constexpr int kPictureSide = 48;

}  // namespace

PlaceHeader::PlaceHeader(ArtworkLoader *artwork, QWidget *parent)
    : QWidget(parent)
    , m_artwork(artwork)
    , m_picture(new QLabel(this))
    , m_title(new ElidedLabel(this))
    , m_playAll(new QPushButton(tr("&Play all"), this))
    , m_shuffle(new QPushButton(tr("S&huffle"), this))
    , m_follow(new QPushButton(this))
{
    setObjectName(QStringLiteral("placeHeader"));
    m_picture->setObjectName(QStringLiteral("placePicture"));
    m_picture->setFixedSize(kPictureSide, kPictureSide);
    m_picture->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("placeTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_playAll->setObjectName(QStringLiteral("playAllPushButton"));
    m_playAll->setAccessibleName(tr("Play all"));
    m_playAll->setAutoDefault(false);
    m_shuffle->setObjectName(QStringLiteral("shufflePushButton"));
    m_shuffle->setAccessibleName(tr("Shuffle"));
    m_shuffle->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_picture);
    layout->addWidget(m_title, 1);
    layout->addWidget(m_playAll);
    layout->addWidget(m_shuffle);
    layout->addWidget(m_follow);
    m_follow->setObjectName(QStringLiteral("followPushButton"));
    m_follow->setCheckable(true);
    m_follow->setAutoDefault(false);
    m_follow->hide();
    connect(m_follow, &QPushButton::clicked, this, &PlaceHeader::followToggled);
    connect(m_playAll, &QPushButton::clicked, this, &PlaceHeader::playAllRequested);
    connect(m_shuffle, &QPushButton::clicked, this, &PlaceHeader::shuffleRequested);
    if (m_artwork) {
        connect(m_artwork, &ArtworkLoader::imageReady, this, [this](const QUrl &url) {
            if (url == m_pictureUrl)
                showPicture();
        });
    }
    setPlayable(false);
    updateIcons();
}

void PlaceHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateIcons();  // drawn in the palette's colours
}

void PlaceHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitButtons();
}

void PlaceHeader::setFollowing(std::optional<bool> following)
{
    m_follow->setVisible(following.has_value());
    if (!following)
        return;
    m_follow->setChecked(*following);
    m_follow->setText(*following ? tr("Following") : tr("Follow"));
    m_follow->setAccessibleName(m_follow->text());
    m_follow->setToolTip(*following ? tr("You follow them; click to unfollow") : tr("Follow them on SoundCloud"));
}

void PlaceHeader::fitButtons()
{
    const QString playAll = tr("&Play all");
    const QString shuffle = tr("S&huffle");
    const QFontMetrics metrics = m_playAll->fontMetrics();
    // Room for both labels beside the picture and a readable title.
    const int labels = metrics.horizontalAdvance(playAll) + metrics.horizontalAdvance(shuffle);
    const bool narrow = width() < m_picture->width() + metrics.averageCharWidth() * 16 + labels * 2;
    m_playAll->setText(narrow ? QString() : playAll);
    m_shuffle->setText(narrow ? QString() : shuffle);
    m_playAll->setToolTip(tr("Play all"));
    m_shuffle->setToolTip(tr("Shuffle"));
}

void PlaceHeader::updateIcons()
{
    m_playAll->setIcon(LibraryIcons::icon(LibraryIcons::Symbol::PlayAll, palette()));
    m_shuffle->setIcon(LibraryIcons::icon(LibraryIcons::Symbol::Shuffle, palette()));
    showPicture();
}

PlaceHeader::~PlaceHeader() = default;

void PlaceHeader::showPlace(const QString &title, LibraryList::Kind kind, const QUrl &picture)
{
    m_title->setFullText(title);
    m_title->setAccessibleName(title);
    m_kind = kind;
    const int pixels = qRound(kPictureSide * devicePixelRatioF());
    m_pictureUrl = picture.isEmpty() ? QUrl() : ArtworkUrl::sized(picture, ArtworkUrl::fitting(pixels));
    showPicture();
}

void PlaceHeader::showPicture()
{
    const QImage image = m_artwork && m_pictureUrl.isValid() ? m_artwork->image(m_pictureUrl, this) : QImage();
    if (image.isNull()) {
        m_picture->setPixmap(
            LibraryIcons::forKind(m_kind, palette()).pixmap(QSize(kPictureSide, kPictureSide) * 3 / 4));
        return;
    }
    m_picture->setPixmap(ArtworkLoader::pixmapFor(image, m_picture->size(), devicePixelRatioF()));
}

void PlaceHeader::setPlayable(bool playable)
{
    m_playAll->setEnabled(playable);
    m_shuffle->setEnabled(playable);
}

QString PlaceHeader::title() const
{
    return m_title->fullText();
}

}  // namespace waveshelf
