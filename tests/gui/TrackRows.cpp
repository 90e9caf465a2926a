#include "TrackRows.h"

#include "models/TrackListModel.h"

namespace waveshelf::test {

TrackRows::TrackRows(const QUrl &imageBase, QList<Row> rows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_imageBase(imageBase)
    , m_rows(std::move(rows))
{
}

QList<TrackRows::Row> TrackRows::numbered(int count)
{
    QList<Row> rows;
    rows.reserve(count);
    for (int i = 1; i <= count; ++i)
        rows.append(Row{QStringLiteral("Track %1").arg(i), QStringLiteral("playable"), i, false});
    return rows;
}

int TrackRows::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrackRows::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant TrackRows::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? row.title : QStringLiteral("Artist %1").arg(index.row());
    case TrackListModel::UrnRole:
        return urnOf(index.row());
    case TrackListModel::AccessRole:
        return row.access;
    case TrackListModel::PlayableRole:
        return row.access == QLatin1String("playable");
    case TrackListModel::ArtworkUrlRole:
        return row.artworkId > 0 ? largeArtwork(row.artworkId) : QUrl();
    case TrackListModel::PermalinkRole:
        return permalinkOf(index.row());
    case TrackListModel::ArtistUrnRole:
        return artistUrnOf(index.row());
    case TrackListModel::LikedRole:
        return row.liked;
    default:
        return {};
    }
}

QVariant TrackRows::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return QStringLiteral("Title");
    case 1:
        return QStringLiteral("Artist");
    default:
        return QStringLiteral("Genre");
    }
}

QUrl TrackRows::largeArtwork(int artworkId) const
{
    return m_imageBase.resolved(QUrl(QStringLiteral("/images/artworks-%1-large.png").arg(artworkId)));
}

QString TrackRows::smallArtworkPath(int artworkId)
{
    return QStringLiteral("/images/artworks-%1-t67x67.png").arg(artworkId);
}

QUrl TrackRows::permalinkOf(int row)
{
    return QUrl(QStringLiteral("https://soundcloud.com/artist-%1/track-%1").arg(row));
}

}  // namespace waveshelf::test
