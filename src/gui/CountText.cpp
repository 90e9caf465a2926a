#include "CountText.h"

#include "models/LibraryListModel.h"

namespace waveshelf {

QString CountText::itemCount(LibraryList::Items items, int count)
{
    switch (items) {
    case LibraryList::Items::Tracks:
        return tr("%n track(s)", "", count);
    case LibraryList::Items::Playlists:
        return tr("%n playlist(s)", "", count);
    case LibraryList::Items::Users:
        return tr("%n person(s)", "", count);
    }
    return {};
}

QString CountText::emptyText(const LibraryList &list)
{
    // Said in words, not "0 people".
    const QString query = list.searchQuery();
    if (!query.isEmpty()) {
        switch (list.items()) {
        case LibraryList::Items::Tracks:
            return tr("No tracks found for “%1”.").arg(query);
        case LibraryList::Items::Playlists:
            return tr("No playlists found for “%1”.").arg(query);
        case LibraryList::Items::Users:
            return tr("No people found for “%1”.").arg(query);
        }
    }
    return tr("Nothing here yet.");
}

QString CountText::of(const LibraryListModel &list, const LibraryList &what, const QString &filter, int shown)
{
    const LibraryListModel *model = &list;
    const int loaded = model->rowCount();
    const bool filtering = !filter.isEmpty();
    const QString items = itemCount(what.items(), loaded);
    QString text;
    if (model->isOffline() || model->hasFailedTransiently()) {
        // What the cache holds is all there is until SoundCloud answers again.
        text = loaded == 0 ? tr("Offline: this list is not saved on this computer")
                           : tr("Offline: %1 saved on this computer").arg(items);
    } else if (loaded == 0 && model->isLoading()) {
        text = tr("Loading…");
    } else if (!model->hasMore() && loaded == 0) {
        text = emptyText(what);
    } else if (!model->hasMore()) {
        text = items;
    } else if (model->hasFailed()) {
        text = tr("%1 loaded; the rest could not be loaded").arg(items);  // the message bar says why
    } else if (filtering && model->isWalkingToEnd()) {
        text = tr("Filtering, %1 loaded so far…").arg(items);
    } else if (model->isLoading() || model->isRefreshing()) {
        text = tr("%1 loaded, more coming").arg(items);  // a request is on its way
    } else {
        text = tr("%1 loaded; more as you scroll").arg(items);
    }
    if (filtering)
        text = tr("%1 (%n shown)", "", shown).arg(text);
    return text;
}

}  // namespace waveshelf
