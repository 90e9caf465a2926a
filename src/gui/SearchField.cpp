#include "SearchField.h"

#include <QAction>
#include <QKeyEvent>

namespace waveshelf {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(tr("Search SoundCloud"));
    setAccessibleName(placeholderText());
    setClearButtonEnabled(true);
    auto *focus = new QAction(tr("Search SoundCloud"), this);
    focus->setObjectName(QStringLiteral("focusSearchAction"));
    focus->setShortcuts({QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_L)});
    focus->setShortcutContext(Qt::WindowShortcut);
    connect(focus, &QAction::triggered, this, &SearchField::focusAndSelect);
    addAction(focus);
    connect(this, &QLineEdit::returnPressed, this, [this] {
        const QString query = text().trimmed();
        if (!query.isEmpty())
            emit searchRequested(query);
    });
}

void SearchField::focusAndSelect()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

}  // namespace waveshelf
