#include "CollectionPane.h"

#include "ArtworkLoader.h"
#include "RowTableView.h"
#include "TrackItemDelegate.h"
#include "TrackListPane.h"
#include "library/Library.h"
#include "models/PlaylistListModel.h"
#include "models/TrackFilterProxy.h"
#include "models/UserListModel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace waveshelf {

namespace {

LibraryListModel *modelFor(Library &library, const LibraryList &list)
{
    if (list.items() == LibraryList::Items::Users)
        return library.createUserModel(nullptr);
    return library.createPlaylistModel(nullptr);
}

}  // namespace

CollectionPane::CollectionPane(Library &library, ArtworkLoader *artwork, const LibraryList &list, QWidget *parent)
    : ListPane(list, modelFor(library, list), parent)
    , m_table(new RowTableView(0, this))
    , m_detailLabel(new QLabel(this))
    , m_detail(new TrackListPane(library, artwork, LibraryList::of(LibraryList::Kind::PlaylistTracks), this))
{
    m_table->setObjectName(holdsPeople() ? QStringLiteral("peopleTableView") : QStringLiteral("playlistsTableView"));
    m_table->setItemDelegate(new TrackItemDelegate(artwork, 0, m_table));
    m_table->setModel(proxy());
    m_table->verticalHeader()->setDefaultSectionSize(qMax(32, fontMetrics().height() + 12));
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_detailLabel->setObjectName(QStringLiteral("detailLabel"));
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setText(holdsPeople() ? tr("Choose a person to see their tracks.")
                                         : tr("Choose a playlist to see its tracks."));
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_detail->view()->setAccessibleName(m_detailLabel->text());

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detailLabel);
    lowerLayout->addWidget(m_detail, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    // People open as a page of their own (Enter, double-click): the list takes the
    // whole height, without an empty pane below.
    lower->setVisible(!holdsPeople());
    if (artwork)
        connect(artwork, &ArtworkLoader::imageReady, m_table->viewport(), qOverload<>(&QWidget::update));
    setFocusProxy(m_table);
    setTabOrder(m_table, m_detail->view());

    if (holdsOwnPlaylists()) {
        m_renameAction = new QAction(tr("Rename…"), m_table);
        m_renameAction->setObjectName(QStringLiteral("renamePlaylistAction"));
        m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
        m_deleteAction = new QAction(tr("Delete playlist…"), m_table);
        m_deleteAction->setObjectName(QStringLiteral("deletePlaylistAction"));
        m_deleteAction->setShortcut(QKeySequence(QKeySequence::Delete));
        for (QAction *action : {m_renameAction, m_deleteAction}) {
            action->setShortcutContext(Qt::WidgetShortcut);
            m_table->addAction(action);
        }
        connect(m_renameAction, &QAction::triggered, this, [this] {
            if (const Playlist playlist = playlistAt(m_table->currentIndex().row()); !playlist.urn.isEmpty())
                emit renamePlaylistRequested(playlist);
        });
        connect(m_deleteAction, &QAction::triggered, this, [this] {
            if (const Playlist playlist = playlistAt(m_table->currentIndex().row()); !playlist.urn.isEmpty())
                emit deletePlaylistRequested(playlist);
        });
        m_table->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
            if (std::unique_ptr<QMenu> menu = playlistMenuFor(m_table->rowAt(at.y())))
                menu->exec(m_table->viewport()->mapToGlobal(at));
        });
    }
    forward(m_detail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CollectionPane::showItem);
    connect(m_table, &QAbstractItemView::activated, this, &CollectionPane::activate);
}

bool CollectionPane::holdsPeople() const
{
    return list().items() == LibraryList::Items::Users;
}

bool CollectionPane::holdsOwnPlaylists() const
{
    return list().kind == LibraryList::Kind::Playlists;
}

Playlist CollectionPane::playlistAt(int viewRow) const
{
    const QModelIndex source = proxy()->mapToSource(proxy()->index(viewRow, 0));
    if (!source.isValid() || !holdsOwnPlaylists())
        return {};
    return static_cast<const PlaylistListModel *>(model())->playlistAt(source.row());
}

std::unique_ptr<QMenu> CollectionPane::playlistMenuFor(int row)
{
    if (!holdsOwnPlaylists() || row < 0 || row >= proxy()->rowCount())
        return nullptr;
    if (m_table->currentIndex().row() != row)
        m_table->setCurrentIndex(proxy()->index(row, 0));
    auto menu = std::make_unique<QMenu>(this);
    menu->setObjectName(QStringLiteral("playlistContextMenu"));
    menu->setAccessibleName(tr("Playlist actions"));
    menu->addAction(m_renameAction);
    menu->addAction(m_deleteAction);
    return menu;
}

QAbstractItemView *CollectionPane::view() const
{
    return m_table;
}

TrackListModel *CollectionPane::trackModel() const
{
    return m_detail->trackModel();
}

QList<Track> CollectionPane::tracksShown() const
{
    return m_detail->isStarted() ? m_detail->tracksShown() : QList<Track>();
}

void CollectionPane::reload()
{
    ListPane::reload();
    if (m_detail->isStarted())
        m_detail->reload();
}

void CollectionPane::stop()
{
    ListPane::stop();
    m_detail->stop();
}

void CollectionPane::showItem(const QModelIndex &current)
{
    if (!current.isValid() || holdsPeople())
        return;
    const QModelIndex first = current.siblingAtColumn(0);
    const QString urn = first.data(LibraryListModel::UrnRole).toString();
    const QString name = first.data(Qt::DisplayRole).toString();
    if (urn.isEmpty())
        return;
    using Kind = LibraryList::Kind;
    const LibraryList tracks = LibraryList::of(holdsPeople() ? Kind::UserTracks : Kind::PlaylistTracks, urn);
    if (m_detail->isStarted() && m_detail->list() == tracks)
        return;
    m_detailLabel->setText(holdsPeople() ? tr("Tracks by %1").arg(name) : tr("Tracks in %1").arg(name));
    m_detail->view()->setAccessibleName(m_detailLabel->text());
    m_detail->showList(tracks);  // drops the previous item's requests
    m_detail->setPlaylistEditing(holdsOwnPlaylists());
}

void CollectionPane::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    showItem(index);
    if (!holdsPeople()) {
        m_detail->view()->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QModelIndex first = index.siblingAtColumn(0);
    const QModelIndex source = proxy()->mapToSource(first);
    const auto *people = static_cast<const UserListModel *>(model());
    if (source.isValid())
        emit personRequested(people->userAt(source.row()).urn, people->userAt(source.row()).username,
                             people->userAt(source.row()).avatarUrl);
}

void CollectionPane::keepColumnsIn(ViewStateRepository *store)
{
    m_table->keepStateIn(store, viewKey(list()));
    m_detail->keepColumnsIn(store);
}

void CollectionPane::setNowPlaying(const QString &urn)
{
    m_detail->setNowPlaying(urn);
}

}  // namespace waveshelf
