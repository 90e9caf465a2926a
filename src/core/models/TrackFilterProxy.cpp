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
    forgetTexts();
    // Connected before the base class's own connections, so the texts are
    // renewed before it filters the changed rows.
    if (source) {
        connect(source, &QAbstractItemModel::modelReset, this, &TrackFilterProxy::forgetTexts);
        connect(source, &QAbstractItemModel::rowsInserted, this, &TrackFilterProxy::forgetTexts);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &TrackFilterProxy::forgetTexts);
        connect(source, &QAbstractItemModel::rowsMoved, this, &TrackFilterProxy::forgetTexts);
        connect(source, &QAbstractItemModel::layoutChanged, this, &TrackFilterProxy::forgetTexts);
        connect(source, &QAbstractItemModel::dataChanged, this, &TrackFilterProxy::textsChanged);
    }
    QSortFilterProxyModel::setSourceModel(source);
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
    if (m_texts.isEmpty())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_texts.size(); ++row)
        m_texts[row] = sourceModel()->index(row, 0).data(LibraryListModel::FilterTextRole).toString();
}

const QString &TrackFilterProxy::textOf(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_texts.size() != source->rowCount()) {
        m_texts.resize(source->rowCount());
        for (int row = 0; row < m_texts.size(); ++row)
            m_texts[row] = source->index(row, 0).data(LibraryListModel::FilterTextRole).toString();
    }
    return m_texts.at(sourceRow);
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
