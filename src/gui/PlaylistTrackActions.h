#pragma once

#include <QObject>
#include <QStringList>

class QAction;

namespace waveshelf {

class TrackFilterProxy;
class TrackListModel;
class TrackTableView;

// What an own playlist's track list offers beyond any list's: Remove from
// playlist (Delete), Move up (Alt+Up), Move down (Alt+Down) and dragging rows to
// another place. Each asks for the whole list as it would be (changeRequested:
// the list as shown and as intended, in the playlist's order); nothing changes
// here until the playlist is written and read again. Moving needs the list in
// its own order (not sorted, not filtered); any change needs it whole (every
// page loaded: loadToEnd is asked for).
class PlaylistTrackActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaylistTrackActions)

public:
    // All three must outlive this object (the pane owns them all).
    PlaylistTrackActions(TrackTableView &table, TrackListModel &tracks, TrackFilterProxy &proxy,
                         QObject *parent = nullptr);
    ~PlaylistTrackActions() override;

    // On for an own playlist, off for any other list (the actions hide, rows stay put).
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const { return m_enabled; }

    [[nodiscard]] QAction *removeAction() const { return m_remove; }
    [[nodiscard]] QAction *moveUpAction() const { return m_moveUp; }
    [[nodiscard]] QAction *moveDownAction() const { return m_moveDown; }

signals:
    void changeRequested(const QStringList &shown, const QStringList &intended);

private:
    void update();
    [[nodiscard]] bool inOwnOrder() const;
    [[nodiscard]] QStringList urns() const;
    // The selected rows as rows of the model (the table's rows go through the proxy).
    [[nodiscard]] QList<int> selectedSourceRows() const;
    void removeSelected();
    void moveSelected(int by);
    void move(const QList<int> &rows, int target);

    TrackTableView &m_table;
    TrackListModel &m_tracks;
    TrackFilterProxy &m_proxy;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
    bool m_enabled = false;
};

}  // namespace waveshelf
