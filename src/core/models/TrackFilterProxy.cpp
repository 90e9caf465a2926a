#include "models/TrackFilterProxy.h"

#include "models/LibraryListModel.h"

#include <QElapsedTimer>

namespace waveshelf {

TrackFilterProxy::TrackFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_idleRead.setSingleShot(true);
    m_idleRead.setInterval(0);
    connect(&m_idleRead, &QTimer::timeout, this, &TrackFilterProxy::readSomeTexts);
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
    readFromRow(0);
}

void TrackFilterProxy::readFromRow(int row)
{
    m_readFrom = qMin(m_readFrom, row);
    if (m_readFrom < m_texts.size() && !m_idleRead.isActive())
        m_idleRead.start();
}

bool TrackFilterProxy::allTextsRead() const
{
    return m_readFrom >= m_texts.size() && (!sourceModel() || m_texts.size() == sourceModel()->rowCount());
}

void TrackFilterProxy::readSomeTexts()
{
    // A slice short enough that a keystroke or a scroll meanwhile waits no longer than a frame.
    constexpr qint64 kSliceNs = 4'000'000;
    if (!sourceModel())
        return;
    QElapsedTimer clock;
    clock.start();
    while (m_readFrom < m_texts.size() && clock.nsecsElapsed() < kSliceNs)
        (void)textOf(m_readFrom++);
    m_longestSliceMs = qMax(m_longestSliceMs, double(clock.nsecsElapsed()) / 1e6);
    if (m_readFrom < m_texts.size())
        m_idleRead.start();
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
    readFromRow(first);
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
    readFromRow(first);
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
    readFromRow(qMax(0, topLeft.row()));
}

const QString &TrackFilterProxy::textOf(int sourceRow) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_texts.size() != source->rowCount()) {  // not in step (should not happen): start again
        m_texts.clear();
        m_texts.resize(source->rowCount());
        m_readFrom = 0;
        m_idleRead.start();
        if (sourceRow >= m_texts.size()) {
            static const QString none;
            return none;
        }
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
