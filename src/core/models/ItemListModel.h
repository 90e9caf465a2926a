#pragma once

#include "library/LibraryCache.h"
#include "models/LibraryListModel.h"
#include "network/PageCursor.h"

#include <QList>

namespace waveshelf {

// The loading every list model shares, whatever its items (Track, Playlist,
// SoundCloudUser: anything with a `urn` and ==): the rows, the PageCursor and
// the cache. While cached rows are shown (refreshing), each page SoundCloud
// sends is merged into them in place: a row that stayed is updated
// (dataChanged) if it differs, a new item is inserted where it appears, rows
// no longer there are removed; never a reset, so selection and scroll
// position survive. The derived model adds columns and data().
template <typename Item>
class ItemListModel : public LibraryListModel {
public:
    // A search in the rows after the merge position goes this far; an item
    // further away counts as new there (its old row is removed later).
    static constexpr int kMergeWindow = 400;

    [[nodiscard]] const Item &itemAt(int row) const { return m_items.at(row); }
    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    // The row of `urn`, or -1.
    [[nodiscard]] int rowOf(const QString &urn) const
    {
        for (int row = 0; row < m_items.size(); ++row) {
            if (m_items.at(row).urn == urn)
                return row;
        }
        return -1;
    }

    // Takes the item's row out (an unlike in Likes); the row it had, or -1 when
    // the item is not in the list. The cache follows.
    int removeItem(const QString &urn)
    {
        const int row = rowOf(urn);
        if (row < 0)
            return -1;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
        if (m_refreshing && row < m_verified)
            --m_verified;
        markDirty(row);
        storeChanges();
        announceCount();
        return row;
    }
    // Puts an item back at `row` (clamped): Undo. The cache follows.
    void insertItem(int row, const Item &item)
    {
        row = qBound(0, row, int(m_items.size()));
        beginInsertRows({}, row, row);
        m_items.insert(row, item);
        endInsertRows();
        if (m_refreshing && row < m_verified)
            ++m_verified;
        markDirty(row);
        storeChanges();
        announceCount();
    }

protected:
    template <typename Parse, typename Page>
    ItemListModel(ApiClient &api, LibraryCache *cache, QObject *parent, Parse parse, QList<Item> Page::*items)
        : LibraryListModel(api, cache, parent)
        , m_cursor(api, parse, items)
    {
    }

    // Replaces the row's item (dataChanged when it differs).
    void replaceRow(int row, const Item &item)
    {
        if (m_items.at(row) == item)
            return;
        m_items[row] = item;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        markDirty(row);
    }
    [[nodiscard]] Item &mutableItem(int row) { return m_items[row]; }

private:
    void clearItems() override { m_items.clear(); }
    void restartCursor(const QUrl &firstPage) override { m_cursor.restart(firstPage); }
    [[nodiscard]] bool cursorAtEnd() const override { return m_cursor.atEnd(); }

    void readCache() override
    {
        // The first chunk's rows at once, then the others, then the refresh.
        m_cache->template readFirstThenRest<Item>(
            *m_list, requests(),
            [this](Result<CachedList<Item>> first) {
                m_firstChunkAt = QDateTime();
                if (first.ok() && first.value().found) {
                    m_firstChunkAt = first.value().oldestChunkAt;
                    append(std::move(first.value().items));
                }
            },
            [this](Result<CachedList<Item>> rest) {
                const bool found = rest.ok() && rest.value().found;
                if (found) {
                    append(std::move(rest.value().items));
                    m_cachedNext = rest.value().nextHref;
                } else if (!m_items.isEmpty()) {  // the rest did not open: show none of it
                    beginRemoveRows({}, 0, int(m_items.size()) - 1);
                    m_items.clear();
                    endRemoveRows();
                }
                m_firstDirtyRow = -1;  // these rows are what the cache holds
                QDateTime oldest = found ? rest.value().oldestChunkAt : QDateTime();
                if (m_firstChunkAt.isValid() && (!oldest.isValid() || m_firstChunkAt < oldest))
                    oldest = m_firstChunkAt;
                cacheRead(found, found ? rest.value().fetchedAt : QDateTime(), oldest);
            });
    }

    void requestPage() override
    {
        m_cursor.fetchMore(requests(), [this](Result<QList<Item>> page) {
            if (!page.ok()) {
                pageFailed(page.error());
                return;
            }
            if (m_refreshing) {
                merge(page.value());
                if (m_cursor.atEnd())
                    removeRowsFrom(m_verified);
            } else {
                append(std::move(page.value()));
            }
            pageDone();
        });
    }

    void storeInCache(int firstChangedRow) override
    {
        m_cache->write(*m_list, m_items, m_cursor.nextPage(), firstChangedRow, nullptr, {});
    }

    void append(QList<Item> items)
    {
        if (items.isEmpty())
            return;
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(items.size()) - 1);
        m_items.append(std::move(items));
        endInsertRows();
        markDirty(first);
    }

    // Puts SoundCloud's `fresh` items at rows m_verified, m_verified + 1... .
    void merge(const QList<Item> &fresh)
    {
        for (const Item &item : fresh) {
            const int row = m_verified;
            const int found = findFrom(item.urn, row);
            if (found < 0) {
                beginInsertRows({}, row, row);
                m_items.insert(row, item);
                endInsertRows();
                markDirty(row);
            } else {
                if (found > row) {
                    beginRemoveRows({}, row, found - 1);
                    m_items.remove(row, found - row);
                    endRemoveRows();
                    markDirty(row);
                }
                replaceRow(row, item);
            }
            ++m_verified;
        }
    }

    [[nodiscard]] int findFrom(const QString &urn, int row) const
    {
        const int end = qMin(int(m_items.size()), row + kMergeWindow);
        for (int at = row; at < end; ++at) {
            if (m_items.at(at).urn == urn)
                return at;
        }
        return -1;
    }

    void removeRowsFrom(int row)
    {
        if (row >= m_items.size())
            return;
        beginRemoveRows({}, row, int(m_items.size()) - 1);
        m_items.resize(row);
        endRemoveRows();
        markDirty(row);
    }

    void markDirty(int row) { m_firstDirtyRow = m_firstDirtyRow < 0 ? row : qMin(m_firstDirtyRow, row); }

    PageCursor<Item> m_cursor;
    QList<Item> m_items;
    QDateTime m_firstChunkAt;  // the first cached chunk's fetch time, until the rest is read
};

}  // namespace waveshelf
