#include "LibrarySidebar.h"

#include "LibraryIcons.h"

#include <QEvent>
#include <QStandardItemModel>

namespace waveshelf {

LibrarySidebar::LibrarySidebar(QWidget *parent)
    : QListView(parent)
    , m_items(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("librarySidebar"));
    setAccessibleName(tr("Library"));
    for (const LibraryList::Kind kind : kinds()) {
        auto *item = new QStandardItem(LibraryIcons::forKind(kind, palette()), labelOf(kind));
        item->setData(static_cast<int>(kind), KindRole);
        item->setData(labelOf(kind), Qt::AccessibleTextRole);
        item->setEditable(false);
        m_items->appendRow(item);
    }
    setModel(m_items);
    setEditTriggers(NoEditTriggers);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(true);
    setTabKeyNavigation(false);
    // Wide enough for every view's name and icon: never a horizontal scroll bar.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumWidth(sizeHintForColumn(0) + 2 * frameWidth() + fontMetrics().averageCharWidth() * 2);
    setCurrentKind(LibraryList::Kind::Likes);
}

QList<LibraryList::Kind> LibrarySidebar::kinds()
{
    using Kind = LibraryList::Kind;
    return {Kind::Stream, Kind::Likes, Kind::Playlists, Kind::Followings, Kind::Uploads, Kind::RecentlyPlayed};
}

QString LibrarySidebar::labelOf(LibraryList::Kind kind)
{
    using Kind = LibraryList::Kind;
    switch (kind) {
    case Kind::Stream:
        return tr("Stream");
    case Kind::Likes:
        return tr("Likes");
    case Kind::Playlists:
        return tr("Playlists");
    case Kind::Followings:
        return tr("Following");
    case Kind::Uploads:
        return tr("Your uploads");
    case Kind::RecentlyPlayed:
        return tr("Recently played");
    default:
        return {};
    }
}

void LibrarySidebar::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // The icons are drawn in the palette's colours (a dark theme, light).
    for (int row = 0; row < m_items->rowCount(); ++row) {
        QStandardItem *item = m_items->item(row);
        item->setIcon(LibraryIcons::forKind(static_cast<LibraryList::Kind>(item->data(KindRole).toInt()), palette()));
    }
}

LibraryList::Kind LibrarySidebar::currentKind() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? static_cast<LibraryList::Kind>(current.data(KindRole).toInt())
                             : LibraryList::Kind::Likes;
}

void LibrarySidebar::setCurrentKind(LibraryList::Kind kind)
{
    const int row = int(kinds().indexOf(kind));
    if (row < 0)
        return;
    m_silent = true;
    setCurrentIndex(m_items->index(row, 0));
    m_silent = false;
}

void LibrarySidebar::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QListView::currentChanged(current, previous);
    if (!m_silent && current.isValid() && current != previous)
        emit kindChosen(static_cast<LibraryList::Kind>(current.data(KindRole).toInt()));
}

}  // namespace waveshelf
