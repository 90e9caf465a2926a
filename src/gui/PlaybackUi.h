#pragma once

#include "PlayerState.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QToolBar;
class QNetworkAccessManager;

namespace waveshelf {

class ArtworkLoader;
class Database;
class LibraryPage;
class PlayerBar;
class QueueView;
class UserContext;
class UserPlayback;
class Vault;
struct Track;

// The player in the main window: the player bar along the window's bottom edge,
// below the pages and the docks (only while a user is logged in), the queue in a dock (View > Show Queue), the
// Playback menu (Play/Pause: Space, Previous: Ctrl+Left, Next: Ctrl+Right) and the
// library page's playback requests. Owns the logged-in user's UserPlayback: made
// at login (the media player with it, never at start-up), restored paused where
// the user left it; logging out stops and saves it and removes everything shown.
//
// Space toggles playback everywhere in the window but in text fields (they take
// it themselves); a focused button or check box is pressed with Enter instead.
class PlaybackUi final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaybackUi)

public:
    // Adds the Playback and View menus to `window`'s menu bar, and the queue dock.
    explicit PlaybackUi(QMainWindow &window);
    ~PlaybackUi() override;

    // All must outlive the user's playback (until logOut()).
    void logIn(QNetworkAccessManager &network, Database &db, UserContext &user, std::shared_ptr<const Vault> vault);
    void logOut();
    // The next logOut keeps the queue in memory for the same user's next logIn
    // (a password change: the state is sealed again with the new vault).
    void keepForSameUser();
    void attach(LibraryPage &page) const;

    [[nodiscard]] UserPlayback *playback() const { return m_playback.get(); }
    [[nodiscard]] PlayerBar *playerBar() const;
    [[nodiscard]] QueueView *queueView() const;
    [[nodiscard]] QDockWidget *queueDock() const { return m_dock; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startMpris();
    void playFrom(const QList<Track> &tracks, int index);
    void playNext(const Track &track);
    void playShuffled(const QList<Track> &tracks);
    void addToQueue(const QList<Track> &tracks);
    void updateActions();
    // The playing track's link at the moment playing now, to the clipboard (SoundCloud's "#t=1:23").
    void copyLinkAtTime();

    static constexpr int kStatusMs = 5'000;

    QMainWindow &m_window;
    QDockWidget *m_dock;
    QToolBar *m_barArea;       // holds the player bar at the window's bottom edge
    QList<QAction *> m_menus;  // Playback and View
    QAction *m_playPause;
    QAction *m_previous;
    QAction *m_next;
    QAction *m_stop;
    QAction *m_copyLinkAtTime;
    std::unique_ptr<UserPlayback> m_playback;
    std::unique_ptr<ArtworkLoader> m_artwork;
    QPointer<PlayerBar> m_bar;
    QPointer<QAction> m_barAction;  // the bar's place in m_barArea
    QPointer<QueueView> m_queueView;
    qint64 m_userId = -1;
    bool m_keepForSameUser = false;
    qint64 m_keptUserId = -1;
    std::optional<PlayerState> m_kept;
};

}  // namespace waveshelf
