// MPRIS 2 Player methods on a private session bus, with a real PlayerController
// against the sandbox: PlayPause, Next and Previous, Seek (relative, answered by
// Seeked), SetPosition (a stale track id is ignored), and Seeked after a seek
// made in the app. On FakeMediaBackend: seeks land at once and positions advance
// only when the test plays on, so nothing here depends on playback timing (Seek
// is ignored while the player is not seekable, which real HLS playback on a busy
// machine could be for a moment).

#include "FakeMediaBackend.h"
#include "MprisClient.h"
#include "MprisMetadata.h"
#include "MprisTestCase.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "TestSuite.h"

#include <QDBusObjectPath>
#include <QTest>

using namespace waveshelf;
using mpristest::MprisClient;
using State = PlayerController::State;

class TestMprisMethods final : public mpristest::MprisTestCase {
    Q_OBJECT

private slots:
    void playPauseToggles();
    void nextAndPrevious();
    void seekIsRelativeAndAnsweredBySeeked();
    void setPositionIgnoresAStaleTrackId();
    void seekInTheAppIsSignalled();

private:
    bool call(const char *method, const QVariantList &arguments = {})
    {
        return m_client->call(MprisClient::kPlayer, QString::fromLatin1(method), arguments).type()
            == QDBusMessage::ReplyMessage;
    }
};

void TestMprisMethods::playPauseToggles()
{
    QVERIFY(startService());
    m_queue->playFrom({richTrack(510001)}, 0);
    QVERIFY(call("PlayPause"));  // stopped with a queue: starts it
    QVERIFY(waitUntilPlayingPast(200));
    QVERIFY(call("PlayPause"));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->state(), State::Paused, 15'000);
    const qint64 pausedAt = m_player->position();
    QVERIFY(call("PlayPause"));
    QVERIFY(waitUntilPlayingPast(pausedAt + 200));
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001)), 1);  // resumed, not resolved again
}

void TestMprisMethods::nextAndPrevious()
{
    QVERIFY(startService());
    m_player->playFrom({richTrack(510001), richTrack(510002), richTrack(510003)}, 0);
    QVERIFY(waitUntilPlayingPast(200));
    QVERIFY(call("Next"));
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->currentIndex(), 1, 15'000);
    QCOMPARE(m_player->currentTrack()->urn, richTrack(510002).urn);
    QVERIFY(waitUntilPlayingPast(200));
    QVERIFY(call("Previous"));  // early in the track: the one before
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->currentIndex(), 0, 15'000);
    QVERIFY(waitUntilPlayingPast(200));

    // At the end of the queue (repeat off) Next does nothing: CanGoNext said so.
    m_player->playRow(2);
    QVERIFY(waitUntilPlayingPast(200));
    QVERIFY(m_client->waitForChange(QStringLiteral("CanGoNext"), false));
    QVERIFY(call("Next"));
    QVERIFY(call("Previous"));  // a later call shows the earlier one was handled
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->currentIndex(), 1, 15'000);
    QCOMPARE(m_sandbox.requestCount(streamsPath(510003)), 1);
}

void TestMprisMethods::seekIsRelativeAndAnsweredBySeeked()
{
    QVERIFY(startService());
    m_player->playFrom({richTrack(510001)}, 0);
    QVERIFY(waitUntilPlayingPast(500));
    m_client->clearSignals();
    const qint64 from = m_player->position();
    QVERIFY(call("Seek", {qlonglong(20'000'000)}));  // +20 s: the seek is done when the call returns
    QCOMPARE(m_media->position(), from + 20'000);
    // Seeked was sent before the reply; the client's connection delivers it.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->seeked().size(), 1, 15'000);
    QCOMPARE(m_client->seeked().first(), qlonglong(from + 20'000) * 1000);
    QVERIFY(waitUntilPlayingPast(from + 20'200));

    QVERIFY(call("Seek", {qlonglong(-600'000'000)}));  // before the start: the start
    QCOMPARE(m_player->position(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->seeked().size(), 2, 15'000);
    QCOMPARE(m_client->seeked().at(1), qlonglong(0));
    QVERIFY(waitUntilPlayingPast(200));
    // A round trip after playing on: any Seeked sent before its reply has arrived.
    QCOMPARE(m_client->property(MprisClient::kPlayer, QStringLiteral("Position")).toLongLong(),
             m_player->position() * 1000);
    QCOMPARE(m_client->seeked().size(), 2);                    // playing on is no seek
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001)), 1);  // seeking resolves nothing
}

void TestMprisMethods::setPositionIgnoresAStaleTrackId()
{
    QVERIFY(startService());
    m_player->playFrom({richTrack(510001), richTrack(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    m_client->clearSignals();
    const QVariant stale = QVariant::fromValue(MprisMetadata::trackId(richTrack(510002).urn));
    const QVariant current = QVariant::fromValue(MprisMetadata::trackId(richTrack(510001).urn));
    QVERIFY(call("SetPosition", {stale, qlonglong(30'000'000)}));
    QVERIFY(call("SetPosition", {current, qlonglong(-1)}));  // out of range: ignored too
    QVERIFY(call("SetPosition", {current, qlonglong(40'000'000)}));
    // Calls are handled in order: the only Seeked is the valid one's.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->seeked().size(), 1, 15'000);
    QCOMPARE(m_client->seeked().first(), qlonglong(40'000'000));
    QVERIFY(waitUntilPlayingPast(40'200));
    QVERIFY(m_client->property(MprisClient::kPlayer, QStringLiteral("Position")).isValid());  // a round trip
    QCOMPARE(m_client->seeked().size(), 1);
    QCOMPARE(m_player->currentTrack()->urn, richTrack(510001).urn);
}

void TestMprisMethods::seekInTheAppIsSignalled()
{
    QVERIFY(startService());
    m_player->playFrom({richTrack(510001)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    m_client->clearSignals();
    m_player->seek(50'000);  // the player bar's slider
    QTRY_COMPARE_WITH_TIMEOUT(m_client->seeked().size(), 1, 15'000);
    QCOMPARE(m_client->seeked().first(), qlonglong(50'000'000));
    QVERIFY(waitUntilPlayingPast(51'500));
    QVERIFY(m_client->property(MprisClient::kPlayer, QStringLiteral("Position")).isValid());  // a round trip
    QCOMPARE(m_client->seeked().size(), 1);                                                   // playing on is no seek
}

WAVESHELF_TEST_GUILESS_MAIN(TestMprisMethods)
#include "tst_mprismethods.moc"
