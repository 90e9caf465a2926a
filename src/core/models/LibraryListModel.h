#pragma once

#include "common/Error.h"
#include "soundcloud/LibraryList.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QUrl>

#include <optional>

namespace waveshelf {

class ApiClient;
class LibraryCache;

// What every library list model (tracks, playlists, people) shares: its
// state, its signals and the roles views, delegates and the filter use. The
// loading itself (cache first, background refresh in place, paging) is
// ItemListModel<Item>; TrackListModel, PlaylistListModel and UserListModel
// add their columns.
//
// States a view shows: loading (a request or cache read in flight), refreshing
// (rows from the cache are shown while SoundCloud's answer is compared with them),
// offline (the refresh failed for want of SoundCloud: the cached rows stay,
// "Offline — showing your library from <cachedAt>", retry() tries again), failed
// (loadFailed; retry() asks for the same page again), complete.
class LibraryListModel : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryListModel)

public:
    // Cached rows whose oldest chunk is older than this are stale: the
    // refresh then walks the whole list to its end in the background, not
    // only the cached part (the rest of a fresh list comes as the user scrolls).
    static constexpr qint64 kStaleAfterSecs = qint64(24) * 3600;
    [[nodiscard]] static bool isStale(const QDateTime &oldestChunkAt);

    // Roles every list answers (the same values in every model).
    enum Role {
        UrnRole = Qt::UserRole + 1,  // QString: the item's urn
        PlayableRole,                // bool: plays in full (tracks; true otherwise)
        DurationMsRole,              // qint64
        AccessRole,                  // QString: "playable", "preview", "blocked" (tracks)
        ArtworkUrlRole,              // QUrl: artwork or avatar, SoundCloud's "-large" URL, or empty
        PermalinkRole,               // QUrl: the item on soundcloud.com
        ArtistUrnRole,               // QString: the uploader's (playlist: owner's) urn
        LikedRole,                   // bool: the connected account likes it (tracks)
        SortRole,                    // the column's value to sort by (numbers as numbers, dates as dates)
        AccessLabelRole,             // QString: "" for playable, else a short translated mark ("preview")
        FilterTextRole,              // QString: the words the filter box matches (case-folded)
    };
    // What headerData() answers besides the titles.
    enum HeaderRole {
        // QString: the widest text the column usually shows (the view sizes the
        // column to it); empty for the columns that share the rest of the width.
        ColumnSampleRole = Qt::UserRole + 64,
    };

    // Forgets what was shown and loads `list`: what the cache holds for it at
    // once (no network wait), then SoundCloud's pages in the background,
    // updating rows in place, and stores what it fetched back in the cache.
    void load(const LibraryList &list);
    // Loads any list URL without the cache (e.g. /me/tracks in tests).
    void load(const QUrl &firstPage);
    // After a failure (or offline): asks again, from where it stopped.
    void retry();
    // Fetches the rest of the list without scrolling (the filter box looks through
    // all of it); isWalkingToEnd() until the end, a failure or clear().
    void loadToEnd();
    // Forgets everything and drops every request in flight (log out, leave the view).
    void clear();

    [[nodiscard]] std::optional<LibraryList> list() const { return m_list; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isRefreshing() const { return m_refreshing; }
    [[nodiscard]] bool isOffline() const { return m_offline; }
    [[nodiscard]] bool hasFailed() const { return m_failed; }
    // The last page failed for a passing reason (SoundCloud out of reach or busy).
    [[nodiscard]] bool hasFailedTransiently() const { return m_failed && m_failedTransiently; }
    // When the cached rows shown were stored (invalid: none shown).
    [[nodiscard]] QDateTime cachedAt() const { return m_cachedAt; }
    // Whether pages are fetched to the list's end without scrolling (the cache was stale).
    [[nodiscard]] bool isWalkingToEnd() const { return m_walkToEnd; }
    [[nodiscard]] bool isComplete() const;
    // Whether more items are coming (a further page or the refresh).
    [[nodiscard]] bool hasMore() const;

    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] static QString formatDuration(qint64 milliseconds);

signals:
    void loadingChanged(bool loading);
    // A page (or the cache) added rows: how many are loaded, and whether that is all.
    void pageLoaded(int totalRows, bool complete);
    // After every change of the row count or of "more coming".
    void countChanged(int loadedRows, bool moreComing);
    void loadFailed(const waveshelf::Error &error);
    // Cached rows are shown, stored at `cachedAt`.
    void cacheShown(int rows, const QDateTime &cachedAt);
    // The cached rows now match SoundCloud's (the refresh went through them).
    void refreshed();
    void offlineChanged(bool offline, const QDateTime &cachedAt);

protected:
    LibraryListModel(ApiClient &api, LibraryCache *cache, QObject *parent);

    // The column headers, in column order (each model's own tr() context).
    [[nodiscard]] virtual QStringList columnTitles() const = 0;
    // Per column, ColumnSampleRole's text (empty: the column stretches).
    [[nodiscard]] virtual QStringList columnSamples() const = 0;
    // What ItemListModel implements: its items and its cursor.
    virtual void clearItems() = 0;
    virtual void restartCursor(const QUrl &firstPage) = 0;
    [[nodiscard]] virtual bool cursorAtEnd() const = 0;
    // Reads the cache for m_list, then calls cacheRead().
    virtual void readCache() = 0;
    // Fetches the next page, then calls pageArrived() or pageFailed().
    virtual void requestPage() = 0;
    // Stores the rows (from `firstChangedRow` on) and the cursor's next page in the cache.
    virtual void storeInCache(int firstChangedRow) = 0;

    // The cache answered (rows already inserted, if any): stored at
    // `fetchedAt`, its oldest chunk at `oldestChunkAt`.
    void cacheRead(bool found, const QDateTime &fetchedAt, const QDateTime &oldestChunkAt);
    // A page was merged or appended.
    void pageDone();
    void pageFailed(const Error &error);
    void setLoading(bool loading);
    // The context of every request of the current load: deleted by clear().
    [[nodiscard]] QObject *requests() const { return m_requests; }
    void announceCount();
    // Writes the rows changed since the last store to the cache now (unless a
    // refresh is going through them: it stores them when it ends).
    void storeChanges();

    ApiClient &m_api;
    QPointer<LibraryCache> m_cache;
    std::optional<LibraryList> m_list;
    bool m_refreshing = false;  // cached rows shown, SoundCloud's pages being compared with them
    int m_verified = 0;         // while refreshing: rows confirmed by SoundCloud's pages
    int m_firstDirtyRow = -1;   // the first row changed since the last store (-1: none)
    QUrl m_cachedNext;          // where the cached rows stopped

private:
    void startNetwork();
    void setOffline(bool offline);

    QObject *m_requests = nullptr;
    QDateTime m_cachedAt;
    bool m_loading = false;
    bool m_failed = false;
    bool m_failedTransiently = false;
    bool m_started = false;
    bool m_offline = false;
    bool m_walkToEnd = false;
};

}  // namespace waveshelf
