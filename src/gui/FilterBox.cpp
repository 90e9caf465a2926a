#include "FilterBox.h"

#include <QKeyEvent>

namespace waveshelf {

FilterBox::FilterBox(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("filterBox"));
    setPlaceholderText(tr("Filter by title, artist or genre"));
    setAccessibleName(placeholderText());
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textChanged, this, &FilterBox::filterChanged);
}

void FilterBox::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

}  // namespace waveshelf
