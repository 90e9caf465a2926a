#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace waveshelf {

// A line saying what was just done, with Undo (also Ctrl+Z while it shows) for
// a while: the way music apps take back a removal without asking first.
class UndoBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoBar)

public:
    // How long the offer stands.
    static constexpr int kShowMs = 10'000;

    explicit UndoBar(QWidget *parent = nullptr);
    ~UndoBar() override;

    // Replaces any offer shown: `undo` runs if the user asks within kShowMs.
    void offer(const QString &text, std::function<void()> undo);
    // Runs the offer shown, if any (Undo, Ctrl+Z).
    void undo();
    // Withdraws the offer (the list it was about is gone).
    void withdraw();
    [[nodiscard]] QString text() const;

private:
    QLabel *m_label;
    QPushButton *m_undoButton;
    QTimer m_timer;
    std::function<void()> m_undo;
};

}  // namespace waveshelf
