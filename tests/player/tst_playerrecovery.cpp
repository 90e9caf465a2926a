// PlayerController when streams fail (on FakeMediaBackend, against the sandbox's
// API): a CDN URL that expires mid-track (the media framework reports a segment's
// 403 after audio played) is resolved again and playback resumes where it was; a
// stream that fails before any audio is skipped with a message; a token refresh
// while resolving goes unnoticed.

#include "FakeMediaBackend.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "PlayerTestCase.h"
#include "StreamResolver.h"
#include "TestSuite.h"

#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using namespace waveshelf::sandbox;
using playertest::FakeMediaBackend;
using State = PlayerController::State;

namespace {

const QString kSegmentRefused = QStringLiteral("Could not read from resource: HTTP 403 Forbidden (seg7.ts)");

}  // namespace

class TestPlayerRecovery final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void expiredCdnUrlMidTrackResumesAtThePosition();
    void expiredCdnUrlFoundBySeekingResumesAtTheTarget();
    void recoveriesWithoutProgressEndInASkip();
    void playingOnBetweenFailuresKeepsRecovering();
    void streamFailingBeforeAudioIsSkipped();
    void tokenRefreshDuringResolutionPlays();
};

void TestPlayerRecovery::expiredCdnUrlMidTrackResumesAtThePosition()
{
    m_player->playFrom({track(510001), track(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(1'500));
    QSignalSpy positions(m_player, &PlayerController::positionChanged);
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    const qint64 before = m_player->position();
    const QUrl firstUrl = m_media->source();
    m_sandbox.expireCdnUrls();

    // The player fetches a later segment with the dead URL and is refused; it resolves again.
    m_media->fail(MediaBackend::Failure::Resource, kSegmentRefused);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(streamsPath(510001)), 2, 15'000);
    QTRY_COMPARE(m_media->opened().size(), 2);
    QVERIFY(m_media->source() != firstUrl);  // a fresh CDN URL
    QVERIFY(m_media->source().path().startsWith(QStringLiteral("/cdn/510001/")));
    const qint64 failedAt = m_player->position();
    QVERIFY(failedAt >= before);
    QVERIFY(waitUntilPlayingPast(failedAt + 500));
    QCOMPARE(m_media->position(), m_player->position());         // the new stream was sought there
    QCOMPARE(m_player->currentTrack()->urn, track(510001).urn);  // same track, not skipped
    // It never went back to the start: every position shown is at or after the failure's.
    for (const QList<QVariant> &signal : std::as_const(positions))
        QVERIFY2(signal.first().toLongLong() >= before - 1'000, qPrintable(signal.first().toString()));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_sandbox.cdnAuthorizationRefusals(), 0);
}

void TestPlayerRecovery::expiredCdnUrlFoundBySeekingResumesAtTheTarget()
{
    m_player->playFrom({track(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    m_sandbox.expireCdnUrls();
    m_player->seek(50'000);  // segments not fetched yet: refused
    m_media->fail(MediaBackend::Failure::Resource, kSegmentRefused);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(streamsPath(510002)), 2, 15'000);
    QVERIFY(waitUntilPlayingPast(50'300));
    QVERIFY(m_player->position() < 60'000);
    QCOMPARE(m_media->opened().size(), 2);
}

void TestPlayerRecovery::recoveriesWithoutProgressEndInASkip()
{
    // A URL that dies again as soon as it opens: resolved again at most kMaxRecoveries times.
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_player->playFrom({track(510001), track(510003)}, 0);
    QVERIFY(waitUntilPlayingPast(5'000));
    for (int recovery = 1; recovery <= PlayerController::kMaxRecoveries; ++recovery) {
        m_media->fail(MediaBackend::Failure::Network, kSegmentRefused);
        QTRY_COMPARE(m_media->opened().size(), 1 + recovery);
        QTRY_COMPARE(m_player->state(), State::Playing);
        QCOMPARE(m_player->currentTrack()->urn, track(510001).urn);
    }
    QCOMPARE(errors.count(), 0);
    m_media->fail(MediaBackend::Failure::Network, kSegmentRefused);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().value<Error>().message.contains(QStringLiteral("Skipped")));
    QCOMPARE(m_player->currentTrack()->urn, track(510003).urn);
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001)), 1 + PlayerController::kMaxRecoveries);
    QVERIFY(waitUntilPlayingPast(200));
}

void TestPlayerRecovery::playingOnBetweenFailuresKeepsRecovering()
{
    // Each failure after the track has played on for a while is a new one (a long track
    // outliving several CDN URLs): resolved again every time, never skipped. Positions
    // arrive in small steps as they do while audio plays (FakeMediaBackend::kStepMs).
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_player->playFrom({track(510001), track(510003)}, 0);
    QVERIFY(waitUntilPlayingPast(1'000));
    for (int failure = 1; failure <= PlayerController::kMaxRecoveries + 2; ++failure) {
        m_media->fail(MediaBackend::Failure::Network, kSegmentRefused);
        QTRY_COMPARE(m_media->opened().size(), 1 + failure);
        QVERIFY(waitUntilPlayingPast(m_player->position() + 5'000));
        QCOMPARE(m_player->currentTrack()->urn, track(510001).urn);
    }
    QCOMPARE(errors.count(), 0);
}

void TestPlayerRecovery::streamFailingBeforeAudioIsSkipped()
{
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_media->failSourcesContaining(
        QStringLiteral("/cdn/510001/"), MediaBackend::Failure::Resource,
        QStringLiteral("HTTP 403 Forbidden: http://127.0.0.1/cdn/510001/hls_aac_160/seg0.ts?Signature=secret"));
    m_player->playFrom({track(510001), track(510003)}, 0);
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() >= 1, 20'000);
    QVERIFY(errors.first().first().value<Error>().message.contains(QStringLiteral("Skipped")));
    QCOMPARE(errors.first().first().value<Error>().kind, ErrorKind::Unreachable);
    QVERIFY(!errors.first().first().value<Error>().detail.contains(QStringLiteral("secret")));  // not the signature
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
