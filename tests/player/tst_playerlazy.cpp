// The media framework starts on the first play, not with the controller: a fresh
// controller and one showing a restored queue have not started their backend (no
// QMediaPlayer, no GStreamer at login), answer for an idle player, and the volume
// and mute set before the first play reach the output made then. On
// FakeMediaBackend; that QtMediaBackend makes its QMediaPlayer and loads GStreamer
// only then: tst_playertrackchanges::theMediaFrameworkLoadsOnTheFirstPlay.

#include "FakeMediaBackend.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "PlayerState.h"
#include "PlayerTestCase.h"
#include "TestSuite.h"
#include "UserPlayback.h"
#include "accounts/UserSession.h"
#include "app/AppCore.h"

#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using playertest::FakeMediaBackend;
using State = PlayerController::State;

class TestPlayerLazy final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void freshControllerMakesThePlayerOnFirstPlay();
    void restoredQueueMakesThePlayerOnPlay();
};

void TestPlayerLazy::freshControllerMakesThePlayerOnFirstPlay()
{
    PlayerController &player = *m_player;
    QVERIFY(!m_media->isStarted());
    QVERIFY(!player.hasMediaBackend());
    QCOMPARE(player.state(), State::Stopped);
    QCOMPARE(player.duration(), 0);
    QVERIFY(!player.isSeekable());
    QCOMPARE(player.position(), 0);
    QCOMPARE(player.volume(), 1.0F);
    QVERIFY(!player.isMuted());

    QSignalSpy volumes(&player, &PlayerController::volumeChanged);
    QSignalSpy mutes(&player, &PlayerController::mutedChanged);
    player.setVolume(0.3F);
    player.setVolume(0.3F);  // unchanged: no second signal
    player.setVolume(2.0F);  // bounded to 1
    player.setVolume(0.3F);
    player.setMuted(true);
    QCOMPARE(volumes.count(), 3);
    QCOMPARE(volumes.at(1).first().toFloat(), 1.0F);
    QCOMPARE(player.volume(), 0.3F);
    QCOMPARE(mutes.count(), 1);
    QVERIFY(player.isMuted());
    // Neither these nor pausing, seeking or stopping start the media framework.
    player.pause();
    player.seek(5'000);
    player.stop();
    QCOMPARE(player.state(), State::Stopped);
    QVERIFY(!m_media->isStarted());
    QVERIFY(!player.hasMediaBackend());
    QVERIFY(m_media->opened().isEmpty());

    player.playFrom({track(510001), track(510002)}, 0);
    QVERIFY(!player.hasMediaBackend());  // resolving the stream: nothing opened yet
    QVERIFY(waitUntilPlayingPast(300));
    QVERIFY(player.hasMediaBackend());
    QCOMPARE(m_media->outputVolume(), 0.3F);
    QVERIFY(m_media->outputMuted());
    QCOMPARE(player.volume(), 0.3F);
    QVERIFY(player.isMuted());
    QVERIFY(player.isSeekable());
    QVERIFY(player.duration() > 0);

    // Once made, changes reach the output (and are announced once each).
    player.setVolume(0.6F);
    player.setMuted(false);
    QCOMPARE(m_media->outputVolume(), 0.6F);
    QVERIFY(!m_media->outputMuted());
    QCOMPARE(volumes.count(), 4);
    QCOMPARE(mutes.count(), 2);
    QCOMPARE(player.findChildren<MediaBackend *>().size(), 1);  // one backend for every track
    player.next();
    QTRY_COMPARE_WITH_TIMEOUT(player.currentTrack()->urn, track(510002).urn, 10'000);
    QVERIFY(waitUntilPlayingPast(300));
    QCOMPARE(player.findChildren<MediaBackend *>().size(), 1);
    QCOMPARE(m_media->opened().size(), 2);
}

void TestPlayerLazy::restoredQueueMakesThePlayerOnPlay()
{
    const QList<Track> tracks{track(510001), track(510002), track(510003)};
    PlayerState saved;
    saved.tracks = tracks;
    saved.currentIndex = 2;
    saved.positionMs = 20'000;
    saved.volume = 0.25F;
    saved.muted = true;
    {
        FakeMediaBackend *media = nullptr;
        UserPlayback first(m_user->network(), m_user->tokenSession(), m_user->config().apiUrl,
                           m_user->core().database(), m_user->session().vault, makeMedia(&media));
        first.adopt(saved);  // as if the user had left it so
        QVERIFY(!media->isStarted());
    }  // log out: saves

    FakeMediaBackend *media = nullptr;
    UserPlayback playback(m_user->network(), m_user->tokenSession(), m_user->config().apiUrl, m_user->core().database(),
                          m_user->session().vault, makeMedia(&media));
    QSignalSpy restored(&playback, &UserPlayback::restored);
    playback.restore();
    QVERIFY(restored.wait(10'000));
    PlayerController &player = playback.player();
    QCOMPARE(player.currentTrack()->urn, track(510003).urn);
    QCOMPARE(player.state(), State::Paused);
    QCOMPARE(player.position(), 20'000);
    QCOMPARE(player.duration(), track(510003).durationMs);  // the track's own until the stream opens
    QVERIFY(!player.isSeekable());
    QCOMPARE(player.volume(), 0.25F);
    QVERIFY(player.isMuted());
    QVERIFY(!media->isStarted());
    QVERIFY(!player.hasMediaBackend());

    player.play();
    QVERIFY(waitUntilPlayingPast(player, media, 20'300));
    QVERIFY(player.position() < 30'000);  // resumed where it was
    QCOMPARE(media->outputVolume(), 0.25F);
    QVERIFY(media->outputMuted());
    QCOMPARE(m_sandbox.requestCount(streamsPath(510003)), 1);
}

WAVESHELF_TEST_MAIN(TestPlayerLazy)
#include "tst_playerlazy.moc"
