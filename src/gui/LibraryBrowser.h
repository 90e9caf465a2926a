#pragma once

#include "LibraryPlace.h"
#include "soundcloud/Track.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;

namespace waveshelf {

class AccountButton;
class ApiClient;
class ArtworkLoader;
class FilterBox;
class FollowController;
class Library;
class LibraryListModel;
class LibrarySidebar;
class LikeController;
class ListPane;
class OfflineBanner;
class PlaceHeader;
class PlaylistController;
class SearchField;
class TrackListModel;
class UndoBar;
class ViewStateRepository;
struct Error;
struct SoundCloudAccount;

// The connected user's library: the sidebar's views (Stream, Likes,
// Playlists, Following, Your uploads, Recently played), SoundCloud search, a
// person's tracks and playlists (Go to artist, or opened from a list), with
// Back to where the user was. Each place shows one or more sections (tabs),
// each a ListPane loaded when first shown; leaving a place deletes its panes
// and so cancels their requests. The filter box filters the shown list, the
// count line says how many items are loaded and whether more are coming, and
// a banner says when the rows come from the offline cache.
class LibraryBrowser final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryBrowser)

public:
    // library, api, artwork and viewStates (both may be null: no pictures, no
    // columns kept) must outlive the browser.
    LibraryBrowser(Library &library, ApiClient &api, ArtworkLoader *artwork, ViewStateRepository *viewStates,
                   QWidget *parent = nullptr);
    ~LibraryBrowser() override;

    // Shows the account's name and the default view (Likes).
    void showAccount(const SoundCloudAccount &account);
    // SoundCloud refused the connection (a reconnect is needed) until the next showAccount.
    void setConnectionRefused(bool refused);
    // What the account button's menu offers (the window's connection and login actions).
    void setAccountActions(const QList<QAction *> &actions);
    // The account button's text: who is connected, and whether SoundCloud is out of
    // reach or refuses the connection.
    [[nodiscard]] QString accountText() const;
    // Leaves every view (their requests are dropped).
    void clear();

    void showPlace(const LibraryPlace &place);
    void showKind(LibraryList::Kind kind);
    void search(const QString &query);
    void openPerson(const QString &userUrn, const QString &name, const QUrl &picture = {});
    void goBack();
    // Marks the track playing now in every list shown (empty: none).
    void setNowPlaying(const QString &urn);
    // Loads the shown list again (F5, Ctrl+R).
    void refresh() const;

    [[nodiscard]] const LibraryPlace &place() const { return m_place; }
    [[nodiscard]] ListPane *currentPane() const;
    // The track list shown now (the view's, or the selected playlist's or person's), or nullptr.
    [[nodiscard]] TrackListModel *currentTrackModel() const;
    [[nodiscard]] QString countText() const;

signals:
    // A list failed to load (unless the offline banner says so), or a like was refused.
    void failed(const waveshelf::Error &error);
    void statusMessage(const QString &text);
    void playRequested(const QList<waveshelf::Track> &tracks, int index);
    // Shuffle in a view's header: these tracks in shuffled order.
    void shufflePlayRequested(const QList<waveshelf::Track> &tracks);
    void playNextRequested(const waveshelf::Track &track);
    void addToQueueRequested(const QList<waveshelf::Track> &tracks);

private:
    // `focusList`: the new place's list takes the keyboard focus.
    void enterPlace(const LibraryPlace &place, bool focusList = true);
    void showSection(int index);
    void wire(ListPane *pane);
    void updateCount();
    // Play all (or Shuffle) of the tracks the current view shows.
    void playShown(bool shuffled);
    void onLoadFailed(LibraryListModel *model, const Error &error);

    Library &m_library;
    ArtworkLoader *m_artwork;
    ViewStateRepository *m_viewStates;
    LibraryPlace m_place;
    QList<LibraryPlace> m_history;
    QList<QMetaObject::Connection> m_countConnections;

    QString m_nowPlaying;
    AccountButton *m_accountButton;
    SearchField *m_searchField;
    LibrarySidebar *m_sidebar;
    QPushButton *m_backPushButton;
    PlaceHeader *m_header;
    FilterBox *m_filterBox;
    QTabBar *m_sectionTabBar;
    OfflineBanner *m_offlineBanner;
    QStackedWidget *m_panes;
    UndoBar *m_undoBar;
    QLabel *m_countLabel;
    LikeController *m_likes;
    PlaylistController *m_playlists;
    FollowController *m_follows;
};

}  // namespace waveshelf
