#pragma once

// A track table of any size for widget tests: each row answers TrackListModel's
// roles with artwork on the sandbox (/images/artworks-<id>-large.png), so a view
// can be scrolled over 10,000 rows without loading them page by page.

#include <QAbstractTableModel>
#include <QUrl>

namespace waveshelf::test {

class TrackRows final : public QAbstractTableModel {
    Q_OBJECT

public:
    struct Row {
        QString title;
        QString access = QStringLiteral("playable");
        int artworkId = 0;  // 0: no artwork
        bool liked = false;
    };

    TrackRows(const QUrl &imageBase, QList<Row> rows, QObject *parent = nullptr);
    // `count` rows, each with artwork of its own (ids 1…count).
    static QList<Row> numbered(int count);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // As TrackListModel's: rows may be dragged.
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled
                               : QAbstractTableModel::flags(index);
    }
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // The artwork URL SoundCloud gives ("-large") and the sized one a row uses.
    [[nodiscard]] QUrl largeArtwork(int artworkId) const;
    [[nodiscard]] static QString smallArtworkPath(int artworkId);
    [[nodiscard]] static QString urnOf(int row) { return QStringLiteral("soundcloud:tracks:%1").arg(row + 1000); }
    [[nodiscard]] static QString artistUrnOf(int row) { return QStringLiteral("soundcloud:users:%1").arg(row + 500); }
    [[nodiscard]] static QUrl permalinkOf(int row);

private:
    QUrl m_imageBase;
    QList<Row> m_rows;
};

}  // namespace waveshelf::test
