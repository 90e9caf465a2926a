#include "FilterBox.h"

namespace waveshelf {

FilterBox::FilterBox(QWidget *parent)
    : ClearableLineEdit(parent)
{
    setObjectName(QStringLiteral("filterBox"));
    setPlaceholderText(tr("Filter by title, artist or genre"));
    setAccessibleName(placeholderText());
    connect(this, &QLineEdit::textChanged, this, &FilterBox::filterChanged);
}

}  // namespace waveshelf
