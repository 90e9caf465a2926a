#pragma once

#include <QList>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <optional>

namespace waveshelf {

// Filters the loaded rows of a list model as the user types and sorts them by
// LibraryListModel::SortRole. A row stays when every word of the filter text
// appears (case-insensitive) in its title, artist or genre (playlists: title
// and owner; people: names and city), i.e. in FilterTextRole. No request per
// keystroke: only what is loaded is filtered. The lower-cased texts are kept
// per source row, read when first needed and kept in step with the source:
// inserted rows get empty slots (the rows after them shift), removed rows lose
// theirs, changed rows are read again; only a reset, a layout change or a move
// forgets them all. So a keystroke on 10,000 rows costs a few substring
// searches per row, and a page appended reads only its own rows. The texts
// still to be read are read when the event loop is idle, in slices of a few
// milliseconds, so that even the first keystroke after 10,000 rows arrive
// finds them read (a keystroke before that reads the rest itself).
class TrackFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackFilterProxy)

public:
    explicit TrackFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    // How many times a row's FilterTextRole was read so far (for tests and benches).
    [[nodiscard]] qint64 filterTextReads() const { return m_reads; }
    // Whether every source row's text is read (the idle reading is done).
    [[nodiscard]] bool allTextsRead() const;
    // The longest idle slice so far, in milliseconds (for benches).
    [[nodiscard]] double longestReadSliceMs() const { return m_longestSliceMs; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void forgetTexts();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void textsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    [[nodiscard]] const QString &textOf(int sourceRow) const;
    // Reads texts from m_readFrom on for a few milliseconds; again later while some are left.
    void readSomeTexts();
    void readFromRow(int row);

    QString m_text;
    QStringList m_words;
    // FilterTextRole per source row (as many as the source has); empty: to be read.
    mutable QList<std::optional<QString>> m_texts;
    mutable qint64 m_reads = 0;
    // Every row before this one has its text read.
    mutable int m_readFrom = 0;
    mutable QTimer m_idleRead;
    double m_longestSliceMs = 0;
};

}  // namespace waveshelf
