#include "PlayQueue.h"

#include <QFont>
#include <QRandomGenerator>

#include <algorithm>

namespace waveshelf {

PlayQueue::PlayQueue(QObject *parent)
    : QAbstractListModel(parent)
{
}

int PlayQueue::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PlayQueue::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Track &track = m_entries.at(index.row()).track;
    switch (role) {
    case Qt::DisplayRole:
        return track.artist.isEmpty() ? track.title : tr("%1 — %2").arg(track.title, track.artist);
    case Qt::AccessibleTextRole:
        return index.row() == currentIndex() ? tr("Now playing: %1 by %2").arg(track.title, track.artist)
                                             : tr("%1 by %2").arg(track.title, track.artist);
    case Qt::FontRole:
        if (index.row() == currentIndex()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case UrnRole:
        return track.urn;
    case TitleRole:
        return track.title;
    case ArtistRole:
        return track.artist;
    case DurationMsRole:
        return track.durationMs;
    case AccessRole:
        return track.access;
    case ArtworkUrlRole:
        return track.artworkUrl;
    case IsCurrentRole:
        return index.row() == currentIndex();
    default:
        return {};
    }
}

QHash<int, QByteArray> PlayQueue::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UrnRole, "urn");
    names.insert(TitleRole, "title");
    names.insert(ArtistRole, "artist");
    names.insert(DurationMsRole, "durationMs");
    names.insert(AccessRole, "access");
    names.insert(ArtworkUrlRole, "artworkUrl");
    names.insert(IsCurrentRole, "isCurrent");
    return names;
}

Qt::ItemFlags PlayQueue::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;  // between rows
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

bool PlayQueue::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                         const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1)
        return false;
    // destinationChild is the row the moved one lands before, in the old numbering.
    return move(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
}

void PlayQueue::playFrom(const QList<Track> &tracks, int index)
{
    beginResetModel();
    m_entries.clear();
    for (const Track &track : tracks)
        m_entries.append(Entry{track, 0});
    renumber();
    m_current = tracks.isEmpty() ? -1 : std::clamp(index, 0, static_cast<int>(tracks.size()) - 1);
    m_currentDetached = false;
    endResetModel();
    if (m_shuffle)
        setShuffle(true);
    emit currentChanged(currentIndex());
}

int PlayQueue::playNext(const Track &track)
{
    const int row = m_current + 1;
    beginInsertRows(QModelIndex(), row, row);
    m_entries.insert(row, Entry{track, 0});
    if (m_current >= row)
        ++m_current;
    endInsertRows();
    if (!m_shuffle)
        renumber();
    else
        m_entries[row].order = m_nextOrder++;
    return row;
}

void PlayQueue::add(const QList<Track> &tracks)
{
    if (tracks.isEmpty())
        return;
    beginInsertRows(QModelIndex(), count(), count() + static_cast<int>(tracks.size()) - 1);
    for (const Track &track : tracks)
        m_entries.append(Entry{track, m_nextOrder++});
    endInsertRows();
}

bool PlayQueue::move(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return false;
    // beginMoveRows wants the row the item lands before, in the old numbering.
    if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to))
        return false;
    m_entries.move(from, to);
    if (m_current == from)
        m_current = to;
    else if (from < m_current && to >= m_current)
        --m_current;
    else if (from > m_current && to <= m_current)
        ++m_current;
    endMoveRows();
    if (!m_shuffle)
        renumber();
    return true;
}

bool PlayQueue::remove(int row)
{
    if (row < 0 || row >= count())
        return false;
    const bool wasCurrent = row == m_current && !m_currentDetached;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    if (row <= m_current)
        --m_current;  // a removed current track: Next plays what followed it
    if (wasCurrent)
        m_currentDetached = true;
    endRemoveRows();
    if (!m_shuffle)
        renumber();
    if (wasCurrent)
        emit currentChanged(-1);
    return true;
}

void PlayQueue::clear()
{
    beginResetModel();
    m_entries.clear();
    m_current = -1;
    m_currentDetached = false;
    endResetModel();
    emit currentChanged(-1);
}

void PlayQueue::clearAllButCurrent()
{
    const int current = currentIndex();
    if (current < 0) {
        clear();
        return;
    }
    if (current + 1 < count()) {
        beginRemoveRows(QModelIndex(), current + 1, count() - 1);
        m_entries.resize(current + 1);
        endRemoveRows();
    }
    if (current > 0) {
        beginRemoveRows(QModelIndex(), 0, current - 1);
        m_entries.remove(0, current);
        m_current = 0;
        endRemoveRows();
        emit currentChanged(0);
    }
    if (!m_shuffle)
        renumber();
}

bool PlayQueue::setCurrentIndex(int row)
{
    if (row < 0 || row >= count())
        return false;
    setCurrent(row);
    return true;
}

void PlayQueue::setCurrent(int row, bool detached)
{
    const int before = currentIndex();
    m_current = row;
    m_currentDetached = detached;
    if (before == currentIndex())
        return;
    emitCurrentRow(before);
    emitCurrentRow(currentIndex());
    emit currentChanged(currentIndex());
}

void PlayQueue::emitCurrentRow(int row)
{
    if (row >= 0 && row < count())
        emit dataChanged(index(row), index(row), {IsCurrentRole, Qt::FontRole, Qt::AccessibleTextRole});
}

std::optional<Track> PlayQueue::current() const
{
    if (currentIndex() < 0)
        return std::nullopt;
    return m_entries.at(m_current).track;
}

QList<Track> PlayQueue::tracks() const
{
    QList<Track> result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.track);
    return result;
}

int PlayQueue::nextIndex(Advance reason) const
{
    if (m_entries.isEmpty())
        return -1;
    if (reason == Advance::TrackEnded && m_repeat == Repeat::One && !m_currentDetached && m_current >= 0)
        return m_current;
    const int next = m_current + 1;
    if (next < count())
        return next;
    return m_repeat == Repeat::Off ? -1 : 0;
}

int PlayQueue::previousIndex() const
{
    if (m_entries.isEmpty())
        return -1;
    const int previous = m_currentDetached ? m_current : m_current - 1;
    if (previous >= 0)
        return previous;
    return m_repeat == Repeat::Off ? -1 : count() - 1;
}

void PlayQueue::setShuffle(bool on)
{
    const bool changed = on != m_shuffle;
    m_shuffle = on;
    const int first = m_current + 1;  // the upcoming rows
    if (first < count() - 1) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QList<int> rows;  // rows[new row] = old row
        for (int row = 0; row < count(); ++row)
            rows.append(row);
        if (on) {
            std::shuffle(rows.begin() + first, rows.end(), *QRandomGenerator::global());
        } else {
            std::stable_sort(rows.begin() + first, rows.end(),
                             [this](int a, int b) { return m_entries.at(a).order < m_entries.at(b).order; });
        }
        QList<Entry> reordered;
        QList<int> newRowOf(count());
        for (int row = 0; row < count(); ++row) {
            reordered.append(m_entries.at(rows.at(row)));
            newRowOf[rows.at(row)] = row;
        }
        m_entries = reordered;
        const QModelIndexList persistent = persistentIndexList();
        for (const QModelIndex &old : persistent)
            changePersistentIndex(old, index(newRowOf.at(old.row()), old.column()));
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    if (changed)
        emit shuffleChanged(on);
}

void PlayQueue::setRepeat(Repeat repeat)
{
    if (repeat == m_repeat)
        return;
    m_repeat = repeat;
    emit repeatChanged(repeat);
}

void PlayQueue::renumber()
{
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        m_entries[i].order = i;
    m_nextOrder = m_entries.size();
}

}  // namespace waveshelf
