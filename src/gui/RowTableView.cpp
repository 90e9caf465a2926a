#include "RowTableView.h"

#include "common/LogCategories.h"
#include "models/LibraryListModel.h"
#include "storage/ViewStateRepository.h"

#include <QDrag>
#include <QDropEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionFocusRect>

#include <algorithm>

namespace waveshelf {

RowTableView::RowTableView(int leadColumn, QWidget *parent)
    : QTableView(parent)
    , m_leadColumn(leadColumn)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setTabKeyNavigation(false);  // Tab leaves the table; arrows move within it
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveStateMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &RowTableView::saveState);
    QHeaderView *header = horizontalHeader();
    // The user's changes only: a stretching column resizes with the window.
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (horizontalHeader()->sectionResizeMode(column) == QHeaderView::Interactive)
            m_saveTimer.start();
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_saveTimer.start(); });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] { m_saveTimer.start(); });
}

RowTableView::~RowTableView()
{
    if (m_saveTimer.isActive())
        saveState();
}

void RowTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (model)
        fitColumns();
}

void RowTableView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    const int columns = model()->columnCount();
    bool sampled = false;
    for (int column = 0; column < columns; ++column)
        sampled = sampled || model()->headerData(column, Qt::Horizontal, LibraryListModel::ColumnSampleRole).isValid();
    const QFontMetrics metrics = fontMetrics();
    // Room for the cell's margins and the header's sort arrow.
    const int padding = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, this) + 2 * metrics.averageCharWidth();
    for (int column = 0; column < columns; ++column) {
        const QString sample =
            model()->headerData(column, Qt::Horizontal, LibraryListModel::ColumnSampleRole).toString();
        const bool stretch = sampled ? sample.isEmpty() : column == m_leadColumn;
        if (stretch) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        const QString label = model()->headerData(column, Qt::Horizontal).toString();
        const int width = sampled ? qMax(metrics.horizontalAdvance(label), metrics.horizontalAdvance(sample))
                                  : qMax(metrics.horizontalAdvance(label), metrics.averageCharWidth() * 6);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        setColumnWidth(column, width + padding);
    }
}

void RowTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitToWidth();
}

void RowTableView::fitToWidth()
{
    QAbstractItemModel *rows = model();
    if (!rows)
        return;
    QHeaderView *header = horizontalHeader();
    QList<int> stretching;
    QList<int> sized;  // the columns that may give way, last first
    for (int column = rows->columnCount() - 1; column >= 0; --column) {
        const QString sample = rows->headerData(column, Qt::Horizontal, LibraryListModel::ColumnSampleRole).toString();
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            stretching.append(column);
        else if (sample.length() > 1 && !rows->headerData(column, Qt::Horizontal).toString().isEmpty())
            sized.append(column);
    }
    if (stretching.isEmpty())
        return;
    const int wanted = int(stretching.size()) * fontMetrics().averageCharWidth() * 14;
    const auto fixedWidth = [&] {
        int width = 0;
        for (int column = 0; column < rows->columnCount(); ++column) {
            if (!header->isSectionHidden(column) && header->sectionResizeMode(column) != QHeaderView::Stretch)
                width += header->sectionSize(column);
        }
        return width;
    };
    const int room = viewport()->width();
    // Back first, as many as fit (the last hidden comes back first).
    while (!m_hiddenForRoom.isEmpty()
           && fixedWidth() + header->sectionSize(m_hiddenForRoom.constLast()) + wanted <= room) {
        header->setSectionHidden(m_hiddenForRoom.takeLast(), false);
    }
    for (const int column : std::as_const(sized)) {
        if (fixedWidth() + wanted <= room)
            break;
        if (header->isSectionHidden(column) || column == sized.constLast())
            continue;  // hidden by the user, or the first of them (the duration) stays
        header->setSectionHidden(column, true);
        m_hiddenForRoom.append(column);
    }
}

void RowTableView::keepStateIn(ViewStateRepository *store, const QString &viewKey)
{
    m_store = store;
    m_viewKey = viewKey;
    if (!m_store)
        return;
    const Result<QByteArray> state = m_store->load(m_viewKey);
    if (!state.ok()) {
        qCWarning(lcGui) << "the view's columns were not restored:" << state.error().detail;
        return;
    }
    if (!state.value().isEmpty()) {
        m_hiddenForRoom.clear();
        horizontalHeader()->restoreState(state.value());
        fitToWidth();
    }
    m_saveTimer.stop();  // what was restored needs no saving
}

void RowTableView::saveState()
{
    m_saveTimer.stop();
    if (!m_store)
        return;
    // What was hidden for lack of room is not the user's choice: saved as shown.
    QHeaderView *header = horizontalHeader();
    QByteArray state;
    {
        const QSignalBlocker quiet(header);
        for (const int column : std::as_const(m_hiddenForRoom))
            header->setSectionHidden(column, false);
        state = header->saveState();
        for (const int column : std::as_const(m_hiddenForRoom))
            header->setSectionHidden(column, true);
    }
    if (const Result<void> saved = m_store->save(m_viewKey, state); !saved.ok())
        qCWarning(lcGui) << "the view's columns were not saved:" << saved.error().detail;
}

QModelIndex RowTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if ((cursorAction == MoveHome || cursorAction == MoveEnd) && model() && model()->rowCount(rootIndex()) > 0) {
        const int column = currentIndex().isValid() ? currentIndex().column() : horizontalHeader()->logicalIndex(0);
        const int row = cursorAction == MoveHome ? 0 : model()->rowCount(rootIndex()) - 1;
        return model()->index(row, column, rootIndex());
    }
    return QTableView::moveCursor(cursorAction, modifiers);
}

QRect RowTableView::rowFocusRect() const
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !model())
        return {};
    const int top = rowViewportPosition(current.row());
    const int height = rowHeight(current.row());
    const QHeaderView *header = horizontalHeader();
    const int left = -header->offset();
    return {left, top, header->length(), height};
}

void RowTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QRect frame = rowFocusRect();
    if (!hasFocus() || frame.isEmpty() || !frame.intersects(viewport()->rect()))
        return;
    QPainter painter(viewport());
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = frame.adjusted(0, 0, -1, -1);
    option.state |= QStyle::State_HasFocus;  // initFrom: State_KeyboardFocusChange once keys moved the focus
    const QModelIndex current = currentIndex();
    const bool selected = selectionModel() && selectionModel()->isSelected(current);
    option.backgroundColor = palette().color(selected ? QPalette::Highlight : QPalette::Base);
    style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
}

void RowTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    // The frame spans the row: repaint both rows whole, not only the two cells.
    for (const QModelIndex &index : {previous, current}) {
        if (index.isValid())
            viewport()->update(QRect(0, rowViewportPosition(index.row()), viewport()->width(), rowHeight(index.row())));
    }
}

void RowTableView::setRowsMovable(bool movable)
{
    setDragEnabled(movable);
    setAcceptDrops(movable);
    viewport()->setAcceptDrops(movable);
    setDragDropMode(movable ? DragDrop : NoDragDrop);
}

namespace {

const QLatin1String kRowsMime("application/x-waveshelf-track-rows");

}  // namespace

int RowTableView::dropTargetAt(const QPoint &position) const
{
    if (!model())
        return 0;
    const int row = rowAt(position.y());
    if (row < 0)
        return model()->rowCount();
    return position.y() > visualRect(model()->index(row, 0)).center().y() ? row + 1 : row;
}

void RowTableView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions)
    // The rows themselves, not the model's data: a drop only moves them within this view.
    QStringList rows;
    for (const int row : selectedRowsInOrder())
        rows.append(QString::number(row));
    auto *mime = new QMimeData;
    mime->setData(kRowsMime, rows.join(u',').toLatin1());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction);
}

void RowTableView::dragEnterEvent(QDragEnterEvent *event)
{
    dragMoveEvent(event);
}

void RowTableView::dragMoveEvent(QDragMoveEvent *event)
{
    // Only this view's own rows (QDragEnterEvent is a QDragMoveEvent).
    if (event->source() == this && event->mimeData()->hasFormat(kRowsMime))
        event->acceptProposedAction();
    else
        event->ignore();
}

void RowTableView::dropEvent(QDropEvent *event)
{
    if (event->source() != this || !event->mimeData()->hasFormat(kRowsMime) || !model()) {
        event->ignore();
        return;
    }
    QList<int> rows;
    const QList<QByteArray> parts = event->mimeData()->data(kRowsMime).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const int row = part.toInt(&ok);
        if (ok)
            rows.append(row);
    }
    const int target = dropTargetAt(event->position().toPoint());
    event->setDropAction(Qt::MoveAction);
    event->accept();
    if (!rows.isEmpty())
        emit rowsDropped(rows, target);
}

QList<int> RowTableView::selectedRowsInOrder() const
{
    QList<int> rows;
    if (selectionModel()) {
        const QModelIndexList selected = selectionModel()->selectedRows();
        for (const QModelIndex &index : selected)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    return rows;
}

}  // namespace waveshelf
