#pragma once

#include "network/FollowClient.h"
#include "soundcloud/Track.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QMenu;

namespace waveshelf {

class ApiClient;
class PlaceHeader;
struct Error;

// Follow and unfollow, from a person's page (the header's Follow button) and
// from a track's context menu (its artist). Knows whom the connected account
// follows (/me/followings, read once connected and kept as the user changes
// it): shown at once, sent, and put back with a message if SoundCloud refuses.
class FollowController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowController)

public:
    // `api` must outlive the controller; `header`: the browser's, whose Follow
    // button this controller drives.
    FollowController(ApiClient &api, PlaceHeader &header, QObject *parent = nullptr);
    ~FollowController() override;

    // The account is connected: whom it follows is read now.
    void setAccount();
    // The place shown is this person's page (empty urn: no person).
    void showPerson(const QString &userUrn, const QString &name);
    // Adds "Follow NAME" / "Unfollow NAME" to a track's context menu (one artist).
    void fillMenu(QMenu *menu, const QList<Track> &tracks);
    void setFollowing(const QString &userUrn, const QString &name, bool follow);

    // Known once read; then whether the account follows `userUrn`.
    [[nodiscard]] bool isKnown() const { return m_known; }
    [[nodiscard]] bool isFollowing(const QString &userUrn) const { return m_following.contains(userUrn); }

signals:
    void statusMessage(const QString &text);
    void failed(const waveshelf::Error &error);
    // Someone was followed or unfollowed: the Following view reloads.
    void followingsChanged();

private:
    void load();
    void showState();
    void remember(const QString &userUrn, bool follow);

    ApiClient &m_api;
    FollowClient m_client;
    PlaceHeader &m_header;
    QSet<QString> m_following;
    bool m_known = false;
    QString m_personUrn;
    QString m_personName;
    std::unique_ptr<QObject> m_loadContext;  // dropped with the read when the account changes
};

}  // namespace waveshelf
