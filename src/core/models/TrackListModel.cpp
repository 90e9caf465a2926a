#include "models/TrackListModel.h"

#include "soundcloud/ApiJson.h"

#include <QLocale>

namespace waveshelf {

TrackListModel::TrackListModel(ApiClient &api, QObject *parent)
    : TrackListModel(api, nullptr, parent)
{
}

TrackListModel::TrackListModel(ApiClient &api, LibraryCache *cache, QObject *parent)
    : ItemListModel<Track>(api, cache, parent, &ApiJson::parseTrackPage, &TrackPage::tracks)
{
}

bool TrackListModel::setLiked(const QString &urn, bool liked)
{
    const int row = rowOf(urn);
    if (row < 0 || itemAt(row).liked == liked)
        return false;
    Track track = itemAt(row);
    track.liked = liked;
    track.likesCount = qMax<qint64>(0, track.likesCount + (liked ? 1 : -1));
    replaceRow(row, track);
    return true;
}

QDateTime TrackListModel::addedOrCreated(const Track &track)
{
    return track.addedAt.isValid() ? track.addedAt : track.createdAt;
}

QString TrackListModel::likedMark(bool liked)
{
    return liked ? QStringLiteral("\u2665") : QStringLiteral("\u2661");  // ♥ ♡
}

QVariant TrackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The heart's column is named in words where a glyph would not do.
    if (orientation == Qt::Horizontal && section == LikedColumn
        && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole))
        return tr("Liked");
    return LibraryListModel::headerData(section, orientation, role);
}

Qt::ItemFlags TrackListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = ItemListModel<Track>::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

int TrackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Track &track = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return track.title;
        case ArtistColumn:
            return track.artist;
        case LikedColumn:
            return likedMark(track.liked);
        case DurationColumn:
            return formatDuration(track.durationMs);
        case GenreColumn:
            return track.genre;
        case AddedColumn:
            return QLocale().toString(addedOrCreated(track).toLocalTime().date(), QLocale::ShortFormat);
        case PlaysColumn:
            return QLocale().toString(track.playbackCount);
        case LikesColumn:
            return QLocale().toString(track.likesCount);
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == LikedColumn)
            return track.liked ? tr("Liked: click to unlike") : tr("Not liked: click to like");
        if (role == Qt::AccessibleTextRole)
            return {};
        if (track.isBlocked())
            return tr("Blocked: SoundCloud does not play this track in your country or on your plan");
        if (track.isPreview())
            return tr("Preview: only a short part of this track plays on your plan");
        if (!track.isPlayable())
            return tr("Not playable in your country or on your plan (%1)").arg(track.access);
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == PlaysColumn || column == LikesColumn)
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
    case AccessLabelRole:
        return track.isBlocked() ? tr("blocked") : track.isPreview() ? tr("preview") : QString();
    case ArtworkUrlRole:
        return track.artworkUrl;
    case PermalinkRole:
        return track.permalinkUrl;
    case ArtistUrnRole:
        return track.artistUrn;
    case LikedRole:
        return track.liked;
    case FilterTextRole:
        return QString(track.title + QLatin1Char('\n') + track.artist + QLatin1Char('\n') + track.genre).toCaseFolded();
    case SortRole:
        switch (column) {
        case DurationColumn:
            return track.durationMs;
        case AddedColumn:
            return addedOrCreated(track);
        case PlaysColumn:
            return track.playbackCount;
        case LikesColumn:
            return track.likesCount;
        case LikedColumn:
            return track.liked;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QStringList TrackListModel::columnTitles() const
{
    return {tr("Title"), tr("Artist"), likedMark(true), tr("Duration"),
            tr("Genre"), tr("Added"),  tr("Plays"),     tr("Likes")};
}

QStringList TrackListModel::columnSamples() const
{
    const QLocale locale;
    // Title and Artist share what is left; the rest fit what they show.
    return {QString(),
            QString(),
            likedMark(true),
            formatDuration(qint64(3) * 3600 * 1000 - 1000),
            QStringLiteral("Hip-hop & Rap"),
            locale.toString(QDate(2026, 12, 28), QLocale::ShortFormat),
            locale.toString(99'999'999),
            locale.toString(999'999)};
}

}  // namespace waveshelf
