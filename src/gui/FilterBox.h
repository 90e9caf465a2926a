#pragma once

#include <QLineEdit>

namespace waveshelf {

// Filters the loaded items of a list as the user types (no request per key):
// emits the text at every change; Escape clears it.
class FilterBox final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBox)

public:
    explicit FilterBox(QWidget *parent = nullptr);

signals:
    void filterChanged(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

}  // namespace waveshelf
