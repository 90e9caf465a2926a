#include "RowTableView.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyleOptionFocusRect>

namespace waveshelf {

RowTableView::RowTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setTabKeyNavigation(false);  // Tab leaves the table; arrows move within it
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
}

RowTableView::~RowTableView() = default;

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

}  // namespace waveshelf
