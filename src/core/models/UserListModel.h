#pragma once

#include "models/ItemListModel.h"
#include "soundcloud/SoundCloudUser.h"

namespace waveshelf {

// A list of people (followings, search results) as a table; the avatar from
// ArtworkUrlRole on the Name column. Loading, cache and signals: see
// LibraryListModel.
class UserListModel final : public ItemListModel<SoundCloudUser> {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserListModel)

public:
    enum Column {
        NameColumn,
        TracksColumn,
        FollowersColumn,
        ColumnCount
    };

    UserListModel(ApiClient &api, LibraryCache *cache, QObject *parent = nullptr);

    [[nodiscard]] const SoundCloudUser &userAt(int row) const { return itemAt(row); }

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] QStringList columnTitles() const override;
    [[nodiscard]] QStringList columnSamples() const override;
};

}  // namespace waveshelf
