#include "LibraryBrowser.h"

#include "AccountButton.h"
#include "CollectionPane.h"
#include "CountText.h"
#include "FilterBox.h"
#include "FollowController.h"
#include "LibrarySidebar.h"
#include "LikeController.h"
#include "OfflineBanner.h"
#include "PlaceHeader.h"
#include "PlaylistController.h"
#include "SearchField.h"
#include "TrackListPane.h"
#include "UndoBar.h"
#include "library/Library.h"
#include "models/LibraryListModel.h"
#include "models/TrackFilterProxy.h"
#include "models/TrackListModel.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace waveshelf {

LibraryBrowser::LibraryBrowser(Library &library, ApiClient &api, ArtworkLoader *artwork,
                               ViewStateRepository *viewStates, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_artwork(artwork)
    , m_viewStates(viewStates)
    , m_accountButton(new AccountButton(this))
    , m_searchField(new SearchField(this))
    , m_sidebar(new LibrarySidebar(this))
    , m_backPushButton(new QPushButton(tr("Back"), this))
    , m_header(new PlaceHeader(artwork, this))
    , m_filterBox(new FilterBox(this))
    , m_sectionTabBar(new QTabBar(this))
    , m_offlineBanner(new OfflineBanner(this))
    , m_panes(new QStackedWidget(this))
    , m_undoBar(new UndoBar(this))
    , m_countLabel(new QLabel(this))
    , m_likes(new LikeController(api, *m_undoBar, this))
    , m_playlists(new PlaylistController(api, *m_undoBar, this, this))
    , m_follows(new FollowController(api, *m_header, this))
{
    setObjectName(QStringLiteral("libraryBrowser"));
    m_backPushButton->setObjectName(QStringLiteral("backPushButton"));
    m_backPushButton->setAccessibleName(m_backPushButton->text());
    m_backPushButton->setToolTip(tr("Back (Alt+Left)"));
    m_sectionTabBar->setObjectName(QStringLiteral("sectionTabBar"));
    m_sectionTabBar->setAccessibleName(tr("Sections"));
    m_sectionTabBar->setExpanding(false);
    m_sectionTabBar->setDrawBase(false);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_panes->setObjectName(QStringLiteral("libraryPanes"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_accountButton);
    header->addStretch(1);
    header->addWidget(m_searchField, 1);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_backPushButton);
    titleRow->addWidget(m_header, 2);  // the title before the filter when narrow
    titleRow->addWidget(m_filterBox, 1);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(titleRow);
    contentLayout->addWidget(m_sectionTabBar);
    contentLayout->addWidget(m_offlineBanner);
    contentLayout->addWidget(m_panes, 1);
    contentLayout->addWidget(m_undoBar);
    contentLayout->addWidget(m_countLabel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 22, 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    // Keyboard order: sidebar, search, filter, sections, the list; then the rest.
    setTabOrder(m_sidebar, m_searchField);
    setTabOrder(m_searchField, m_filterBox);
    setTabOrder(m_filterBox, m_sectionTabBar);
    setTabOrder(m_sectionTabBar, m_panes);
    setTabOrder(m_panes, m_backPushButton);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcuts({QKeySequence(QKeySequence::Refresh), QKeySequence(Qt::CTRL | Qt::Key_R)});
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &LibraryBrowser::refresh);
    addAction(refreshAction);
    auto *backAction = new QAction(tr("Back"), this);
    backAction->setObjectName(QStringLiteral("backAction"));
    backAction->setShortcut(QKeySequence(QKeySequence::Back));
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backAction, &QAction::triggered, this, &LibraryBrowser::goBack);
    addAction(backAction);

    auto *undoAction = new QAction(tr("Undo"), this);
    undoAction->setObjectName(QStringLiteral("undoAction"));
    undoAction->setShortcut(QKeySequence(QKeySequence::Undo));
    undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undoAction, &QAction::triggered, m_undoBar, &UndoBar::undo);
    addAction(undoAction);
    connect(m_likes, &LikeController::statusMessage, this, &LibraryBrowser::statusMessage);
    connect(m_likes, &LikeController::failed, this, &LibraryBrowser::failed);
    connect(m_playlists, &PlaylistController::statusMessage, this, &LibraryBrowser::statusMessage);
    connect(m_playlists, &PlaylistController::failed, this, &LibraryBrowser::failed);
    connect(m_playlists, &PlaylistController::playlistsChanged, this, [this] {
        if (m_place.inSidebar && m_place.kind == LibraryList::Kind::Playlists)
            refresh();  // counts, titles, the selected playlist's tracks
    });
    connect(m_follows, &FollowController::statusMessage, this, &LibraryBrowser::statusMessage);
    connect(m_follows, &FollowController::failed, this, &LibraryBrowser::failed);
    connect(m_follows, &FollowController::followingsChanged, this, [this] {
        if (m_place.inSidebar && m_place.kind == LibraryList::Kind::Followings)
            refresh();
    });

    connect(m_header, &PlaceHeader::playAllRequested, this, [this] { playShown(false); });
    connect(m_header, &PlaceHeader::shuffleRequested, this, [this] { playShown(true); });
    connect(m_backPushButton, &QPushButton::clicked, this, &LibraryBrowser::goBack);
    connect(m_sidebar, &LibrarySidebar::kindChosen, this, &LibraryBrowser::showKind);
    connect(m_searchField, &SearchField::searchRequested, this, &LibraryBrowser::search);
    connect(m_sectionTabBar, &QTabBar::currentChanged, this, &LibraryBrowser::showSection);
    connect(m_filterBox, &FilterBox::filterChanged, this, [this](const QString &text) {
        if (ListPane *pane = currentPane()) {
            pane->setFilterText(text);
            // The filter looks through the whole list, not the pages scrolled so far.
            if (!text.isEmpty())
                pane->model()->loadToEnd();
            updateCount();
        }
    });
    connect(m_offlineBanner, &OfflineBanner::retryRequested, &m_library, &Library::retryAll);
    connect(&m_library, &Library::offlineChanged, m_offlineBanner, &OfflineBanner::setOffline);
    connect(&m_library, &Library::offlineChanged, m_accountButton, &AccountButton::setOffline);
    m_accountButton->setOffline(m_library.isOffline());
    m_offlineBanner->setOffline(m_library.isOffline(), m_library.offlineSince());
    m_backPushButton->setEnabled(false);
}

LibraryBrowser::~LibraryBrowser() = default;

void LibraryBrowser::showAccount(const SoundCloudAccount &account)
{
    m_accountButton->setAccount(account.username);
    m_playlists->setAccount(account.urn);
    m_follows->setAccount();
    m_history.clear();
    enterPlace(LibraryPlace::ofKind(LibraryList::Kind::Likes));
}

void LibraryBrowser::setConnectionRefused(bool refused)
{
    m_accountButton->setRefused(refused);
}

void LibraryBrowser::setAccountActions(const QList<QAction *> &actions)
{
    m_accountButton->setActions(actions);
}

QString LibraryBrowser::accountText() const
{
    return m_accountButton->text();
}

void LibraryBrowser::clear()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_countConnections))
        disconnect(connection);
    m_countConnections.clear();
    // Later, not now: the pane may be the one whose signal got us here (Go to artist).
    while (auto *pane = qobject_cast<ListPane *>(m_panes->widget(0))) {
        pane->disconnect(this);
        pane->stop();  // its requests go now
        m_panes->removeWidget(pane);
        pane->hide();
        pane->deleteLater();
    }
    const QSignalBlocker blockTabs(m_sectionTabBar);
    while (m_sectionTabBar->count() > 0)
        m_sectionTabBar->removeTab(0);
    m_history.clear();
    m_place = LibraryPlace();
    m_backPushButton->setEnabled(false);
    m_countLabel->clear();
}

void LibraryBrowser::showPlace(const LibraryPlace &place)
{
    if (!m_place.sections.isEmpty()) {
        LibraryPlace left = m_place;
        left.section = qMax(0, m_sectionTabBar->currentIndex());
        if (const ListPane *pane = currentPane())
            left.currentUrn = pane->currentUrn();
        m_history.append(left);
    }
    enterPlace(place);
}

void LibraryBrowser::showKind(LibraryList::Kind kind)
{
    m_history.clear();
    // Walking the sidebar with the keyboard, it keeps the keyboard.
    enterPlace(LibraryPlace::ofKind(kind), window()->focusWidget() != m_sidebar);
}

void LibraryBrowser::search(const QString &query)
{
    showPlace(LibraryPlace::search(query));
}

void LibraryBrowser::openPerson(const QString &userUrn, const QString &name, const QUrl &picture)
{
    showPlace(LibraryPlace::person(userUrn, name, picture));
}

void LibraryBrowser::playShown(bool shuffled)
{
    const ListPane *pane = currentPane();
    const QList<Track> tracks = pane ? pane->tracksShown() : QList<Track>();
    if (tracks.isEmpty())
        return;
    if (shuffled)
        emit shufflePlayRequested(tracks);
    else
        emit playRequested(tracks, 0);
}

void LibraryBrowser::goBack()
{
    if (m_history.isEmpty())
        return;
    enterPlace(m_history.takeLast());
}

void LibraryBrowser::setNowPlaying(const QString &urn)
{
    m_nowPlaying = urn;
    for (int i = 0; i < m_panes->count(); ++i) {
        if (auto *pane = qobject_cast<ListPane *>(m_panes->widget(i)))
            pane->setNowPlaying(urn);
    }
}

void LibraryBrowser::refresh() const
{
    if (ListPane *pane = currentPane())
        pane->reload();
}

void LibraryBrowser::enterPlace(const LibraryPlace &place, bool focusList)
{
    const QList<LibraryPlace> history = m_history;
    clear();  // the old place's panes go, and their requests with them
    m_history = history;
    m_place = place;
    m_header->showPlace(place.title, place.sections.isEmpty() ? place.kind : place.sections.first().list.kind,
                        place.picture);
    const bool person = !place.sections.isEmpty() && place.sections.first().list.kind == LibraryList::Kind::UserTracks;
    m_follows->showPerson(person ? place.sections.first().list.argument : QString(), place.title);
    m_backPushButton->setEnabled(!m_history.isEmpty());
    if (place.inSidebar) {
        m_sidebar->setCurrentKind(place.kind);
    } else {
        m_sidebar->selectionModel()->clearCurrentIndex();
        m_sidebar->clearSelection();
    }
    {
        const QSignalBlocker blockFilter(m_filterBox);
        m_filterBox->clear();
    }
    const QSignalBlocker blockTabs(m_sectionTabBar);
    for (const LibraryPlace::Section &section : place.sections) {
        ListPane *pane = nullptr;
        if (section.list.items() == LibraryList::Items::Tracks)
            pane = new TrackListPane(m_library, m_artwork, section.list, m_panes);
        else
            pane = new CollectionPane(m_library, m_artwork, section.list, m_panes);
        pane->view()->setAccessibleName(section.label);
        pane->keepColumnsIn(m_viewStates);
        pane->setNowPlaying(m_nowPlaying);
        wire(pane);
        m_panes->addWidget(pane);
        m_sectionTabBar->addTab(section.label);
    }
    m_sectionTabBar->setVisible(place.sections.size() > 1);
    const int section = qBound(0, place.section, qMax(0, int(place.sections.size()) - 1));
    m_sectionTabBar->setCurrentIndex(section);
    showSection(section);
    if (ListPane *pane = currentPane())
        pane->restoreCurrent(place.currentUrn);
    // The keyboard goes on in the new list (the old one is gone, and with it the focus).
    if (ListPane *pane = currentPane(); pane && focusList)
        pane->view()->setFocus(Qt::OtherFocusReason);
}

void LibraryBrowser::wire(ListPane *pane)
{
    connect(pane, &ListPane::playRequested, this, &LibraryBrowser::playRequested);
    connect(pane, &ListPane::playNextRequested, this, &LibraryBrowser::playNextRequested);
    connect(pane, &ListPane::addToQueueRequested, this, &LibraryBrowser::addToQueueRequested);
    connect(pane, &ListPane::likeRequested, this, [this, pane](TrackListModel *model, const QString &urn, bool like) {
        // In Likes, an unliked track leaves the list (with Undo).
        m_likes->setLiked(model, urn, like, model == pane->model() && pane->list().kind == LibraryList::Kind::Likes);
    });
    connect(pane, &ListPane::playlistMenuRequested, m_playlists, &PlaylistController::fillMenu);
    connect(pane, &ListPane::trackMenuBuilt, m_follows, &FollowController::fillMenu);
    connect(pane, &ListPane::playlistTracksChangeRequested, m_playlists, &PlaylistController::replaceTracks);
    connect(pane, &ListPane::renamePlaylistRequested, m_playlists, &PlaylistController::rename);
    connect(pane, &ListPane::deletePlaylistRequested, m_playlists, &PlaylistController::remove);
    connect(pane, &ListPane::personRequested, this, &LibraryBrowser::openPerson);
    connect(pane, &ListPane::relatedRequested, this,
            [this](const Track &track) { showPlace(LibraryPlace::related(track.urn, track.title)); });
    connect(pane, &ListPane::loadFailed, this, &LibraryBrowser::onLoadFailed);
}

void LibraryBrowser::showSection(int index)
{
    auto *pane = qobject_cast<ListPane *>(m_panes->widget(index));
    if (!pane)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_countConnections))
        disconnect(connection);
    m_panes->setCurrentWidget(pane);
    pane->setFilterText(m_filterBox->text());
    pane->start();
    if (!m_filterBox->text().isEmpty())
        pane->model()->loadToEnd();
    LibraryListModel *model = pane->model();
    m_countConnections = {
        connect(model, &LibraryListModel::countChanged, this, &LibraryBrowser::updateCount),
        connect(model, &LibraryListModel::loadingChanged, this, &LibraryBrowser::updateCount),
        connect(model, &LibraryListModel::offlineChanged, this, &LibraryBrowser::updateCount),
        connect(pane->proxy(), &QAbstractItemModel::rowsInserted, this, &LibraryBrowser::updateCount),
        connect(pane->proxy(), &QAbstractItemModel::rowsRemoved, this, &LibraryBrowser::updateCount),
        connect(pane->proxy(), &QAbstractItemModel::modelReset, this, &LibraryBrowser::updateCount),
    };
    setTabOrder(m_filterBox, m_sectionTabBar);
    setTabOrder(m_sectionTabBar, pane->view());
    updateCount();
}

ListPane *LibraryBrowser::currentPane() const
{
    return qobject_cast<ListPane *>(m_panes->currentWidget());
}

TrackListModel *LibraryBrowser::currentTrackModel() const
{
    const ListPane *pane = currentPane();
    return pane ? pane->trackModel() : nullptr;
}

QString LibraryBrowser::countText() const
{
    return m_countLabel->text();
}

void LibraryBrowser::updateCount()
{
    const ListPane *pane = currentPane();
    if (!pane) {
        m_countLabel->clear();
        return;
    }
    const QString text = CountText::of(*pane->model(), pane->list(), pane->proxy()->filterText(),
                                       pane->proxy()->rowCount());
    m_countLabel->setText(text);
    m_countLabel->setAccessibleName(text);
    m_header->setPlayable(pane->trackModel() && pane->trackModel()->rowCount() > 0);
}

void LibraryBrowser::onLoadFailed(LibraryListModel *model, const Error &error)
{
    // Offline with cached rows: the banner says so and offers Retry.
    if (model->isOffline() && error.kind == ErrorKind::Unreachable)
        return;
    emit failed(error);
}

}  // namespace waveshelf
