#include "SearchField.h"

#include <QAction>

namespace waveshelf {

SearchField::SearchField(QWidget *parent)
    : ClearableLineEdit(parent)
{
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(tr("Search SoundCloud"));
    setAccessibleName(placeholderText());
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

}  // namespace waveshelf
