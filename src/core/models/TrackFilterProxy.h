#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace waveshelf {

// Filters the loaded rows of a list model as the user types and sorts them by
// LibraryListModel::SortRole. A row stays when every word of the filter text
// appears (case-insensitive) in its title, artist or genre (playlists: title
// and owner; people: names and city), i.e. in FilterTextRole. No request per
// keystroke: only what is loaded is filtered. The lower-cased texts are kept
// per source row and renewed when the source changes, so a keystroke on
// 10,000 rows costs a few substring searches per row.
class TrackFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackFilterProxy)

public:
    explicit TrackFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void forgetTexts() { m_texts.clear(); }
    void textsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    [[nodiscard]] const QString &textOf(int sourceRow) const;

    QString m_text;
    QStringList m_words;
    mutable QList<QString> m_texts;  // FilterTextRole per source row; empty: to be read
};

}  // namespace waveshelf
