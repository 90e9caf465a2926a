#pragma once

#include "RowTableView.h"
#include <QPointer>

#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QAction;
class QMenu;

namespace waveshelf {

class ArtworkLoader;
class TrackItemDelegate;

// A table of tracks (any model answering TrackListModel's roles, a sorting or
// filtering proxy included): the artwork thumbnail in the title column, loaded
// only for the rows on screen (plus a few) once scrolling settles; previews
// marked, blocked tracks greyed with the reason as tooltip; sortable columns;
// a context menu and shortcuts for the current row; rows as RowTableView has them,
// several selectable at once (Shift, Ctrl) for "Add to playlist". Rows in the
// signals are rows of the view's model.
class TrackTableView final : public RowTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackTableView)

public:
    // Rows beyond the visible ones whose artwork is loaded too, above and below.
    static constexpr int kPrefetchRows = 3;
    // How long scrolling must rest before artwork is downloaded.
    static constexpr int kSettleMs = 120;

    // artwork may be null (no thumbnails). titleColumn: where the thumbnail goes;
    // heartColumn: the hearts (a click likes or unlikes), -1 for none.
    explicit TrackTableView(ArtworkLoader *artwork, int titleColumn = 0, int heartColumn = -1,
                            QWidget *parent = nullptr);
    ~TrackTableView() override;

    void setModel(QAbstractItemModel *model) override;

    // How "Open on SoundCloud" opens a link (default: QDesktopServices::openUrl).
    void setUrlOpener(std::function<void(const QUrl &)> opener);
    // The context menu for `row` (what right-click shows), for its owner to exec().
    // A row outside the selection becomes the selection.
    [[nodiscard]] std::unique_ptr<QMenu> contextMenuFor(int row);

    // Marks the row of the track playing now (empty: none).
    void setNowPlaying(const QString &urn);
    // More actions for the rows (a playlist's Remove, Move up...): in the context
    // menu after the others, their shortcuts working while the view has the focus.
    void addRowActions(const QList<QAction *> &actions);

    [[nodiscard]] QAction *playAction() const { return m_playAction; }
    [[nodiscard]] QAction *playNextAction() const { return m_playNextAction; }
    [[nodiscard]] QAction *addToQueueAction() const { return m_addToQueueAction; }
    [[nodiscard]] QAction *openAction() const { return m_openAction; }
    [[nodiscard]] QAction *copyLinkAction() const { return m_copyLinkAction; }
    [[nodiscard]] QAction *likeAction() const { return m_likeAction; }
    [[nodiscard]] QAction *goToArtistAction() const { return m_goToArtistAction; }
    [[nodiscard]] QAction *relatedAction() const { return m_relatedAction; }
    // False while the view moves (artwork downloads wait until it rests).
    [[nodiscard]] bool isSettled() const { return !m_settle.isActive(); }
    // The rows whose artwork is wanted now: those on screen and kPrefetchRows around them.
    [[nodiscard]] QPair<int, int> artworkRows() const;

signals:
    // Enter, double-click or Play on a row.
    void trackActivated(int row);
    // "Play next" and "Add to queue" from the context menu.
    void playNextRequested(int row);
    void addToQueueRequested(int row);
    void openOnSoundCloudRequested(int row, const QUrl &permalink);
    void linkCopied(int row, const QUrl &permalink);
    // like: true to like, false to unlike (the row's LikedRole was the opposite).
    void likeRequested(int row, const QString &urn, bool like);
    void goToArtistRequested(int row, const QString &artistUrn);
    void relatedRequested(int row);
    // The context menu's "Add to playlist" submenu, empty, for `rows` (the
    // selection): whoever knows the user's playlists fills it, at once.
    void playlistMenuRequested(QMenu *menu, const QList<int> &rows);
    // The context menu for `rows`, built: whoever has more for them adds it at the end, at once.
    void menuBuilt(QMenu *menu, const QList<int> &rows);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QAction *addRowAction(const QString &objectName, const QKeySequence &shortcut, void (TrackTableView::*run)());
    void updateActions();
    void scrolled();
    void settle();
    [[nodiscard]] int currentRow() const;
    [[nodiscard]] QVariant currentData(int role) const;
    void playCurrent();
    void playCurrentNext();
    void queueCurrent();
    void openCurrent();
    void copyCurrentLink();
    void toggleLikeCurrent();
    void goToArtistOfCurrent();
    void showRelatedOfCurrent();

    QPointer<ArtworkLoader> m_artwork;  // may go before the view
    TrackItemDelegate *m_delegate;
    QTimer m_settle;
    std::function<void(const QUrl &)> m_opener;
    QList<QMetaObject::Connection> m_modelConnections;
    QAction *m_playAction = nullptr;
    QAction *m_playNextAction = nullptr;
    QAction *m_addToQueueAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_likeAction = nullptr;
    QAction *m_goToArtistAction = nullptr;
    QAction *m_relatedAction = nullptr;
    QList<QAction *> m_rowActions;
};

}  // namespace waveshelf
