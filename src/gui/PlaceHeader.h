#pragma once

#include "soundcloud/LibraryList.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace waveshelf {

class ArtworkLoader;
class ElidedLabel;

// The top of a library view, as music apps have it: the place's picture (a
// person's avatar or a playlist's cover when known, else the view's icon), its
// title, Play all / Shuffle for what the view lists (enabled while it lists
// tracks to play), and on a person's page Follow / Following.
class PlaceHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceHeader)

public:
    // `artwork` may be null (icons only); it must outlive the header.
    explicit PlaceHeader(ArtworkLoader *artwork, QWidget *parent = nullptr);
    ~PlaceHeader() override;

    // `picture`: SoundCloud's "-large" artwork or avatar URL, or empty for the
    // icon of the view `kind`.
    void showPlace(const QString &title, LibraryList::Kind kind, const QUrl &picture);
    void setPlayable(bool playable);
    // A person's page: Follow (or Following, checked); nullopt hides the button.
    void setFollowing(std::optional<bool> following);
    [[nodiscard]] QString title() const;

signals:
    void playAllRequested();
    void shuffleRequested();
    // The Follow button was clicked: follow (true) or unfollow.
    void followToggled(bool follow);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showPicture();
    void updateIcons();
    // Narrow, Play all and Shuffle show their icons only (named still, and in tooltips).
    void fitButtons();

    QPointer<ArtworkLoader> m_artwork;
    QLabel *m_picture;
    ElidedLabel *m_title;
    QPushButton *m_playAll;
    QPushButton *m_shuffle;
    QPushButton *m_follow;
    QUrl m_pictureUrl;
    LibraryList::Kind m_kind = LibraryList::Kind::Likes;
};

}  // namespace waveshelf
