#include "models/TrackFilterProxy.h"

#include "models/LibraryListModel.h"

namespace waveshelf {

TrackFilterProxy::TrackFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void TrackFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    m_texts.clear();
    // Connected before the base class's own connections, so the texts are
    // in step before it filters the changed rows.
    if (source) {
        connect(source, &QAbstractItemModel::modelReset, this, &TrackFilterProxy::forgetTexts);
        connect(source, &QAbstractItemModel::rowsInserted, this, &TrackFilterProxy::sourceRowsInserted);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &TrackFilterProxy::sourceRowsRemoved);
        connect(source, &QAbstractItemModel::rowsMoved, this, &TrackFilterProxy::forgetTexts);
        connect(source, &QAbstractItemModel::layoutChanged, this, &TrackFilterProxy::forgetTexts);
        connect(source, &QAbstractItemModel::dataChanged, this, &TrackFilterProxy::textsChanged);
    }
    QSortFilterProxyModel::setSourceModel(source);
    forgetTexts();
}

void TrackFilterProxy::forgetTexts()
{
    m_texts.clear();
    if (const QAbstractItemModel *source = sourceModel())
        m_texts.resize(source->rowCount());
}

void TrackFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first < 0 || first > m_texts.size()) {  // not in step: start again
        forgetTexts();
        return;
    }
    m_texts.insert(first, last - first + 1, std::nullopt);
}

void TrackFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first < 0 || last >= m_texts.size()) {
        forgetTexts();
        return;
    }
    m_texts.remove(first, last - first + 1);
}

void TrackFilterProxy::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toCaseFolded().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void TrackFilterProxy::textsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid())
        return;
    for (int row = qMax(0, topLeft.row()); row <= bottomRight.row() && row < m_texts.size(); ++row)
        m_texts[row].reset();
}

const QString &TrackFilterProxy::textOf(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_texts.size() != source->rowCount()) {  // not in step (should not happen): start again
        m_texts.clear();
        m_texts.resize(source->rowCount());
    }
    std::optional<QString> &text = m_texts[sourceRow];
    if (!text) {
        text = source->index(sourceRow, 0).data(LibraryListModel::FilterTextRole).toString();
        ++m_reads;
    }
    return *text;
}

bool TrackFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || sourceParent.isValid())
        return true;
    const QString &text = textOf(sourceRow);
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

}  // namespace waveshelf
