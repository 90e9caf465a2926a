#include "PlayerTestCase.h"

#include "FakeMediaBackend.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "QtMediaBackend.h"
#include "StreamResolver.h"
#include "network/TokenSession.h"

#include <QTest>

using namespace waveshelf;

namespace playertest {

PlayerTestCase::PlayerTestCase(Media media)
    : m_mediaKind(media)
{
}

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
    m_player = new PlayerController(*m_resolver, *m_queue, makeMedia(&m_media), this);
}

void PlayerTestCase::cleanup()
{
    delete m_player;
    delete m_queue;
    delete m_resolver;
    m_player = nullptr;
    m_media = nullptr;
    m_queue = nullptr;
    m_resolver = nullptr;
}

std::unique_ptr<MediaBackend> PlayerTestCase::makeMedia(FakeMediaBackend **fake) const
{
    if (fake)
        *fake = nullptr;
    if (m_mediaKind == Media::Real)
        return std::make_unique<QtMediaBackend>();
    auto media = std::make_unique<FakeMediaBackend>();
    if (fake)
        *fake = media.get();
    return media;
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
    return waitUntilPlayingPast(*m_player, m_media, ms, timeoutMs);
}

bool PlayerTestCase::waitUntilPlayingPast(PlayerController &player, FakeMediaBackend *media, qint64 ms, int timeoutMs)
{
    const auto playingPast = [&] {
        return player.state() == PlayerController::State::Playing && player.position() > ms;
    };
    if (media) {
        // The stream resolves (the sandbox answers on the event loop) and the fake loads.
        if (!QTest::qWaitFor([&] { return player.state() == PlayerController::State::Playing; }, timeoutMs))
            return false;
        if (!playingPast())
            media->playTo(ms + FakeMediaBackend::kStepMs);
        return playingPast();
    }
    return QTest::qWaitFor(playingPast, timeoutMs);
}

}  // namespace playertest
