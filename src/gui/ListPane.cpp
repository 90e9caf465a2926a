#include "ListPane.h"

#include "models/LibraryListModel.h"
#include "models/TrackFilterProxy.h"

#include <QAbstractItemView>
#include <QMenu>

namespace waveshelf {

ListPane::ListPane(const LibraryList &list, LibraryListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_model(model)
    , m_proxy(new TrackFilterProxy(this))
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    connect(m_model, &LibraryListModel::loadFailed, this,
            [this](const Error &error) { emit loadFailed(m_model, error); });
}

void ListPane::start()
{
    if (m_started)
        return;
    m_started = true;
    m_model->load(m_list);
}

void ListPane::showList(const LibraryList &list)
{
    m_list = list;
    m_started = true;
    m_model->load(m_list);
}

void ListPane::reload()
{
    // The row the user is on stays theirs once it is loaded again (F5, a playlist changed).
    const QString current = currentUrn();
    showList(m_list);
    if (!current.isEmpty())
        restoreCurrent(current);
}

void ListPane::stop()
{
    m_model->clear();
}

void ListPane::setFilterText(const QString &text)
{
    m_proxy->setFilterText(text);
}

QString ListPane::viewKey(const LibraryList &list)
{
    return list.key().section(QLatin1Char(':'), 0, 0);
}

QString ListPane::currentUrn() const
{
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(LibraryListModel::UrnRole).toString() : QString();
}

void ListPane::restoreCurrent(const QString &urn)
{
    disconnect(m_restoreConnection);
    m_restoreUrn = urn;
    if (urn.isEmpty() || tryRestore())
        return;
    m_restoreConnection = connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (tryRestore() || (!m_model->isLoading() && !m_model->hasMore()))
            disconnect(m_restoreConnection);
    });
}

bool ListPane::tryRestore()
{
    QAbstractItemView *table = view();
    if (table->model() != m_proxy)
        return true;  // another list shows (a playlist's tracks): nothing to restore there
    const QModelIndexList found = m_proxy->match(m_proxy->index(0, 0), LibraryListModel::UrnRole, m_restoreUrn, 1,
                                                 Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    table->setCurrentIndex(found.first());
    table->scrollTo(found.first(), QAbstractItemView::PositionAtCenter);
    return true;
}

void ListPane::forward(ListPane *inner) const
{
    connect(inner, &ListPane::playRequested, this, &ListPane::playRequested);
    connect(inner, &ListPane::playNextRequested, this, &ListPane::playNextRequested);
    connect(inner, &ListPane::addToQueueRequested, this, &ListPane::addToQueueRequested);
    connect(inner, &ListPane::likeRequested, this, &ListPane::likeRequested);
    connect(inner, &ListPane::playlistMenuRequested, this, &ListPane::playlistMenuRequested);
    connect(inner, &ListPane::trackMenuBuilt, this, &ListPane::trackMenuBuilt);
    connect(inner, &ListPane::relatedRequested, this, &ListPane::relatedRequested);
    connect(inner, &ListPane::playlistTracksChangeRequested, this, &ListPane::playlistTracksChangeRequested);
    connect(inner, &ListPane::personRequested, this, &ListPane::personRequested);
    connect(inner, &ListPane::loadFailed, this, &ListPane::loadFailed);
}

}  // namespace waveshelf
