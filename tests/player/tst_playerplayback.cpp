// PlayerController on FakeMediaBackend against the sandbox's API: play, pause, seek
// and next on AAC HLS; one resolution per play; the preview plays and says so and
// the queue moves on after it; blocked and missing tracks. (That the sandbox's HLS
// really plays through GStreamer: tst_playertrackchanges.)

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

class TestPlayerPlayback final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void playsPausesAndSeeks();
    void nextPlaysTheFollowingTrack();
    void previewPlaysSaysSoAndMovesOn();
    void blockedTrackDoesNotPlayAndSaysWhy();
    void blockedTrackInTheQueueIsSkipped();
    void missingStreamIsSkippedWithAMessage();
    void volumeAndMute();
};

void TestPlayerPlayback::playsPausesAndSeeks()
{
    QSignalSpy states(m_player, &PlayerController::stateChanged);
    QSignalSpy current(m_player, &PlayerController::currentTrackChanged);
    m_player->playFrom({track(510001), track(510002)}, 0);
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().first().value<Track>().urn, track(510001).urn);
    QCOMPARE(states.first().first().value<State>(), State::Loading);
    QVERIFY(waitUntilPlayingPast(500));
    QCOMPARE(m_queue->currentIndex(), 0);

    m_player->pause();
    QTRY_COMPARE(m_player->state(), State::Paused);
    const qint64 pausedAt = m_player->position();
    m_player->togglePlayPause();
    QTRY_COMPARE(m_player->state(), State::Playing);
    QVERIFY(waitUntilPlayingPast(pausedAt + 300));

    m_player->seek(40'000);
    QVERIFY(waitUntilPlayingPast(40'300));
    m_player->seek(2'000);
    QTRY_VERIFY(m_player->position() < 10'000 && m_player->state() == State::Playing);
    QVERIFY(waitUntilPlayingPast(2'300));

    // One resolution for the whole play: pausing and seeking asked nothing more.
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001)), 1);
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001) + QStringLiteral("/hls_aac_160")), 1);
    QCOMPARE(m_media->opened().size(), 1);
    // What the media framework was given: the CDN's playlist URL, never the token.
    const QUrl source = m_media->source();
    QVERIFY2(source.path().startsWith(QStringLiteral("/cdn/510001/hls_aac_160/")), qPrintable(source.toString()));
    QVERIFY(!source.toString().contains(QStringLiteral("OAuth")));
    QVERIFY(source.userInfo().isEmpty());
    QCOMPARE(m_player->duration(), FakeMediaBackend::kDefaultDurationMs);  // the stream's own length
}

void TestPlayerPlayback::nextPlaysTheFollowingTrack()
{
    m_player->playFrom({track(510001), track(510002), track(510003)}, 1);
    QVERIFY(waitUntilPlayingPast(200));
    QCOMPARE(m_player->currentTrack()->urn, track(510002).urn);
    m_player->next();
    QCOMPARE(m_player->currentTrack()->urn, track(510003).urn);
    QCOMPARE(m_queue->currentIndex(), 2);
    QVERIFY(waitUntilPlayingPast(200));
    QCOMPARE(m_sandbox.requestCount(streamsPath(510003)), 1);

    m_player->previous();  // early in the track: the one before
    QCOMPARE(m_player->currentTrack()->urn, track(510002).urn);
    QVERIFY(waitUntilPlayingPast(200));

    m_queue->setCurrentIndex(2);
    m_player->playRow(2);
    QVERIFY(waitUntilPlayingPast(200));
    m_player->next();  // the end of the queue, repeat off: stops
    QTRY_COMPARE(m_player->state(), State::Stopped);
}

void TestPlayerPlayback::previewPlaysSaysSoAndMovesOn()
{
    QSignalSpy notices(m_player, &PlayerController::notice);
    QSignalSpy preview(m_player, &PlayerController::previewChanged);
    m_player->playFrom({track(520005, QStringLiteral("preview")), track(510001)}, 0);
    QVERIFY(waitUntilPlayingPast(200));
    QVERIFY(m_player->isPreview());
    QCOMPARE(preview.count(), 1);
    QCOMPARE(notices.count(), 1);
    QVERIFY(notices.first().first().toString().contains(QStringLiteral("preview")));
    QCOMPARE(m_sandbox.requestCount(streamsPath(520005) + QStringLiteral("/preview_mp3_128")), 1);
    QCOMPARE(m_media->opened().size(), 1);
    QCOMPARE(m_media->source().path(), QStringLiteral("/cdn/520005/preview_mp3_128/preview.mp3"));

    // The preview (a few seconds) ends and the queue moves on by itself.
    m_media->finish();
    QCOMPARE(m_player->currentTrack()->urn, track(510001).urn);
    QVERIFY(waitUntilPlayingPast(200));
    QVERIFY(!m_player->isPreview());
}

void TestPlayerPlayback::blockedTrackDoesNotPlayAndSaysWhy()
{
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_player->playFrom({track(520004, QStringLiteral("blocked")), track(510001)}, 0);
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().value<Error>().message.contains(QStringLiteral("blocked")));
    QCOMPARE(m_player->state(), State::Stopped);
    QCOMPARE(m_player->currentTrack()->urn, track(520004).urn);  // the user chose it: it stays
    QCOMPARE(m_sandbox.requestCount(streamsPath(520004)), 0);
}

void TestPlayerPlayback::blockedTrackInTheQueueIsSkipped()
{
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_player->playFrom({track(510001), track(520004, QStringLiteral("blocked")), track(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(100));
    m_player->next();
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().value<Error>().message.contains(QStringLiteral("Skipped")));
    QCOMPARE(m_player->currentTrack()->urn, track(510002).urn);
    QVERIFY(waitUntilPlayingPast(100));
}

void TestPlayerPlayback::missingStreamIsSkippedWithAMessage()
{
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_player->playFrom({track(999), track(510003)}, 0);
    QTRY_COMPARE(errors.count(), 1);
    const Error error = errors.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::NotFound);
    QVERIFY(error.message.contains(QStringLiteral("Skipped to the next track")));
    QCOMPARE(m_player->currentTrack()->urn, track(510003).urn);
    QVERIFY(waitUntilPlayingPast(100));

    // A stream that SoundCloud refuses (403) at the end of the queue: said, then stopped.
    errors.clear();
    m_sandbox.injectFault(Fault::withStatus(streamsPath(510002), 403));
    m_player->playTrack(track(510002));
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<Error>().kind, ErrorKind::AccessDenied);
    QTRY_COMPARE(m_player->state(), State::Stopped);
}

void TestPlayerPlayback::volumeAndMute()
{
    QSignalSpy volume(m_player, &PlayerController::volumeChanged);
    QSignalSpy muted(m_player, &PlayerController::mutedChanged);
    m_player->setVolume(0.25F);
    QCOMPARE(volume.count(), 1);
    QCOMPARE(m_player->volume(), 0.25F);
    m_player->setVolume(3.0F);
    QCOMPARE(m_player->volume(), 1.0F);
    m_player->setMuted(true);
    QVERIFY(m_player->isMuted());
    QCOMPARE(muted.count(), 1);
}

WAVESHELF_TEST_GUILESS_MAIN(TestPlayerPlayback)
#include "tst_playerplayback.moc"
