#include "LikeController.h"

#include "UndoBar.h"
#include "models/TrackListModel.h"

#include <QPointer>

namespace waveshelf {

LikeController::LikeController(ApiClient &api, UndoBar &undoBar, QObject *parent)
    : QObject(parent)
    , m_likes(api)
    , m_undoBar(undoBar)
{
}

LikeController::~LikeController() = default;

void LikeController::setLiked(TrackListModel *model, const QString &urn, bool like, bool removeWhenUnliked)
{
    const int row = model->rowOf(urn);
    if (row < 0)
        return;
    const Track before = model->trackAt(row);
    if (!model->setLiked(urn, like))
        return;
    // Shown at once; undone if SoundCloud refuses.
    const bool removed = !like && removeWhenUnliked && model->removeItem(urn) >= 0;
    QPointer<TrackListModel> shown(model);
    m_likes.setTrackLiked(urn, like, this, [this, shown, urn, like, row, removed, before](Result<void> done) {
        if (!done.ok()) {
            if (shown) {
                if (removed)
                    shown->insertItem(row, before);
                else
                    shown->setLiked(urn, !like);
            }
            emit failed(done.error());
            return;
        }
        if (removed) {
            m_undoBar.offer(tr("Removed “%1” from your likes.").arg(before.title),
                            [this, shown, row, before] { likeAgain(shown, row, before); });
            return;
        }
        emit statusMessage(like ? tr("Added “%1” to your likes.").arg(before.title)
                                : tr("Removed “%1” from your likes.").arg(before.title));
    });
}

void LikeController::likeAgain(TrackListModel *model, int row, const Track &track)
{
    // Back where it was, liked again; out again if SoundCloud refuses.
    QPointer<TrackListModel> shown(model);
    if (shown && shown->rowOf(track.urn) < 0)
        shown->insertItem(row, track);
    m_likes.setTrackLiked(track.urn, true, this, [this, shown, track](Result<void> done) {
        if (done.ok()) {
            emit statusMessage(tr("Added “%1” to your likes.").arg(track.title));
            return;
        }
        if (shown)
            shown->removeItem(track.urn);
        emit failed(done.error());
    });
}

}  // namespace waveshelf
