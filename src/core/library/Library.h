#pragma once

#include "common/Result.h"
#include "soundcloud/LibraryList.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace waveshelf {

class ApiClient;
class Database;
class LibraryCache;
class LibraryListModel;
class PlaylistListModel;
class TrackListModel;
class UserListModel;
class Vault;

// One logged-in user's library: their offline cache and the list models built
// on it. A view asks for a model for a LibraryList; the model shows the cached
// rows at once and refreshes them from SoundCloud. The Library says whether
// what is shown comes from the cache because SoundCloud cannot be reached
// (offline), how large the cache is, and clears it (Settings, Disconnect).
class Library final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Library)

public:
    Library(ApiClient &api, Database &db, std::shared_ptr<const Vault> vault, qint64 cacheLimitBytes,
            QObject *parent = nullptr);
    ~Library() override;

    // A model of the right kind for `list` (parent: `parent`), loading it.
    [[nodiscard]] LibraryListModel *createModel(const LibraryList &list, QObject *parent);
    // Models of a given kind, not loaded yet (for views that switch lists).
    [[nodiscard]] TrackListModel *createTrackModel(QObject *parent);
    [[nodiscard]] PlaylistListModel *createPlaylistModel(QObject *parent);
    [[nodiscard]] UserListModel *createUserModel(QObject *parent);

    [[nodiscard]] LibraryCache &cache() { return *m_cache; }
    // True while any of this library's models shows cached rows because
    // SoundCloud could not be reached; since when (the oldest such cache).
    [[nodiscard]] bool isOffline() const;
    [[nodiscard]] QDateTime offlineSince() const;
    // Asks every model that failed to try again (after reconnecting).
    void retryAll();
    // Refreshes, in the background, those of `lists` whose cached chunks are
    // stale (older than LibraryListModel::kStaleAfterSecs), the oldest first,
    // one at a time, each walked to its end and stored (StaleRefresh). `done`:
    // how many were refreshed (an error only when none could be).
    void refreshStale(const QList<LibraryList> &lists, QObject *context, std::function<void(Result<int>)> done);
    // The cache's size in bytes (for Settings).
    void cacheSize(QObject *context, std::function<void(Result<qint64>)> done);
    // Clears every model (at once) and deletes the cache on the cache's worker,
    // after the work queued before it (LibraryCache::clear): Settings' "Clear",
    // Disconnect. `done` may be empty.
    void clearCache(QObject *context, std::function<void(Result<void>)> done);
    // The same, waiting for the cache on the caller's thread (the command line, tests).
    [[nodiscard]] Result<void> clearCache();

signals:
    void offlineChanged(bool offline, const QDateTime &since);
    // The cache was written or cleared: a size shown may be out of date.
    void cacheChanged();

private:
    template <typename Model>
    Model *adopt(Model *model);
    void modelStateChanged();
    void clearModels();

    ApiClient &m_api;
    LibraryCache *m_cache;
    QList<QPointer<LibraryListModel>> m_models;
    bool m_offline = false;
};

}  // namespace waveshelf
