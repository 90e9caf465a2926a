#include "PlaylistTrackActions.h"

#include "TrackTableView.h"
#include "library/PlaylistEditor.h"
#include "models/TrackFilterProxy.h"
#include "models/TrackListModel.h"

#include <QAction>
#include <QItemSelectionModel>

#include <algorithm>

namespace waveshelf {

PlaylistTrackActions::PlaylistTrackActions(TrackTableView &table, TrackListModel &tracks, TrackFilterProxy &proxy,
                                           QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_tracks(tracks)
    , m_proxy(proxy)
    , m_remove(new QAction(tr("Remove from playlist"), this))
    , m_moveUp(new QAction(tr("Move up"), this))
    , m_moveDown(new QAction(tr("Move down"), this))
{
    m_remove->setObjectName(QStringLiteral("removeFromPlaylistAction"));
    m_remove->setShortcut(QKeySequence(QKeySequence::Delete));
    m_moveUp->setObjectName(QStringLiteral("moveUpInPlaylistAction"));
    m_moveUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown->setObjectName(QStringLiteral("moveDownInPlaylistAction"));
    m_moveDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    table.addRowActions({m_remove, m_moveUp, m_moveDown});
    connect(m_remove, &QAction::triggered, this, &PlaylistTrackActions::removeSelected);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(+1); });
    connect(&table, &TrackTableView::rowsDropped, this, [this](const QList<int> &rows, int target) {
        if (!m_enabled || !inOwnOrder() || !m_tracks.isComplete())
            return;
        move(rows, target);  // the proxy keeps the model's order: its rows are the model's
    });
    connect(&tracks, &LibraryListModel::countChanged, this, &PlaylistTrackActions::update);
    connect(&proxy, &QAbstractItemModel::layoutChanged, this, &PlaylistTrackActions::update);
    connect(&proxy, &QAbstractItemModel::modelReset, this, &PlaylistTrackActions::update);
    setEnabled(false);
}

PlaylistTrackActions::~PlaylistTrackActions() = default;

void PlaylistTrackActions::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_table.setRowsMovable(enabled);
    if (enabled)
        m_tracks.loadToEnd();
    update();
}

bool PlaylistTrackActions::inOwnOrder() const
{
    return m_proxy.sortColumn() < 0 && m_proxy.filterText().isEmpty();
}

void PlaylistTrackActions::update()
{
    const bool whole = m_enabled && m_tracks.isComplete() && m_tracks.rowCount() > 0;
    for (QAction *action : {m_remove, m_moveUp, m_moveDown})
        action->setVisible(m_enabled);
    m_remove->setEnabled(whole);
    m_moveUp->setEnabled(whole && inOwnOrder());
    m_moveDown->setEnabled(whole && inOwnOrder());
    const QString why = inOwnOrder() ? QString()
                                     : tr("Show the playlist in its own order (no sorting, no filter) to move tracks.");
    m_moveUp->setToolTip(why.isEmpty() ? m_moveUp->text() : why);
    m_moveDown->setToolTip(why.isEmpty() ? m_moveDown->text() : why);
}

QStringList PlaylistTrackActions::urns() const
{
    QStringList all;
    all.reserve(m_tracks.rowCount());
    for (int row = 0; row < m_tracks.rowCount(); ++row)
        all.append(m_tracks.trackAt(row).urn);
    return all;
}

QList<int> PlaylistTrackActions::selectedSourceRows() const
{
    QList<int> rows;
    for (const int row : m_table.selectedRowsInOrder()) {
        const QModelIndex source = m_proxy.mapToSource(m_proxy.index(row, 0));
        if (source.isValid())
            rows.append(source.row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void PlaylistTrackActions::removeSelected()
{
    if (!m_enabled || !m_tracks.isComplete())
        return;
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const QStringList shown = urns();
    QStringList intended;
    for (int row = 0; row < shown.size(); ++row) {
        if (!std::binary_search(rows.cbegin(), rows.cend(), row))
            intended.append(shown.at(row));
    }
    emit changeRequested(shown, intended);
}

void PlaylistTrackActions::moveSelected(int by)
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    // Up: before the row above the first; down: after the row below the last.
    move(rows, by < 0 ? rows.constFirst() - 1 : rows.constLast() + 2);
}

void PlaylistTrackActions::move(const QList<int> &rows, int target)
{
    if (!m_enabled || !inOwnOrder() || !m_tracks.isComplete() || target < 0 || target > m_tracks.rowCount())
        return;
    const QStringList shown = urns();
    const QStringList intended = PlaylistEditor::moved(shown, rows, target);
    if (intended != shown)
        emit changeRequested(shown, intended);
}

}  // namespace waveshelf
