#pragma once

#include <QWidget>

class QListView;
class QPushButton;

namespace waveshelf {

class ArtworkLoader;
class PlayerController;
class PlayQueue;

// The play queue as a list (QueueItemDelegate: artwork, title over artist,
// duration; played tracks dimmed, "Now playing" and "Up next" headings; the current
// track also "Now playing" to a screen reader); rows reorder by dragging,
// Alt+Up / Alt+Down or the Move buttons; Delete or Remove takes the selected row
// out, Clear all but the playing one; double-click or Enter plays that row.
class QueueView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueView)

public:
    // The player (and its queue) and `artwork` (may be null) must outlive the view.
    explicit QueueView(PlayerController &player, ArtworkLoader *artwork = nullptr, QWidget *parent = nullptr);
    ~QueueView() override;

    [[nodiscard]] QListView *list() const { return m_list; }

    void moveSelected(int offset);
    void removeSelected();
    void playSelected();

private:
    [[nodiscard]] int selectedRow() const;
    void selectRow(int row);
    void updateButtons();

    PlayerController &m_player;
    PlayQueue &m_queue;
    QListView *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    QPushButton *m_clear;
};

}  // namespace waveshelf
