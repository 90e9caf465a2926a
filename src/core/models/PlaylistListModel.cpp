#include "models/PlaylistListModel.h"

#include "soundcloud/ApiJson.h"

#include <QLocale>

namespace waveshelf {

PlaylistListModel::PlaylistListModel(ApiClient &api, LibraryCache *cache, QObject *parent)
    : ItemListModel<Playlist>(api, cache, parent, &ApiJson::parsePlaylistPage, &PlaylistPage::playlists)
{
}

int PlaylistListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlaylistListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Playlist &playlist = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return playlist.title;
        case OwnerColumn:
            return playlist.owner;
        case TracksColumn:
            return QLocale().toString(playlist.trackCount);
        case DurationColumn:
            return formatDuration(playlist.durationMs);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == TracksColumn || column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UrnRole:
        return playlist.urn;
    case PlayableRole:
        return true;
    case DurationMsRole:
        return playlist.durationMs;
    case ArtworkUrlRole:
        return playlist.artworkUrl;
    case PermalinkRole:
        return playlist.permalinkUrl;
    case ArtistUrnRole:
        return playlist.ownerUrn;
    case TrackCountRole:
        return playlist.trackCount;
    case FilterTextRole:
        return QString(playlist.title + QLatin1Char('\n') + playlist.owner).toCaseFolded();
    case SortRole:
        switch (column) {
        case TracksColumn:
            return playlist.trackCount;
        case DurationColumn:
            return playlist.durationMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QStringList PlaylistListModel::columnTitles() const
{
    return {tr("Title"), tr("Owner"), tr("Tracks"), tr("Duration")};
}

QStringList PlaylistListModel::columnSamples() const
{
    const QLocale locale;
    return {QString(), QString(), locale.toString(9'999), formatDuration(qint64(30) * 3600 * 1000 - 1000)};
}

}  // namespace waveshelf
