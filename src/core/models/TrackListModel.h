#pragma once

#include "common/Error.h"
#include "network/PageCursor.h"
#include "soundcloud/Track.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUrl>

namespace waveshelf {

class ApiClient;

// A SoundCloud track list (e.g. /me/tracks) as a table. Loads the first page
// on load(), and each further page when a view scrolls near the end
// (canFetchMore/fetchMore), through a PageCursor: next_href exactly as
// SoundCloud gives it, until it is absent or points back to a page already
// loaded (a cycle).
class TrackListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackListModel)

public:
    enum Column {
        TitleColumn,
        ArtistColumn,
        DurationColumn,
        GenreColumn,
        ColumnCount
    };
    // Roles every track list answers (views, delegates and the filter proxy use these).
    enum Role {
        UrnRole = Qt::UserRole + 1,
        PlayableRole,    // bool: plays in full
        DurationMsRole,  // qint64
        AccessRole,      // QString: "playable", "preview", "blocked"
        ArtworkUrlRole,  // QUrl: SoundCloud's "-large" artwork URL (see ArtworkUrl), or empty
        PermalinkRole,   // QUrl: the track on soundcloud.com
        ArtistUrnRole,   // QString: the uploader's urn (go to artist)
        LikedRole,       // bool: the connected account likes it
        SortRole,        // the column's value to sort by (numbers as numbers, dates as dates)
    };

    // Empty pages are followed without scrolling, but only this many in a row:
    // after that the next page waits for the view to ask (fetchMore).
    static constexpr int kMaxEmptyPagesInRow = PageCursorBase::kMaxEmptyPagesInRow;

    explicit TrackListModel(ApiClient &api, QObject *parent = nullptr);

    // Forgets what was loaded and starts again at firstPage.
    void load(const QUrl &firstPage);
    // After an error: tries the page that failed again.
    void retry();
    void clear();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool isComplete() const { return m_started && !m_loading && m_cursor.atEnd() && !m_failed; }
    [[nodiscard]] const Track &trackAt(int row) const { return m_tracks.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] static QString formatDuration(qint64 milliseconds);

signals:
    void loadingChanged(bool loading);
    void pageLoaded(int totalRows, bool complete);
    void loadFailed(const waveshelf::Error &error);

private:
    void requestPage();
    void setLoading(bool loading);

    PageCursor<Track> m_cursor;  // where the next page is; its page in flight
    QList<Track> m_tracks;
    bool m_loading = false;
    bool m_failed = false;
    bool m_started = false;
};

}  // namespace waveshelf
