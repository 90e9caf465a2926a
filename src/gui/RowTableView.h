#pragma once

#include <QTableView>
#include <QTimer>

namespace waveshelf {

class ViewStateRepository;

// A table whose rows are the items (tracks, playlists, people), as music apps
// have them: whole rows are selected, Home and End go to the first and last row
// (not the first and last column), and the keyboard focus is one frame around
// the current row rather than around one cell (the delegate must not draw the
// cell's own focus frame; TrackItemDelegate does not). Columns are sized from
// the model: those whose header answers LibraryListModel::ColumnSampleRole with
// a text fit it, the others share the rest of the width. With a state store,
// the user's column widths, order and sort are kept per view.
class RowTableView : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTableView)

public:
    // How long after a change of widths, order or sort it is saved.
    static constexpr int kSaveStateMs = 400;

    // `leadColumn` stretches when the model gives no samples.
    explicit RowTableView(int leadColumn = 0, QWidget *parent = nullptr);
    ~RowTableView() override;

    void setModel(QAbstractItemModel *model) override;

    // Where the focus frame goes: the current row across every column, in
    // viewport coordinates; empty without a current row.
    [[nodiscard]] QRect rowFocusRect() const;

    // Restores the header's state saved under `viewKey` (if any) and saves every
    // change there (shortly after it, and when the view goes). `store` may be
    // null (nothing kept); it must outlive the view.
    void keepStateIn(ViewStateRepository *store, const QString &viewKey);

    // The columns hidden for lack of room (see fitToWidth), in the model's column numbers.
    [[nodiscard]] QList<int> columnsHiddenForRoom() const { return m_hiddenForRoom; }

    // The selected rows, in the view's order (the current row when none is selected).
    [[nodiscard]] QList<int> selectedRowsInOrder() const;
    // Rows can be dragged to another place in this table (rowsDropped says where;
    // the rows themselves stay put until the model changes).
    void setRowsMovable(bool movable);
    // Where rows dropped at `position` (in the viewport) go: before the row under
    // its upper half, after it under its lower half, at the end below the last.
    [[nodiscard]] int dropTargetAt(const QPoint &position) const;

signals:
    // Rows dragged (setRowsMovable) and dropped before `target` (rowCount: at the end).
    void rowsDropped(const QList<int> &rows, int target);

protected:
    void resizeEvent(QResizeEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void paintEvent(QPaintEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void fitColumns();
    // Narrow, the columns that fit their content give way from the last one on
    // (the heart and the duration stay), so the stretching ones keep room to be
    // read; wide again, they come back. Not the user's choice: never saved.
    void fitToWidth();
    void saveState();

    int m_leadColumn;
    ViewStateRepository *m_store = nullptr;
    QString m_viewKey;
    QTimer m_saveTimer;
    QList<int> m_hiddenForRoom;
};

}  // namespace waveshelf
