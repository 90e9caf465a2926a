// Changing tracks and closing the player while the stream is still downloading:
// Next, Previous, a seek and Stop in quick succession, as a listener skipping
// through a playlist does, and the player destroyed while it plays (logging out,
// quitting). With GStreamer 1.22's souphttpsrc, destroying a playing QMediaPlayer
// could crash the process (a segmentation fault in libsoup's session thread, about
// one run in five of tst_playerlazy); MediaFramework ranks curlhttpsrc above it.
// Run with GST_PLUGIN_FEATURE_RANK=…,curlhttpsrc:NONE to see the fault. Also which
// decoders play the audio: faad and mpg123, not gst-libav (28 MiB more once loaded),
// that the sandbox's HLS really plays (positions advance, the preview ends by
// itself), that GStreamer's error on a segment the CDN refuses (an expired URL)
// reaches the player, which resolves again, and that QtMediaBackend starts
// GStreamer on the first play, not before.
// These are the player tests on the app's real QtMediaBackend (label `player`);
// the player's logic is tested on FakeMediaBackend in the other tst_player* tests.

#include "MediaFramework.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "PlayerState.h"
#include "PlayerTestCase.h"
#include "ProcessMaps.h"
#include "TestSuite.h"
#include "UserPlayback.h"
#include "accounts/UserSession.h"
#include "app/AppCore.h"
#include "common/Error.h"

#include <QAudioOutput>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using State = PlayerController::State;

class TestPlayerTrackChanges final : public playertest::PlayerTestCase {
    Q_OBJECT

public:
    TestPlayerTrackChanges()
        : PlayerTestCase(Media::Real)
    {
    }

private slots:
    void theMediaFrameworkLoadsOnTheFirstPlay();  // first: nothing has played in this process yet
    void theAudioIsFetchedWithCurl();
    void theAudioIsDecodedWithoutLibav();
    void expiredCdnUrlFoundBySeekingIsResolvedAgain();
    void skippingMidDownloadKeepsPlaying();
    void closingWhilePlaying();

private:
    static bool hasMedia(const QObject &owner)
    {
        return owner.findChild<QMediaPlayer *>() != nullptr || owner.findChild<QAudioOutput *>() != nullptr;
    }
};

void TestPlayerTrackChanges::theMediaFrameworkLoadsOnTheFirstPlay()
{
    // Qt Multimedia's GStreamer plugin, and GStreamer itself, load with the first QMediaPlayer.
    const auto gstreamerLoaded = [] {
        return test::ProcessMaps::contains("libgstreamermediaplugin.so")
            || test::ProcessMaps::contains("libgstreamer-1.0.so");
    };
    QVERIFY(!gstreamerLoaded());
    QVERIFY(!hasMedia(*m_player));
    PlayerState saved;
    saved.tracks = {track(510001), track(510002), track(510003)};
    saved.currentIndex = 1;
    saved.positionMs = 20'000;
    saved.volume = 0.25F;
    saved.muted = true;
    {
        UserPlayback first(m_user->network(), m_user->tokenSession(), m_user->config().apiUrl,
                           m_user->core().database(), m_user->session().vault, makeMedia());
        first.adopt(saved);  // as if the user had left it so
        QVERIFY(!hasMedia(first));
    }  // log out: saves
    UserPlayback playback(m_user->network(), m_user->tokenSession(), m_user->config().apiUrl, m_user->core().database(),
                          m_user->session().vault, makeMedia());
    QSignalSpy restored(&playback, &UserPlayback::restored);
    playback.restore();
    QVERIFY(restored.wait(10'000));
    PlayerController &player = playback.player();
    QCOMPARE(player.state(), State::Paused);
    QCOMPARE(player.position(), 20'000);
    player.seek(21'000);  // seeking, pausing and stopping start nothing either
    player.pause();
    QVERIFY(!hasMedia(playback));
    QVERIFY(!player.hasMediaBackend());
    QVERIFY(!gstreamerLoaded());

    player.play();
    QVERIFY(waitUntilPlayingPast(player, nullptr, 21'300));
    QVERIFY(player.position() < 31'000);  // resumed where it was
    QVERIFY(gstreamerLoaded());
    QVERIFY(player.hasMediaBackend());
    auto *output = player.findChild<QAudioOutput *>();
    QVERIFY(output != nullptr);
    QCOMPARE(output->volume(), 0.25F);  // what was set before the output existed
    QVERIFY(output->isMuted());
    player.setVolume(0.6F);  // once made, changes reach the output
    player.setMuted(false);
    QCOMPARE(output->volume(), 0.6F);
    QVERIFY(!output->isMuted());
    QVERIFY(player.isSeekable());
    QCOMPARE(player.findChildren<QMediaPlayer *>().size(), 1);
    player.next();  // one player for every track
    QCOMPARE(player.currentTrack()->urn, track(510003).urn);
    QVERIFY(waitUntilPlayingPast(player, nullptr, 300));
    QCOMPARE(player.findChildren<QMediaPlayer *>().size(), 1);
}

void TestPlayerTrackChanges::theAudioIsFetchedWithCurl()
{
    // The player sets the ranks before it makes its QMediaPlayer (the app's main()
    // does it earlier still); the test's own sink ranks stay after Waveshelf's.
    m_player->playFrom({track(510001)}, 0);
    QVERIFY(waitUntilPlayingPast(100));
    QVERIFY(waitUntilPlayingPast(m_player->position() + 500));  // the audio plays on
    QVERIFY(m_player->duration() > 60'000);                     // the stream's own length
    QCOMPARE(m_sandbox.cdnAuthorizationRefusals(), 0);          // the token never reached the CDN
    QVERIFY(m_sandbox.requestCount(QStringLiteral("/cdn/510001/hls_aac_160/seg0.ts")) >= 1);
    const QByteArray ranks = qgetenv("GST_PLUGIN_FEATURE_RANK");
    const QByteArray oursFirst = MediaFramework::kFeatureRanks.toByteArray() + ',';
    QVERIFY2(ranks.startsWith(oursFirst), ranks.constData());
    QVERIFY(ranks.contains("pulsesink:NONE"));
    // What the CDN saw: the playlist and segments came through curlhttpsrc.
    const QList<QByteArray> agents = m_sandbox.cdnUserAgents();
    QVERIFY(!agents.isEmpty());
    for (const QByteArray &agent : agents)
        QVERIFY2(agent.contains("curlhttpsrc"), agent.constData());
}

void TestPlayerTrackChanges::theAudioIsDecodedWithoutLibav()
{
    m_player->playFrom({track(510001), track(520005, QStringLiteral("preview")), track(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(100));
    QVERIFY(test::ProcessMaps::contains("libgstfaad.so"));  // the AAC of the HLS stream
    m_player->next();
    QCOMPARE(m_player->currentTrack()->urn, track(520005).urn);
    QVERIFY(waitUntilPlayingPast(100));
    QVERIFY(test::ProcessMaps::contains("libgstmpg123.so"));  // the MP3 preview
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/cdn/520005/preview_mp3_128/preview.mp3")), 1);
    // The preview (a few seconds) ends and the queue moves on by itself.
    QTRY_COMPARE_WITH_TIMEOUT(m_player->currentTrack()->urn, track(510002).urn, 20'000);
    QVERIFY(waitUntilPlayingPast(100));
    QVERIFY2(!test::ProcessMaps::contains("libgstlibav.so"), "GStreamer loaded FFmpeg's decoders");
}

void TestPlayerTrackChanges::expiredCdnUrlFoundBySeekingIsResolvedAgain()
{
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_player->playFrom({track(510002), track(510003)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    m_sandbox.expireCdnUrls();
    m_player->seek(50'000);  // segments not fetched yet: the CDN refuses them (403)
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.cdnExpiredRefusals() >= 1, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.requestCount(streamsPath(510002)), 2, 15'000);
    QVERIFY(waitUntilPlayingPast(50'300));
    QVERIFY(m_player->position() < 60'000);
    QCOMPARE(m_player->currentTrack()->urn, track(510002).urn);  // not skipped
    QCOMPARE(errors.count(), 0);
}

void TestPlayerTrackChanges::skippingMidDownloadKeepsPlaying()
{
    const QList<Track> tracks{track(510001), track(510002), track(510003)};
    QSignalSpy errors(m_player, &PlayerController::errorOccurred);
    m_player->playFrom(tracks, 0);
    QVERIFY(waitUntilPlayingPast(150));
    for (int round = 0; round < 4; ++round) {
        m_player->next();
        QCOMPARE(m_player->currentTrack()->urn, tracks.at(1).urn);
        QVERIFY2(waitUntilPlayingPast(150), qPrintable(QStringLiteral("round %1, after Next").arg(round)));
        m_player->seek(60'000);  // a flush and new segment downloads
        QVERIFY(QTest::qWaitFor([&] { return m_player->state() == State::Playing && m_player->position() > 60'150; },
                                20'000));
        m_player->previous();  // 60 s in: back to the start of the same track (a seek to 0)
        QCOMPARE(m_player->currentTrack()->urn, tracks.at(1).urn);
        QVERIFY2(waitUntilPlayingPast(150), qPrintable(QStringLiteral("round %1, after Previous").arg(round)));
        m_player->previous();  // early in the track: the one before
        QCOMPARE(m_player->currentTrack()->urn, tracks.at(0).urn);
        QVERIFY2(waitUntilPlayingPast(150), qPrintable(QStringLiteral("round %1, back").arg(round)));
    }
    m_player->stop();
    QCOMPARE(m_player->state(), State::Stopped);
    m_player->playRow(2);
    QVERIFY(waitUntilPlayingPast(150));
    QCOMPARE(m_player->currentTrack()->urn, tracks.at(2).urn);
    QCOMPARE(m_player->findChildren<QMediaPlayer *>().size(), 1);
    QCOMPARE(errors.count(), 0);
}

void TestPlayerTrackChanges::closingWhilePlaying()
{
    for (int round = 0; round < 4; ++round) {
        const qint64 id = 510001 + round % 3;
        // The previous round's held answer has been given up (its client is gone).
        QVERIFY(QTest::qWaitFor([&] { return m_sandbox.slowAnswersPending() == 0; }, 20'000));
        PlayQueue queue;
        PlayerController player(*m_resolver, queue, makeMedia());
        player.setMuted(round % 2 == 1);
        player.playFrom({track(id)}, 0);
        QVERIFY2(QTest::qWaitFor([&] { return player.state() == State::Playing && player.position() > 300; }, 20'000),
                 qPrintable(QStringLiteral("round %1").arg(round)));
        // The next segments answer late: the player is destroyed while it waits for one.
        m_sandbox.injectFault(sandbox::Fault::slow(QStringLiteral("/cdn/%1/").arg(id), 2'000, 100));
        QVERIFY2(QTest::qWaitFor([&] { return m_sandbox.slowAnswersPending() > 0; }, 20'000),
                 qPrintable(QStringLiteral("round %1: no segment asked for").arg(round)));
        m_sandbox.clearFaults();
    }  // destroyed while playing, with a segment still downloading
}

WAVESHELF_TEST_MAIN(TestPlayerTrackChanges)
#include "tst_playertrackchanges.moc"
