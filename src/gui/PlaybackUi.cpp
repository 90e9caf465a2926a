#include "PlaybackUi.h"

#include "ArtworkLoader.h"
#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "PlayQueue.h"
#include "PlayerBar.h"
#include "PlayerController.h"
#include "QtMediaBackend.h"
#include "QueueView.h"
#include "UserPlayback.h"
#include "common/LogCategories.h"
#include "session/UserContext.h"
#include "soundcloud/ShareLink.h"
#ifdef WAVESHELF_HAVE_MPRIS
#include "MprisService.h"
#endif

#include <QAbstractButton>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QDockWidget>
#include <QKeyEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QRandomGenerator>
#include <QStatusBar>
#include <QToolBar>

namespace waveshelf {

PlaybackUi::PlaybackUi(QMainWindow &window)
    : QObject(&window)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Queue"), &window))
    , m_barArea(new QToolBar(tr("Player"), &window))
{
    // The player bar spans the whole window below the docks (toolbar areas
    // surround the dock areas), so the queue never takes its width.
    m_barArea->setObjectName(QStringLiteral("playerToolBar"));
    m_barArea->setMovable(false);
    m_barArea->setFloatable(false);
    m_barArea->toggleViewAction()->setVisible(false);  // not hidden from the window's context menu
    window.addToolBar(Qt::BottomToolBarArea, m_barArea);
    m_barArea->hide();

    m_dock->setObjectName(QStringLiteral("queueDock"));
    m_dock->setAccessibleName(tr("Queue"));
    window.addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    QMenu *menu = window.menuBar()->addMenu(tr("&Playback"));
    m_menus.append(menu->menuAction());
    m_playPause = menu->addAction(tr("&Play/Pause"), this, [this] {
        if (m_playback)
            m_playback->player().togglePlayPause();
    });
    m_playPause->setObjectName(QStringLiteral("playPauseAction"));
    m_playPause->setShortcut(QKeySequence(Qt::Key_Space));
    m_stop = menu->addAction(tr("&Stop"), this, [this] {
        if (m_playback)
            m_playback->player().stop();
    });
    m_previous = menu->addAction(tr("Pre&vious"), this, [this] {
        if (m_playback)
            m_playback->player().previous();
    });
    m_previous->setObjectName(QStringLiteral("previousAction"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    m_next = menu->addAction(tr("&Next"), this, [this] {
        if (m_playback)
            m_playback->player().next();
    });
    m_next->setObjectName(QStringLiteral("nextAction"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    menu->addSeparator();
    m_copyLinkAtTime = menu->addAction(tr("Copy &Link at Current Time"), this, &PlaybackUi::copyLinkAtTime);
    m_copyLinkAtTime->setObjectName(QStringLiteral("copyLinkAtTimeAction"));
    m_copyLinkAtTime->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));

    QMenu *view = window.menuBar()->addMenu(tr("&View"));
    m_menus.append(view->menuAction());
    QAction *showQueue = m_dock->toggleViewAction();
    showQueue->setText(tr("Show &Queue"));
    showQueue->setObjectName(QStringLiteral("showQueueAction"));
    // Shown from the menu, the queue takes about a quarter of the window: the library
    // keeps the rest (the user may widen it; that stays until the queue is hidden).
    connect(showQueue, &QAction::triggered, this, [this](bool shown) {
        if (shown && !m_dock->isFloating())
            m_window.resizeDocks({m_dock}, {qMax(m_dock->minimumSizeHint().width(), m_window.width() / 4)},
                                 Qt::Horizontal);
    });
    view->addAction(showQueue);
    window.installEventFilter(this);
    updateActions();
}

PlaybackUi::~PlaybackUi()
{
    logOut();
}

PlayerBar *PlaybackUi::playerBar() const
{
    return m_bar.data();
}

QueueView *PlaybackUi::queueView() const
{
    return m_queueView.data();
}

// The desktop's media keys and player applet (MPRIS 2), for as long as the
// user's player lives; without a session bus the app plays on without them.
void PlaybackUi::startMpris()
{
#ifdef WAVESHELF_HAVE_MPRIS
    PlayerController &player = m_playback->player();
    const auto raise = [this] {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
    };
    const auto quit = [this] { m_window.close(); };
    if (const auto mpris = MprisService::start(player, raise, quit, &player); !mpris.ok())
        qCInfo(lcMpris) << "Media keys and the desktop's player controls are off:" << mpris.error().detail;
#endif
}

void PlaybackUi::logIn(QNetworkAccessManager &network, Database &db, UserContext &user,
                       std::shared_ptr<const Vault> vault)
{
    logOut();
    const std::optional<PlayerState> kept = m_keptUserId == user.user().id ? m_kept : std::nullopt;
    m_kept.reset();
    m_keptUserId = -1;
    m_userId = user.user().id;
    m_playback = std::make_unique<UserPlayback>(network, user.tokens(), user.config().apiUrl, db, std::move(vault),
                                                std::make_unique<QtMediaBackend>(user.config().audioOutput.toUtf8()));
    m_artwork = std::make_unique<ArtworkLoader>(QString());  // in memory; no cookies, no token
    m_bar = new PlayerBar(m_playback->player(), m_artwork.get());
    m_barAction = m_barArea->addWidget(m_bar);
    m_barArea->show();
    m_queueView = new QueueView(m_playback->player(), m_artwork.get(), m_dock);
    m_dock->setWidget(m_queueView);
    startMpris();
    // Disconnected from SoundCloud: the queue goes too (the next account must not get it).
    connect(&user, &UserContext::disconnected, m_playback.get(), [this] {
        if (const Result<void> forgotten = m_playback->forget(); !forgotten.ok())
            qCWarning(lcPlayer) << "the emptied queue was not saved:" << forgotten.error().detail;
    });
    if (kept)
        m_playback->adopt(*kept);
    else
        m_playback->restore();
    updateActions();
}

void PlaybackUi::keepForSameUser()
{
    m_keepForSameUser = true;
}

void PlaybackUi::logOut()
{
    if (!m_playback)
        return;
    if (std::exchange(m_keepForSameUser, false)) {
        m_kept = m_playback->currentState();
        m_keptUserId = m_userId;
    }
    delete m_queueView.data();
    delete m_bar.data();
    delete m_barAction.data();
    m_barArea->hide();
    m_dock->hide();
    m_playback.reset();  // stops and saves
    m_artwork.reset();
    m_userId = -1;
    updateActions();
}

void PlaybackUi::attach(LibraryPage &page) const
{
    connect(&page, &LibraryPage::playRequested, this, &PlaybackUi::playFrom);
    connect(&page, &LibraryPage::shufflePlayRequested, this, &PlaybackUi::playShuffled);
    connect(&page, &LibraryPage::playNextRequested, this, &PlaybackUi::playNext);
    connect(&page, &LibraryPage::addToQueueRequested, this, &PlaybackUi::addToQueue);
    // The lists mark the track playing now.
    if (m_playback) {
        LibraryBrowser *browser = page.browser();
        const PlayerController &player = m_playback->player();
        connect(&player, &PlayerController::currentTrackChanged, browser,
                [browser](const Track &track) { browser->setNowPlaying(track.urn); });
        browser->setNowPlaying(player.currentTrack() ? player.currentTrack()->urn : QString());
    }
}

void PlaybackUi::playFrom(const QList<Track> &tracks, int index)
{
    if (m_playback)
        m_playback->player().playFrom(tracks, index);
}

void PlaybackUi::playShuffled(const QList<Track> &tracks)
{
    if (!m_playback || tracks.isEmpty())
        return;
    // Shuffle on, from a random track: the rest follow in shuffled order.
    m_playback->queue().setShuffle(true);
    m_playback->player().playFrom(tracks, int(QRandomGenerator::global()->bounded(qsizetype(tracks.size()))));
}

void PlaybackUi::playNext(const Track &track)
{
    if (m_playback)
        m_playback->queue().playNext(track);
}

void PlaybackUi::addToQueue(const QList<Track> &tracks)
{
    if (m_playback)
        m_playback->queue().add(tracks);
}

void PlaybackUi::updateActions()
{
    const bool on = m_playback != nullptr;
    for (QAction *action : {m_playPause, m_stop, m_previous, m_next, m_copyLinkAtTime, m_dock->toggleViewAction()})
        action->setEnabled(on);
    // Nothing to play or show before a user logs in: the menus appear with the player.
    for (QAction *menu : std::as_const(m_menus))
        menu->setVisible(on);
}

void PlaybackUi::copyLinkAtTime()
{
    const std::optional<Track> track = m_playback ? m_playback->player().currentTrack() : std::nullopt;
    const qint64 position = m_playback ? m_playback->player().position() : 0;
    const QUrl link = track ? ShareLink::atTime(track->permalinkUrl, position) : QUrl();
    if (!link.isValid()) {
        m_window.statusBar()->showMessage(track ? tr("“%1” has no SoundCloud link to share.").arg(track->title)
                                                : tr("Nothing is playing."),
                                          kStatusMs);
        return;
    }
    QGuiApplication::clipboard()->setText(link.toString());
    m_window.statusBar()->showMessage(
        tr("Copied the link to “%1” at %2.").arg(track->title, ShareLink::timeText(position)), kStatusMs);
}

bool PlaybackUi::eventFilter(QObject *watched, QEvent *event)
{
    // Space is play/pause everywhere in the window but where text is typed (a text
    // field takes the key itself); so a focused button is pressed with Enter, whose
    // key press comes up here when the button did not want it.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *button = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (button && enter && button->isEnabled() && button->window() == watched
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            button->animateClick();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace waveshelf
