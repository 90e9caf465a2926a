// Changing tracks and closing the player while the stream is still downloading:
// Next, Previous, a seek and Stop in quick succession, as a listener skipping
// through a playlist does, and the player destroyed while it plays (logging out,
// quitting). With GStreamer 1.22's souphttpsrc, destroying a playing QMediaPlayer
// could crash the process (a segmentation fault in libsoup's session thread, about
// one run in five of tst_playerlazy); MediaFramework ranks curlhttpsrc above it.
// Run with GST_PLUGIN_FEATURE_RANK=…,curlhttpsrc:NONE to see the fault. Also which
// decoders play the audio: faad and mpg123, not gst-libav (28 MiB more once loaded).

#include "MediaFramework.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "PlayerTestCase.h"
#include "ProcessMaps.h"
#include "QtMediaBackend.h"
#include "common/Error.h"

#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using State = PlayerController::State;

class TestPlayerTrackChanges final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void theAudioIsFetchedWithCurl();
    void theAudioIsDecodedWithoutLibav();
    void skippingMidDownloadKeepsPlaying();
    void closingWhilePlaying();
};

void TestPlayerTrackChanges::theAudioIsFetchedWithCurl()
{
    // The player sets the ranks before it makes its QMediaPlayer (the app's main()
    // does it earlier still); the test's own sink ranks stay after Waveshelf's.
    m_player->playFrom({track(510001)}, 0);
    QVERIFY(waitUntilPlayingPast(100));
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
    m_player->playFrom({track(510001), track(520005, QStringLiteral("preview"))}, 0);
    QVERIFY(waitUntilPlayingPast(100));
    QVERIFY(test::ProcessMaps::contains("libgstfaad.so"));  // the AAC of the HLS stream
    m_player->next();
    QCOMPARE(m_player->currentTrack()->urn, track(520005).urn);
    QVERIFY(waitUntilPlayingPast(100));
    QVERIFY(test::ProcessMaps::contains("libgstmpg123.so"));  // the MP3 preview
    QVERIFY2(!test::ProcessMaps::contains("libgstlibav.so"), "GStreamer loaded FFmpeg's decoders");
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
        PlayerController player(*m_resolver, queue, std::make_unique<QtMediaBackend>());
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

QTEST_MAIN(TestPlayerTrackChanges)
#include "tst_playertrackchanges.moc"
