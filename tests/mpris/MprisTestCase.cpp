#include "MprisTestCase.h"

#include "MprisClient.h"
#include "MprisService.h"
#include "PlayerController.h"

#include <QTest>

using namespace waveshelf;

namespace mpristest {

bool MprisTestCase::startService()
{
    m_raised = 0;
    m_quitted = 0;
    Result<MprisService *> started = MprisService::start(
        *m_player, [this] { ++m_raised; }, [this] { ++m_quitted; }, m_player);
    if (!started.ok()) {
        qWarning() << "MPRIS did not start:" << started.error().detail;
        return false;
    }
    m_service = started.value();
    m_client = new MprisClient(m_service->serviceName(), m_player);
    return m_client->isConnected();
}

Track MprisTestCase::richTrack(qint64 id)
{
    Track track = PlayerTestCase::track(id);
    track.artworkUrl = QUrl(QStringLiteral("https://i1.sndcdn.com/artworks-%1-large.jpg").arg(id));
    track.permalinkUrl = QUrl(QStringLiteral("https://soundcloud.com/bob/track-%1").arg(id));
    return track;
}

}  // namespace mpristest
