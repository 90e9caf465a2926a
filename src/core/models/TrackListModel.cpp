#include "models/TrackListModel.h"

#include "common/LogCategories.h"
#include "soundcloud/ApiJson.h"

namespace waveshelf {

TrackListModel::TrackListModel(ApiClient &api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cursor(api, &ApiJson::parseTrackPage, &TrackPage::tracks)
{
}

void TrackListModel::load(const QUrl &firstPage)
{
    clear();
    m_started = true;
    m_cursor.restart(firstPage);
    requestPage();
}

void TrackListModel::retry()
{
    if (m_failed && !m_cursor.atEnd())
        requestPage();
}

void TrackListModel::clear()
{
    m_cursor.restart(QUrl());  // drops the answer of a page in flight
    beginResetModel();
    m_tracks.clear();
    endResetModel();
    m_failed = false;
    m_started = false;
    setLoading(false);
}

void TrackListModel::requestPage()
{
    m_failed = false;
    setLoading(true);
    // Empty pages (cursor lists have them) are followed up to kMaxEmptyPagesInRow.
    m_cursor.fetchMore(this, [this](Result<QList<Track>> page) {
        if (!page.ok()) {
            m_failed = true;
            setLoading(false);
            emit loadFailed(page.error());
            return;
        }
        QList<Track> &tracks = page.value();
        if (!tracks.isEmpty()) {
            const int first = int(m_tracks.size());
            beginInsertRows({}, first, first + int(tracks.size()) - 1);
            m_tracks.append(std::move(tracks));
            endInsertRows();
        }
        qCDebug(lcModels) << "track page loaded; rows:" << m_tracks.size() << "more:" << !m_cursor.atEnd();
        setLoading(false);
        emit pageLoaded(int(m_tracks.size()), m_cursor.atEnd());
    });
}

void TrackListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int TrackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tracks.size());
}

int TrackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Track &track = m_tracks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return track.title;
        case ArtistColumn:
            return track.artist;
        case DurationColumn:
            return formatDuration(track.durationMs);
        case GenreColumn:
            return track.genre;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!track.isPlayable())
            return tr("Not playable in your country or on your plan (%1)").arg(track.access);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UrnRole:
        return track.urn;
    case PlayableRole:
        return track.isPlayable();
    case DurationMsRole:
        return track.durationMs;
    case AccessRole:
        return track.access;
    case ArtworkUrlRole:
        return track.artworkUrl;
    case PermalinkRole:
        return track.permalinkUrl;
    case ArtistUrnRole:
        return track.artistUrn;
    case LikedRole:
        return track.liked;
    case SortRole:
        return index.column() == DurationColumn ? QVariant(track.durationMs) : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ArtistColumn:
        return tr("Artist");
    case DurationColumn:
        return tr("Duration");
    case GenreColumn:
        return tr("Genre");
    default:
        return {};
    }
}

bool TrackListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && !m_failed && !m_cursor.atEnd();
}

void TrackListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

QString TrackListModel::formatDuration(qint64 milliseconds)
{
    const qint64 totalSeconds = (qMax<qint64>(0, milliseconds) + 500) / 1000;
    const qint64 hours = totalSeconds / 3600;
    const qint64 minutes = (totalSeconds % 3600) / 60;
    const qint64 seconds = totalSeconds % 60;
    const QString secs = QStringLiteral("%1").arg(seconds, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(secs);
    return QStringLiteral("%1:%2").arg(minutes).arg(secs);
}

}  // namespace waveshelf
