#pragma once

#include "models/TrackListModel.h"  // complete for the signals' pointers (moc)
#include "soundcloud/LibraryList.h"
#include "soundcloud/Playlist.h"
#include "soundcloud/Track.h"

#include <QList>
#include <QWidget>

class QAbstractItemView;
class QMenu;

namespace waveshelf {

class TrackFilterProxy;
class ViewStateRepository;
struct Error;

// One section of the library browser: a list model (tracks, playlists or
// people) shown through a TrackFilterProxy (the filter box, sorting by
// column). Loaded on first show (start()); deleting the pane deletes its
// models, which drops their requests. TrackListPane and CollectionPane say
// what the rows are and what activating one does; both announce what the
// browser acts on through these signals.
class ListPane : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPane)

public:
    [[nodiscard]] const LibraryList &list() const { return m_list; }
    [[nodiscard]] LibraryListModel *model() const { return m_model; }
    [[nodiscard]] TrackFilterProxy *proxy() const { return m_proxy; }
    // The table the keyboard goes to.
    [[nodiscard]] virtual QAbstractItemView *view() const = 0;
    // The track list this pane shows (its own, or the chosen playlist's or person's), if any.
    [[nodiscard]] virtual TrackListModel *trackModel() const = 0;
    // Its tracks as shown (filtered and sorted): what Play all plays.
    [[nodiscard]] virtual QList<Track> tracksShown() const = 0;

    // Keeps the user's column widths, order and sort of this pane's tables in
    // `store` (per view: the list's kind), restoring them now. May be null.
    virtual void keepColumnsIn(ViewStateRepository *store) = 0;
    // Marks the track playing now in this pane's track lists (empty: none).
    virtual void setNowPlaying(const QString &urn) = 0;
    // The name a view's columns are kept under: the list's kind ("likes", "user-tracks").
    [[nodiscard]] static QString viewKey(const LibraryList &list);

    // Loads the list the first time the pane is shown.
    void start();
    [[nodiscard]] bool isStarted() const { return m_started; }
    // Shows `list` instead (loading it).
    void showList(const LibraryList &list);
    // Asks for the list again (F5), back on the current row once it is loaded.
    virtual void reload();
    // Drops the rows and every request in flight (the pane is left).
    virtual void stop();
    void setFilterText(const QString &text);
    // The urn of the view's current row, or empty.
    [[nodiscard]] QString currentUrn() const;
    // Makes the row of `urn` current (and shows it) as soon as it is loaded: Back
    // returns to the row the user left. Given up when the list ends without it.
    void restoreCurrent(const QString &urn);

signals:
    void playRequested(const QList<waveshelf::Track> &tracks, int index);
    void playNextRequested(const waveshelf::Track &track);
    void addToQueueRequested(const QList<waveshelf::Track> &tracks);
    // The user liked (or unliked) `urn` in `model`'s rows.
    void likeRequested(waveshelf::TrackListModel *model, const QString &urn, bool like);
    // "Add to playlist" for these tracks: fill `menu` (empty) with the choices, at once.
    void playlistMenuRequested(QMenu *menu, const QList<waveshelf::Track> &tracks);
    // A track context menu for these tracks, built: more actions may go at its end, at once.
    void trackMenuBuilt(QMenu *menu, const QList<waveshelf::Track> &tracks);
    // "Related tracks" for this one.
    void relatedRequested(const waveshelf::Track &track);
    // In an own playlist: write `intended` (its tracks after a removal or a move)
    // where SoundCloud still has `shown`.
    void playlistTracksChangeRequested(const QString &playlistUrn, const QStringList &shown,
                                       const QStringList &intended);
    // In the account's playlists: rename or delete this one.
    void renamePlaylistRequested(const waveshelf::Playlist &playlist);
    void deletePlaylistRequested(const waveshelf::Playlist &playlist);
    // Go to artist, or a person opened from a list.
    // `picture`: their avatar ("-large"), or empty when not known here.
    void personRequested(const QString &userUrn, const QString &name, const QUrl &picture);
    void loadFailed(waveshelf::LibraryListModel *model, const waveshelf::Error &error);

protected:
    // Takes `model` (reparented to the pane).
    ListPane(const LibraryList &list, LibraryListModel *model, QWidget *parent);
    // Passes an inner pane's signals on as this pane's.
    void forward(ListPane *inner) const;

private:
    LibraryList m_list;
    LibraryListModel *m_model;
    TrackFilterProxy *m_proxy;
    bool m_started = false;
    QString m_restoreUrn;
    QMetaObject::Connection m_restoreConnection;
    [[nodiscard]] bool tryRestore();
};

}  // namespace waveshelf
