#include "TrackTableView.h"

#include "ArtworkLoader.h"
#include "TrackItemDelegate.h"
#include "models/TrackListModel.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSet>

namespace waveshelf {

TrackTableView::TrackTableView(ArtworkLoader *artwork, int titleColumn, int heartColumn, QWidget *parent)
    : RowTableView(titleColumn, parent)
    , m_artwork(artwork)
    , m_delegate(new TrackItemDelegate(artwork, titleColumn, this))
    , m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("trackTableView"));
    setAccessibleName(tr("Tracks"));
    setItemDelegate(m_delegate);
    m_delegate->setHeartColumn(heartColumn);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);  // the list's own order until a click
    setSortingEnabled(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    setSelectionMode(ExtendedSelection);
    verticalHeader()->setDefaultSectionSize(qMax(32, fontMetrics().height() + 12));
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSortIndicatorShown(true);

    // Enter plays (double-click too: activated).
    m_playAction = addRowAction(QStringLiteral("playAction"), QKeySequence(Qt::Key_Return),
                                &TrackTableView::playCurrent);
    m_playAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_playAction->setText(tr("Play"));
    m_playNextAction = addRowAction(QStringLiteral("playNextAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                                    &TrackTableView::playCurrentNext);
    m_playNextAction->setText(tr("Play next"));
    m_addToQueueAction = addRowAction(QStringLiteral("addToQueueAction"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &TrackTableView::queueCurrent);
    m_addToQueueAction->setText(tr("Add to queue"));
    m_openAction = addRowAction(QStringLiteral("openOnSoundCloudAction"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &TrackTableView::openCurrent);
    m_openAction->setText(tr("Open on SoundCloud"));
    m_copyLinkAction = addRowAction(QStringLiteral("copyLinkAction"), QKeySequence(QKeySequence::Copy),
                                    &TrackTableView::copyCurrentLink);
    m_copyLinkAction->setText(tr("Copy link"));
    m_likeAction = addRowAction(QStringLiteral("likeAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                &TrackTableView::toggleLikeCurrent);
    m_likeAction->setText(tr("Like"));
    m_goToArtistAction = addRowAction(QStringLiteral("goToArtistAction"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                      &TrackTableView::goToArtistOfCurrent);
    m_goToArtistAction->setText(tr("Go to artist"));
    m_relatedAction = addRowAction(QStringLiteral("relatedTracksAction"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                   &TrackTableView::showRelatedOfCurrent);
    m_relatedAction->setText(tr("Related tracks"));
    updateActions();

    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit trackActivated(index.row());
    });

    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &TrackTableView::settle);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TrackTableView::scrolled);
    if (m_artwork)
        connect(m_artwork, &ArtworkLoader::imageReady, viewport(), qOverload<>(&QWidget::update));
}

TrackTableView::~TrackTableView()
{
    if (m_artwork)
        m_artwork->retainOnly(this, {});
}

QAction *TrackTableView::addRowAction(const QString &objectName, const QKeySequence &shortcut,
                                      void (TrackTableView::*run)())
{
    auto *action = new QAction(this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    return action;
}

void TrackTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    RowTableView::setModel(model);
    if (!model)
        return;
    // What is on screen changes without scrolling: load its artwork once it settles.
    m_modelConnections = {
        connect(model, &QAbstractItemModel::modelReset, this, &TrackTableView::scrolled),
        connect(model, &QAbstractItemModel::layoutChanged, this, &TrackTableView::scrolled),
        connect(model, &QAbstractItemModel::rowsInserted, this, &TrackTableView::scrolled),
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TrackTableView::scrolled),
        connect(model, &QAbstractItemModel::dataChanged, this, &TrackTableView::updateActions),
    };
    updateActions();
}

void TrackTableView::resizeEvent(QResizeEvent *event)
{
    RowTableView::resizeEvent(event);
    scrolled();
}

void TrackTableView::scrolled()
{
    // While the view moves, rows show what is cached; downloads wait until it rests.
    m_delegate->setRequestingArtwork(false);
    m_settle.start();
}

QPair<int, int> TrackTableView::artworkRows() const
{
    const int rows = model() ? model()->rowCount() : 0;
    if (rows == 0)
        return {0, -1};
    int first = rowAt(0);
    int last = rowAt(viewport()->height() - 1);
    if (first < 0)
        first = 0;
    if (last < 0)
        last = rows - 1;
    return {qMax(0, first - kPrefetchRows), qMin(rows - 1, last + kPrefetchRows)};
}

void TrackTableView::settle()
{
    m_delegate->setRequestingArtwork(true);
    if (!m_artwork || !model())
        return;
    const auto [first, last] = artworkRows();
    const qreal ratio = devicePixelRatioF();
    QList<QUrl> urls;
    for (int row = first; row <= last; ++row) {
        const QUrl url = TrackItemDelegate::thumbnailUrl(model()->index(row, m_delegate->titleColumn()), rowHeight(row),
                                                         ratio);
        if (!url.isEmpty())
            urls.append(url);
    }
    m_artwork->retainOnly(this, QSet<QUrl>(urls.cbegin(), urls.cend()));
    viewport()->update();  // the visible rows ask first, as they paint
    for (const QUrl &url : std::as_const(urls))
        m_artwork->request(url, this);
}

void TrackTableView::setUrlOpener(std::function<void(const QUrl &)> opener)
{
    m_opener = std::move(opener);
}

int TrackTableView::currentRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

QVariant TrackTableView::currentData(int role) const
{
    return currentIndex().isValid() ? currentIndex().siblingAtColumn(0).data(role) : QVariant();
}

void TrackTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    RowTableView::currentChanged(current, previous);
    updateActions();
}

void TrackTableView::updateActions()
{
    const bool hasRow = currentRow() >= 0;
    const bool hasLink = !currentData(TrackListModel::PermalinkRole).toUrl().isEmpty();
    m_playAction->setEnabled(hasRow);
    m_playNextAction->setEnabled(hasRow);
    m_addToQueueAction->setEnabled(hasRow);
    m_openAction->setEnabled(hasRow && hasLink);
    m_copyLinkAction->setEnabled(hasRow && hasLink);
    m_likeAction->setEnabled(hasRow && !currentData(TrackListModel::UrnRole).toString().isEmpty());
    m_likeAction->setText(currentData(TrackListModel::LikedRole).toBool() ? tr("Unlike") : tr("Like"));
    m_goToArtistAction->setEnabled(hasRow && !currentData(TrackListModel::ArtistUrnRole).toString().isEmpty());
    m_relatedAction->setEnabled(hasRow && !currentData(TrackListModel::UrnRole).toString().isEmpty());
}

std::unique_ptr<QMenu> TrackTableView::contextMenuFor(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return nullptr;
    const QModelIndex index = model()->index(row, currentIndex().isValid() ? currentIndex().column() : 0);
    if (!selectionModel()->isRowSelected(row, QModelIndex()))
        setCurrentIndex(index);  // the clicked row alone
    else if (currentIndex().row() != row)
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    updateActions();
    auto menu = std::make_unique<QMenu>(this);
    menu->setObjectName(QStringLiteral("trackContextMenu"));
    menu->setAccessibleName(tr("Track actions"));
    menu->addAction(m_playAction);
    menu->addAction(m_playNextAction);
    menu->addAction(m_addToQueueAction);
    QMenu *playlists = menu->addMenu(tr("Add to playlist"));
    playlists->setObjectName(QStringLiteral("addToPlaylistMenu"));
    playlists->setAccessibleName(playlists->title());
    emit playlistMenuRequested(playlists, selectedRowsInOrder());
    playlists->menuAction()->setEnabled(!playlists->isEmpty());
    menu->addSeparator();
    menu->addAction(m_openAction);
    menu->addAction(m_copyLinkAction);
    menu->addSeparator();
    menu->addAction(m_likeAction);
    menu->addAction(m_goToArtistAction);
    menu->addAction(m_relatedAction);
    if (!m_rowActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_rowActions);
    }
    emit menuBuilt(menu.get(), selectedRowsInOrder());
    return menu;
}

void TrackTableView::addRowActions(const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
        m_rowActions.append(action);
    }
}

void TrackTableView::contextMenuEvent(QContextMenuEvent *event)
{
    const bool fromKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const int row = fromKeyboard ? currentRow() : rowAt(event->pos().y());
    std::unique_ptr<QMenu> menu = contextMenuFor(row);
    if (!menu)
        return;
    const QPoint where = fromKeyboard ? viewport()->mapToGlobal(visualRect(currentIndex()).center())
                                      : event->globalPos();
    menu->exec(where);
}

void TrackTableView::setNowPlaying(const QString &urn)
{
    if (m_delegate->nowPlaying() == urn)
        return;
    m_delegate->setNowPlaying(urn);
    viewport()->update();
}

void TrackTableView::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const bool onHeart = event->button() == Qt::LeftButton && index.isValid()
        && index.column() == m_delegate->heartColumn() && event->modifiers() == Qt::NoModifier;
    RowTableView::mouseReleaseEvent(event);
    if (onHeart && currentIndex().row() == index.row())
        toggleLikeCurrent();  // a click on the heart likes or unlikes
}

void TrackTableView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Two quick clicks on a heart are two clicks on it, not "play".
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && index.column() == m_delegate->heartColumn()) {
        event->accept();
        return;
    }
    RowTableView::mouseDoubleClickEvent(event);
}

void TrackTableView::playCurrent()
{
    if (currentRow() >= 0)
        emit trackActivated(currentRow());
}

void TrackTableView::playCurrentNext()
{
    if (currentRow() >= 0)
        emit playNextRequested(currentRow());
}

void TrackTableView::queueCurrent()
{
    if (currentRow() >= 0)
        emit addToQueueRequested(currentRow());
}

void TrackTableView::openCurrent()
{
    const QUrl link = currentData(TrackListModel::PermalinkRole).toUrl();
    if (currentRow() < 0 || link.isEmpty())
        return;
    emit openOnSoundCloudRequested(currentRow(), link);
    if (m_opener)
        m_opener(link);
}

void TrackTableView::copyCurrentLink()
{
    const QUrl link = currentData(TrackListModel::PermalinkRole).toUrl();
    if (currentRow() < 0 || link.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(link.toString());
    emit linkCopied(currentRow(), link);
}

void TrackTableView::toggleLikeCurrent()
{
    const QString urn = currentData(TrackListModel::UrnRole).toString();
    if (currentRow() < 0 || urn.isEmpty())
        return;
    emit likeRequested(currentRow(), urn, !currentData(TrackListModel::LikedRole).toBool());
}

void TrackTableView::goToArtistOfCurrent()
{
    const QString artist = currentData(TrackListModel::ArtistUrnRole).toString();
    if (currentRow() < 0 || artist.isEmpty())
        return;
    emit goToArtistRequested(currentRow(), artist);
}

void TrackTableView::showRelatedOfCurrent()
{
    if (currentRow() >= 0 && !currentData(TrackListModel::UrnRole).toString().isEmpty())
        emit relatedRequested(currentRow());
}

}  // namespace waveshelf
