#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace waveshelf {

class TrackListModel;
struct SoundCloudAccount;

// The connected account and its tracks, loaded page by page as the table scrolls.
class TrackLibraryView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackLibraryView)

public:
    explicit TrackLibraryView(TrackListModel *tracks, QWidget *parent = nullptr);

    void showAccount(const SoundCloudAccount &account);

signals:
    void disconnectRequested();

private:
    void updateTrackCount();

    TrackListModel *m_tracks;
    QLabel *m_accountLabel;
    QLabel *m_countLabel;
    QPushButton *m_disconnectPushButton;
    QTableView *m_tracksTableView;
};

}  // namespace waveshelf
