#pragma once

#include "ClearableLineEdit.h"

namespace waveshelf {

// Filters the loaded items of a list as the user types (no request per key):
// emits the text at every change; Escape clears it.
class FilterBox final : public ClearableLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBox)

public:
    explicit FilterBox(QWidget *parent = nullptr);

signals:
    void filterChanged(const QString &text);
};

}  // namespace waveshelf
