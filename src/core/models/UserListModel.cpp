#include "models/UserListModel.h"

#include "soundcloud/ApiJson.h"

#include <QLocale>

namespace waveshelf {

UserListModel::UserListModel(ApiClient &api, LibraryCache *cache, QObject *parent)
    : ItemListModel<SoundCloudUser>(api, cache, parent, &ApiJson::parseUserPage, &UserPage::users)
{
}

int UserListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SoundCloudUser &user = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return user.username;
        case TracksColumn:
            return QLocale().toString(user.trackCount);
        case FollowersColumn:
            return QLocale().toString(user.followersCount);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == NameColumn && !user.fullName.isEmpty())
            return user.city.isEmpty() ? user.fullName : tr("%1, %2").arg(user.fullName, user.city);
        return {};
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case UrnRole:
        return user.urn;
    case PlayableRole:
        return true;
    case ArtworkUrlRole:
        return user.avatarUrl;
    case PermalinkRole:
        return user.permalinkUrl;
    case ArtistUrnRole:
        return user.urn;
    case FilterTextRole:
        return QString(user.username + QLatin1Char('\n') + user.fullName + QLatin1Char('\n') + user.city)
            .toCaseFolded();
    case SortRole:
        switch (column) {
        case TracksColumn:
            return user.trackCount;
        case FollowersColumn:
            return user.followersCount;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QStringList UserListModel::columnTitles() const
{
    return {tr("Name"), tr("Tracks"), tr("Followers")};
}

QStringList UserListModel::columnSamples() const
{
    const QLocale locale;
    return {QString(), locale.toString(99'999), locale.toString(99'999'999)};
}

}  // namespace waveshelf
