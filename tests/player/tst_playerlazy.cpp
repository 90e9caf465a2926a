// The media player is made on the first play, not with the controller: a fresh
// controller and one showing a restored queue have no QMediaPlayer or QAudioOutput
// (Qt Multimedia's backend is not loaded at login), answer for an idle player, and
// the volume and mute set before the first play reach the audio output made then.

#include "PlayQueue.h"
#include "PlayerController.h"
#include "PlayerState.h"
#include "PlayerTestCase.h"
#include "QtMediaBackend.h"
#include "UserPlayback.h"
#include "accounts/UserSession.h"
#include "app/AppCore.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using State = PlayerController::State;

class TestPlayerLazy final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void freshControllerMakesThePlayerOnFirstPlay();
    void restoredQueueMakesThePlayerOnPlay();

private:
    static bool hasMedia(const QObject &owner)
    {
        return owner.findChild<QMediaPlayer *>() != nullptr || owner.findChild<QAudioOutput *>() != nullptr;
    }
};

void TestPlayerLazy::freshControllerMakesThePlayerOnFirstPlay()
{
    PlayerController &player = *m_player;
    QVERIFY(!hasMedia(player));
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
    // Neither these nor pausing, seeking or stopping make the media player.
    player.pause();
    player.seek(5'000);
    player.stop();
    QCOMPARE(player.state(), State::Stopped);
    QVERIFY(!hasMedia(player));
    QVERIFY(!player.hasMediaBackend());

    player.playFrom({track(510001), track(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    QVERIFY(player.hasMediaBackend());
    QVERIFY(player.findChild<QMediaPlayer *>() != nullptr);
    auto *output = player.findChild<QAudioOutput *>();
    QVERIFY(output != nullptr);
    QCOMPARE(output->volume(), 0.3F);
    QVERIFY(output->isMuted());
    QCOMPARE(player.volume(), 0.3F);
    QVERIFY(player.isMuted());
    QVERIFY(player.isSeekable());
    QVERIFY(player.duration() > 0);

    // Once made, changes reach the output (and are announced once each).
    player.setVolume(0.6F);
    player.setMuted(false);
    QCOMPARE(output->volume(), 0.6F);
    QVERIFY(!output->isMuted());
    QCOMPARE(volumes.count(), 4);
    QCOMPARE(mutes.count(), 2);
    QCOMPARE(player.findChildren<QMediaPlayer *>().size(), 1);  // one player for every track
    player.next();
    QTRY_COMPARE_WITH_TIMEOUT(player.currentTrack()->urn, track(510002).urn, 10'000);
    QVERIFY(waitUntilPlayingPast(300));
    QCOMPARE(player.findChildren<QMediaPlayer *>().size(), 1);
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
        UserPlayback first(m_user->network(), m_user->tokenSession(), m_user->config().apiUrl,
                           m_user->core().database(), m_user->session().vault, std::make_unique<QtMediaBackend>());
        first.adopt(saved);  // as if the user had left it so
        QVERIFY(!hasMedia(first));
    }  // log out: saves

    UserPlayback playback(m_user->network(), m_user->tokenSession(), m_user->config().apiUrl, m_user->core().database(),
                          m_user->session().vault, std::make_unique<QtMediaBackend>());
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
    QVERIFY(!hasMedia(playback));
    QVERIFY(!player.hasMediaBackend());

    player.play();
    QVERIFY(QTest::qWaitFor([&] { return player.state() == State::Playing && player.position() > 20'300; }, 20'000));
    QVERIFY(player.position() < 30'000);  // resumed where it was
    auto *output = player.findChild<QAudioOutput *>();
    QVERIFY(output != nullptr);
    QCOMPARE(output->volume(), 0.25F);
    QVERIFY(output->isMuted());
    QCOMPARE(m_sandbox.requestCount(streamsPath(510003)), 1);
}

QTEST_MAIN(TestPlayerLazy)
#include "tst_playerlazy.moc"
