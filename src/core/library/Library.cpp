#include "library/Library.h"

#include "library/LibraryCache.h"
#include "library/StaleRefresh.h"
#include "models/PlaylistListModel.h"
#include "models/TrackListModel.h"
#include "models/UserListModel.h"

namespace waveshelf {

Library::Library(ApiClient &api, Database &db, std::shared_ptr<const Vault> vault, qint64 cacheLimitBytes,
                 QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(new LibraryCache(db, std::move(vault), cacheLimitBytes, this))
{
    connect(m_cache, &LibraryCache::changed, this, &Library::cacheChanged);
}

Library::~Library()
{
    // Models outliving the library (other parents) stop using its cache.
    for (const QPointer<LibraryListModel> &model : std::as_const(m_models)) {
        if (model)
            model->clear();
    }
}

LibraryListModel *Library::createModel(const LibraryList &list, QObject *parent)
{
    LibraryListModel *model = nullptr;
    switch (list.items()) {
    case LibraryList::Items::Tracks:
        model = createTrackModel(parent);
        break;
    case LibraryList::Items::Playlists:
        model = createPlaylistModel(parent);
        break;
    case LibraryList::Items::Users:
        model = createUserModel(parent);
        break;
    }
    model->load(list);
    return model;
}

TrackListModel *Library::createTrackModel(QObject *parent)
{
    return adopt(new TrackListModel(m_api, m_cache, parent));
}

PlaylistListModel *Library::createPlaylistModel(QObject *parent)
{
    return adopt(new PlaylistListModel(m_api, m_cache, parent));
}

UserListModel *Library::createUserModel(QObject *parent)
{
    return adopt(new UserListModel(m_api, m_cache, parent));
}

template <typename Model>
Model *Library::adopt(Model *model)
{
    m_models.removeAll(nullptr);
    m_models.append(model);
    connect(model, &LibraryListModel::offlineChanged, this, &Library::modelStateChanged);
    connect(model, &QObject::destroyed, this, &Library::modelStateChanged, Qt::QueuedConnection);
    return model;
}

bool Library::isOffline() const
{
    for (const QPointer<LibraryListModel> &model : m_models) {
        if (model && model->isOffline())
            return true;
    }
    return false;
}

QDateTime Library::offlineSince() const
{
    QDateTime since;
    for (const QPointer<LibraryListModel> &model : m_models) {
        if (model && model->isOffline() && (!since.isValid() || model->cachedAt() < since))
            since = model->cachedAt();
    }
    return since;
}

void Library::modelStateChanged()
{
    const bool offline = isOffline();
    if (offline == m_offline && !offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline, offlineSince());
}

void Library::retryAll()
{
    for (const QPointer<LibraryListModel> &model : std::as_const(m_models)) {
        if (model && model->hasFailed())
            model->retry();
    }
}

void Library::refreshStale(const QList<LibraryList> &lists, QObject *context, std::function<void(Result<int>)> done)
{
    (new StaleRefresh(*this, lists, context, std::move(done)))->start();
}

void Library::cacheSize(QObject *context, std::function<void(Result<qint64>)> done)
{
    m_cache->totalBytes(context, std::move(done));
}

void Library::clearModels()
{
    for (const QPointer<LibraryListModel> &model : std::as_const(m_models)) {
        if (model)
            model->clear();
    }
}

void Library::clearCache(QObject *context, std::function<void(Result<void>)> done)
{
    clearModels();
    m_cache->clear(context, std::move(done));
}

Result<void> Library::clearCache()
{
    clearModels();
    return m_cache->clearAndWait();
}

}  // namespace waveshelf
