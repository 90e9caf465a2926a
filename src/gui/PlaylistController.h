#pragma once

#include "library/PlaylistEditor.h"
#include "network/PlaylistClient.h"
#include "soundcloud/Playlist.h"
#include "soundcloud/Track.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QMenu;
class QWidget;

namespace waveshelf {

class ApiClient;
class UndoBar;
struct Error;

// "Add to playlist" for any track list: knows the connected account's own
// playlists (read once connected, again after each change), fills the context
// menu's submenu with them and "New playlist…", and makes the change through
// PlaylistEditor (read fresh, write whole), saying what it did with Undo.
class PlaylistController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaylistController)

public:
    // `api` and `undoBar` must outlive the controller; `dialogParent`: where
    // "New playlist…" asks for the title.
    PlaylistController(ApiClient &api, UndoBar &undoBar, QWidget *dialogParent, QObject *parent = nullptr);
    ~PlaylistController() override;

    // The connected account (its urn): its playlists are read now.
    void setAccount(const QString &accountUrn);
    // Fills an empty "Add to playlist" submenu for `tracks`.
    void fillMenu(QMenu *menu, const QList<Track> &tracks);
    // Adds `tracks` at the end of the playlist (those it holds already are left out).
    void addTo(const Playlist &playlist, const QList<Track> &tracks);
    // Asks for a title (window-modal, "newPlaylistDialog"), then makes a private playlist of `tracks`.
    void createWith(const QList<Track> &tracks);
    // Writes `intended` where SoundCloud still has `shown` (a removal or a move), with Undo.
    void replaceTracks(const QString &playlistUrn, const QStringList &shown, const QStringList &intended);
    // Asks for the new title ("renamePlaylistDialog"), then renames, with Undo.
    void rename(const Playlist &playlist);
    // Asks first ("deletePlaylistBox"), then deletes; Undo makes it again (a new link).
    void remove(const Playlist &playlist);

    // The account's own playlists, newest first, as last read (again after each change).
    [[nodiscard]] const QList<Playlist> &ownPlaylists() const { return m_own; }

signals:
    void statusMessage(const QString &text);
    void failed(const waveshelf::Error &error);
    // A playlist of the account's was made, changed or deleted: lists showing it reload.
    void playlistsChanged();

private:
    void loadOwn();
    void changed();
    void offerUndoOfAdd(const PlaylistChange &change);
    void create(const QString &title, const QList<Track> &tracks);
    void offerUndoOfReplace(const PlaylistChange &change);
    void renameTo(const Playlist &playlist, const QString &title, bool undoable);
    void deleteNow(const Playlist &playlist);

    ApiClient &m_api;
    PlaylistClient m_client;
    std::unique_ptr<PlaylistEditor> m_editor;
    UndoBar &m_undoBar;
    QPointer<QWidget> m_dialogParent;
    QString m_accountUrn;
    QList<Playlist> m_own;
    bool m_loaded = false;  // read once for this account
    bool m_loading = false;
    bool m_loadFailed = false;
    std::unique_ptr<QObject> m_loadContext;  // dropped with the load when the account changes
};

}  // namespace waveshelf
