#include "FollowController.h"

#include "PlaceHeader.h"
#include "common/LogCategories.h"
#include "network/ApiClient.h"
#include "network/PageCursor.h"
#include "soundcloud/ApiJson.h"
#include "soundcloud/LibraryList.h"
#include "soundcloud/SoundCloudUser.h"

#include <QAction>
#include <QMenu>

namespace waveshelf {

FollowController::FollowController(ApiClient &api, PlaceHeader &header, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_client(api)
    , m_header(header)
{
    connect(&header, &PlaceHeader::followToggled, this, [this](bool follow) {
        if (!m_personUrn.isEmpty())
            setFollowing(m_personUrn, m_personName, follow);
    });
}

FollowController::~FollowController() = default;

void FollowController::setAccount()
{
    m_following.clear();
    m_known = false;
    load();
    showState();
}

void FollowController::load()
{
    m_loadContext = std::make_unique<QObject>();
    auto cursor = std::make_shared<PageCursor<SoundCloudUser>>(m_api, &ApiJson::parseUserPage, &UserPage::users);
    cursor->restart(m_api.firstPage(LibraryList::of(LibraryList::Kind::Followings)));
    cursor->collect(0, m_loadContext.get(), [this, cursor](Result<QList<SoundCloudUser>> all) {
        if (!all.ok()) {
            qCInfo(lcGui) << "followings not read:" << all.error().detail;
            return;  // the button stays hidden; read again with the next account
        }
        m_following.clear();
        for (const SoundCloudUser &user : std::as_const(all.value()))
            m_following.insert(user.urn);
        m_known = true;
        showState();
    });
}

void FollowController::showPerson(const QString &userUrn, const QString &name)
{
    m_personUrn = userUrn;
    m_personName = name;
    showState();
}

void FollowController::showState()
{
    if (m_personUrn.isEmpty() || !m_known)
        m_header.setFollowing(std::nullopt);
    else
        m_header.setFollowing(isFollowing(m_personUrn));
}

void FollowController::fillMenu(QMenu *menu, const QList<Track> &tracks)
{
    QSet<QString> artists;
    for (const Track &track : tracks)
        artists.insert(track.artistUrn);
    if (!m_known || artists.size() != 1 || tracks.constFirst().artistUrn.isEmpty())
        return;
    const Track &track = tracks.constFirst();
    const bool following = isFollowing(track.artistUrn);
    menu->addSeparator();
    QAction *action = menu->addAction(following ? tr("Unfollow %1").arg(track.artist)
                                                : tr("Follow %1").arg(track.artist));
    action->setObjectName(QStringLiteral("followArtistAction"));
    connect(action, &QAction::triggered, this,
            [this, track, following] { setFollowing(track.artistUrn, track.artist, !following); });
}

void FollowController::remember(const QString &userUrn, bool follow)
{
    if (follow)
        m_following.insert(userUrn);
    else
        m_following.remove(userUrn);
    showState();
}

void FollowController::setFollowing(const QString &userUrn, const QString &name, bool follow)
{
    remember(userUrn, follow);  // shown at once
    m_client.setFollowing(userUrn, name, follow, this, [this, userUrn, name, follow](Result<void> done) {
        if (!done.ok()) {
            remember(userUrn, !follow);
            emit failed(done.error());
            return;
        }
        emit statusMessage(follow ? tr("You follow %1.").arg(name) : tr("You no longer follow %1.").arg(name));
        emit followingsChanged();
    });
}

}  // namespace waveshelf
