#include "models/LibraryListModel.h"

#include "common/LogCategories.h"
#include "library/LibraryCache.h"
#include "network/ApiClient.h"

namespace waveshelf {

LibraryListModel::LibraryListModel(ApiClient &api, LibraryCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
    , m_cache(cache)
    , m_requests(new QObject(this))
{
}

void LibraryListModel::load(const LibraryList &list)
{
    clear();
    m_list = list;
    m_started = true;
    if (m_cache && list.isCached()) {
        setLoading(true);
        readCache();
        return;
    }
    startNetwork();
}

void LibraryListModel::load(const QUrl &firstPage)
{
    clear();
    m_started = true;
    restartCursor(firstPage);
    setLoading(true);
    requestPage();
}

void LibraryListModel::startNetwork()
{
    restartCursor(m_api.firstPage(*m_list));
    m_failed = false;
    setLoading(true);
    requestPage();
}

void LibraryListModel::retry()
{
    if (!m_failed || cursorAtEnd())
        return;
    m_failed = false;
    setLoading(true);
    requestPage();
}

void LibraryListModel::clear()
{
    delete m_requests;  // drops every answer on its way (pages, cache reads)
    m_requests = new QObject(this);
    restartCursor(QUrl());
    beginResetModel();
    clearItems();
    endResetModel();
    m_list.reset();
    m_cachedAt = QDateTime();
    m_cachedNext = QUrl();
    m_refreshing = false;
    m_verified = 0;
    m_firstDirtyRow = -1;
    m_failed = false;
    m_started = false;
    m_walkToEnd = false;
    setOffline(false);
    setLoading(false);
}

void LibraryListModel::loadToEnd()
{
    if (!m_started || cursorAtEnd() || m_failed)
        return;
    m_walkToEnd = true;
    if (!m_loading && !m_refreshing)
        fetchMore(QModelIndex());
    announceCount();
}

bool LibraryListModel::isStale(const QDateTime &oldestChunkAt)
{
    return oldestChunkAt.isValid() && oldestChunkAt.secsTo(QDateTime::currentDateTimeUtc()) > kStaleAfterSecs;
}

void LibraryListModel::cacheRead(bool found, const QDateTime &fetchedAt, const QDateTime &oldestChunkAt)
{
    if (found) {
        m_cachedAt = fetchedAt;
        m_refreshing = true;
        m_verified = 0;
        m_walkToEnd = isStale(oldestChunkAt);
        qCDebug(lcModels) << "cached rows shown:" << rowCount() << "from" << fetchedAt
                          << (m_walkToEnd ? "(stale: refreshing to the end)" : "");
        emit cacheShown(rowCount(), fetchedAt);
        announceCount();
    }
    startNetwork();
}

void LibraryListModel::pageDone()
{
    setOffline(false);
    if (m_refreshing && (cursorAtEnd() || m_verified >= rowCount())) {
        m_refreshing = false;
        if (m_firstDirtyRow < 0)
            m_firstDirtyRow = rowCount();  // nothing changed: the stored time moves on
        qCDebug(lcModels) << "cached rows refreshed; rows:" << rowCount();
        emit refreshed();
    }
    storeChanges();
    if (m_refreshing) {
        requestPage();  // the refresh goes on in the background
    } else if (m_walkToEnd && !cursorAtEnd()) {
        emit pageLoaded(rowCount(), false);
        requestPage();  // a stale list: on to its end without scrolling
    } else {
        m_walkToEnd = false;
        setLoading(false);
        emit pageLoaded(rowCount(), cursorAtEnd());
    }
    announceCount();
}

void LibraryListModel::storeChanges()
{
    if (!m_refreshing && m_firstDirtyRow >= 0 && m_cache && m_list && m_list->isCached()) {
        storeInCache(m_firstDirtyRow);
        m_firstDirtyRow = -1;
    }
}

void LibraryListModel::pageFailed(const Error &error)
{
    m_failed = true;
    m_failedTransiently = error.isTransient();
    setLoading(false);
    if (m_cachedAt.isValid() && error.isTransient())
        setOffline(true);
    qCInfo(lcModels) << "a list page failed:" << error.detail;
    emit loadFailed(error);
    announceCount();
}

void LibraryListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void LibraryListModel::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    emit offlineChanged(offline, m_cachedAt);
}

void LibraryListModel::announceCount()
{
    emit countChanged(rowCount(), hasMore());
}

bool LibraryListModel::isComplete() const
{
    return m_started && !m_loading && !m_failed && !m_refreshing && cursorAtEnd();
}

bool LibraryListModel::hasMore() const
{
    return m_started && (m_refreshing || !cursorAtEnd());
}

QVariant LibraryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QStringList titles = columnTitles();
        if (section >= 0 && section < titles.size())
            return titles.at(section);
    }
    if (orientation == Qt::Horizontal && role == ColumnSampleRole) {
        const QStringList samples = columnSamples();
        if (section >= 0 && section < samples.size())
            return samples.at(section);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool LibraryListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_loading && !m_failed && !m_refreshing && !cursorAtEnd();
}

void LibraryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    setLoading(true);
    requestPage();
}

QString LibraryListModel::formatDuration(qint64 milliseconds)
{
    // Whole seconds, cut as the player cuts them (PlayerBar::formatTime): a track
    // reads the same length in the list and in the player.
    const qint64 totalSeconds = qMax<qint64>(0, milliseconds) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds % 3600) / 60;
    const qint64 seconds = totalSeconds % 60;
    const QString secs = QStringLiteral("%1").arg(seconds, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(secs);
    return QStringLiteral("%1:%2").arg(minutes).arg(secs);
}

}  // namespace waveshelf
