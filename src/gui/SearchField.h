#pragma once

#include "ClearableLineEdit.h"

namespace waveshelf {

// Searches SoundCloud: Ctrl+F or Ctrl+L (anywhere in its window) puts the
// cursor here, Enter asks for the words typed, Escape clears.
class SearchField final : public ClearableLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)

public:
    explicit SearchField(QWidget *parent = nullptr);

signals:
    // The words typed, trimmed; never empty.
    void searchRequested(const QString &query);

private:
    void focusAndSelect();
};

}  // namespace waveshelf
