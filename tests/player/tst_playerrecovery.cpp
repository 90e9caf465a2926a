// PlayerController when streams fail: a CDN URL that expires mid-track is resolved
// again and playback resumes where it was; a stream that fails before any audio is
// skipped with a message; a token refresh while resolving goes unnoticed.

#include "PlayQueue.h"
#include "PlayerController.h"
#include "PlayerTestCase.h"
#include "StreamResolver.h"
#include "TestSuite.h"

#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using namespace waveshelf::sandbox;
using State = PlayerController::State;

class TestPlayerRecovery final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void expiredCdnUrlMidTrackResumesAtThePosition();
    void expiredCdnUrlFoundBySeekingResumesAtTheTarget();
    void streamFailingBeforeAudioIsSkipped();
    void tokenRefreshDuringResolutionPlays();
};

void TestPlayerRecovery::expiredCdnUrlMidTrackResumesAtThePosition()
{
    m_player->playFrom({track(510001), track(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(1'500));
    QSignalSpy positions(m_player, &PlayerController::positionChanged);
    const qint64 before = m_player->position();
    m_sandbox.expireCdnUrls();

    // The player fetches a later segment with the dead URL, is refused, and resolves again.
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.cdnExpiredRefusals() >= 1, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(streamsPath(510001)), 2, 15'000);
    const qint64 failedAt = m_player->position();
    QVERIFY(failedAt >= before);
    QVERIFY(waitUntilPlayingPast(failedAt + 500));
    QCOMPARE(m_player->currentTrack()->urn, track(510001).urn);  // same track, not skipped
    // It never went back to the start: every position shown is at or after the failure's.
    for (const QList<QVariant> &signal : std::as_const(positions))
        QVERIFY2(signal.first().toLongLong() >= before - 1'000, qPrintable(signal.first().toString()));
    QCOMPARE(m_sandbox.cdnAuthorizationRefusals(), 0);
}

void TestPlayerRecovery::expiredCdnUrlFoundBySeekingResumesAtTheTarget()
{
    m_player->playFrom({track(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    m_sandbox.expireCdnUrls();
    m_player->seek(50'000);  // segments not fetched yet: refused
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.cdnExpiredRefusals() >= 1, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(streamsPath(510002)), 2, 15'000);
    QVERIFY(waitUntilPlayingPast(50'300));
    QVERIFY(m_player->position() < 60'000);
}

void TestPlayerRecovery::streamFailingBeforeAudioIsSkipped()
{
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/cdn/510001/"), 403, 50));
    m_player->playFrom({track(510001), track(510003)}, 0);
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, 20'000);
    QVERIFY(errors.first().first().value<Error>().message.contains(QStringLiteral("Skipped")));
    QTRY_COMPARE(m_player->currentTrack()->urn, track(510003).urn);
    QVERIFY(waitUntilPlayingPast(200));
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001)), 1);  // no retry loop on a dead stream
}

void TestPlayerRecovery::tokenRefreshDuringResolutionPlays()
{
    const int refreshesBefore = m_sandbox.tokenRequestCount(QStringLiteral("refresh_token"));
    m_sandbox.expireAllAccessTokens();
    m_player->playFrom({track(510003)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), refreshesBefore + 1);
    QCOMPARE(m_sandbox.requestCount(streamsPath(510003) + QStringLiteral("/hls_aac_160")), 1);
}

WAVESHELF_TEST_GUILESS_MAIN(TestPlayerRecovery)
#include "tst_playerrecovery.moc"
