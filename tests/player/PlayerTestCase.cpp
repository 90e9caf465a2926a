#include "PlayerTestCase.h"

#include "PlayQueue.h"
#include "PlayerController.h"
#include "QtMediaBackend.h"
#include "StreamResolver.h"
#include "network/TokenSession.h"

#include <QTest>

using namespace waveshelf;

namespace playertest {

void PlayerTestCase::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_user = std::make_unique<test::ConnectedUserFixture>(m_sandbox);
    QVERIFY(m_user->connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
}

void PlayerTestCase::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    m_sandbox.setCdnUrlLifetime(600);
    m_resolver = new StreamResolver(m_user->network(), m_user->tokenSession(), m_user->config().apiUrl, this);
    m_queue = new PlayQueue(this);
    m_player = new PlayerController(*m_resolver, *m_queue, std::make_unique<QtMediaBackend>(), this);
}

void PlayerTestCase::cleanup()
{
    delete m_player;
    delete m_queue;
    delete m_resolver;
    m_player = nullptr;
    m_queue = nullptr;
    m_resolver = nullptr;
}

Track PlayerTestCase::track(qint64 id, const QString &access)
{
    Track track;
    track.urn = QStringLiteral("soundcloud:tracks:%1").arg(id);
    track.title = QStringLiteral("Track %1").arg(id);
    track.artist = QStringLiteral("Sandbox");
    track.durationMs = 154'000;
    track.access = access;
    return track;
}

QString PlayerTestCase::streamsPath(qint64 id)
{
    return QStringLiteral("/tracks/soundcloud:tracks:%1/streams").arg(id);
}

bool PlayerTestCase::waitUntilPlayingPast(qint64 ms, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] { return m_player->state() == PlayerController::State::Playing && m_player->position() > ms; }, timeoutMs);
}

}  // namespace playertest
