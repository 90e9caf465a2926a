#pragma once

#include <QTableView>

namespace waveshelf {

// A table whose rows are the items (tracks, playlists, people), as music apps
// have them: whole rows are selected, Home and End go to the first and last row
// (not the first and last column), and the keyboard focus is one frame around
// the current row rather than around one cell (the delegate must not draw the
// cell's own focus frame; TrackItemDelegate does not).
class RowTableView : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowTableView)

public:
    explicit RowTableView(QWidget *parent = nullptr);
    ~RowTableView() override;

    // Where the focus frame goes: the current row across every column, in
    // viewport coordinates; empty without a current row.
    [[nodiscard]] QRect rowFocusRect() const;

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void paintEvent(QPaintEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

}  // namespace waveshelf
