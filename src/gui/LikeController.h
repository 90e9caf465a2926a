#pragma once

#include "network/LikeClient.h"
#include "soundcloud/Track.h"

#include <QObject>

namespace waveshelf {

class ApiClient;
class TrackListModel;
class UndoBar;
struct Error;

// Likes and unlikes from any track list: shown at once (the heart, the count),
// then sent, and put back as it was if SoundCloud refuses. Unliking in Likes
// takes the row out of the list, and the undo bar offers it back (liking it again).
class LikeController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LikeController)

public:
    // `api` and `undoBar` must outlive the controller.
    LikeController(ApiClient &api, UndoBar &undoBar, QObject *parent = nullptr);
    ~LikeController() override;

    // `removeWhenUnliked`: the list is the user's Likes.
    void setLiked(TrackListModel *model, const QString &urn, bool like, bool removeWhenUnliked);

signals:
    void statusMessage(const QString &text);
    // SoundCloud refused; what was shown is undone.
    void failed(const waveshelf::Error &error);

private:
    void likeAgain(TrackListModel *model, int row, const Track &track);

    LikeClient m_likes;
    UndoBar &m_undoBar;
};

}  // namespace waveshelf
