#include "library/StaleRefresh.h"

#include "common/LogCategories.h"
#include "library/Library.h"
#include "library/LibraryCache.h"
#include "models/LibraryListModel.h"

#include <algorithm>

namespace waveshelf {

StaleRefresh::StaleRefresh(Library &library, QList<LibraryList> lists, QObject *context,
                           std::function<void(Result<int>)> done)
    : QObject(&library)
    , m_library(library)
    , m_lists(std::move(lists))
    , m_context(context)
    , m_done(std::move(done))
{
    if (context)
        connect(context, &QObject::destroyed, this, &QObject::deleteLater);
}

void StaleRefresh::start()
{
    if (m_lists.isEmpty()) {
        finish();
        return;
    }
    for (const LibraryList &list : std::as_const(m_lists)) {
        m_library.cache().oldestChunkAt(list, this,
                                        [this, list](Result<QDateTime> oldest) { dated(list, std::move(oldest)); });
    }
}

void StaleRefresh::dated(const LibraryList &list, Result<QDateTime> oldest)
{
    if (!oldest.ok()) {
        if (!m_firstError)
            m_firstError = oldest.error();
    } else if (LibraryListModel::isStale(oldest.value())) {
        m_stale.append({list, oldest.value()});
    }
    if (++m_dated < m_lists.size())
        return;
    std::stable_sort(m_stale.begin(), m_stale.end(),
                     [](const Candidate &a, const Candidate &b) { return a.oldestChunkAt < b.oldestChunkAt; });
    qCInfo(lcLibrary) << "stale cached lists to refresh:" << m_stale.size() << "of" << m_lists.size();
    refreshNext();
}

void StaleRefresh::refreshNext()
{
    if (m_stale.isEmpty()) {
        finish();
        return;
    }
    const LibraryList list = m_stale.takeFirst().list;
    // The model sees its cache is stale and walks the list to its end, storing each page.
    m_model = m_library.createModel(list, this);
    // Done when it stops loading: at the list's end (or, were it fresh after
    // all, where the user would scroll on).
    connect(m_model, &LibraryListModel::pageLoaded, this, [this] {
        if (!m_model->isLoading())
            listDone(std::nullopt);
    });
    connect(m_model, &LibraryListModel::loadFailed, this, [this](const Error &error) { listDone(error); });
}

void StaleRefresh::listDone(const std::optional<Error> &error)
{
    if (error) {
        qCInfo(lcLibrary) << "refreshing a stale list failed:" << error->detail;
        if (!m_firstError)
            m_firstError = error;
    } else {
        ++m_refreshed;
    }
    m_model->disconnect(this);
    m_model->deleteLater();
    m_model = nullptr;
    refreshNext();
}

void StaleRefresh::finish()
{
    if (m_done && m_context) {
        if (m_refreshed == 0 && m_firstError)
            m_done(*m_firstError);
        else
            m_done(m_refreshed);
    }
    deleteLater();
}

}  // namespace waveshelf
