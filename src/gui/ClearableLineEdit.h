#pragma once

#include <QLineEdit>

namespace waveshelf {

// A line edit with a clear button that Escape empties (an empty one lets
// Escape through, e.g. to close a dialog). The base of SearchField and FilterBox.
class ClearableLineEdit : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClearableLineEdit)

public:
    explicit ClearableLineEdit(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

}  // namespace waveshelf
