// The per-user playback bundle against the sandbox: a user who is not connected
// is told to connect and nothing is skipped; the queue, position and volume come
// back after a "restart" (new objects on the same database) paused where they
// were, with no stream resolved until play, which resumes at that position. On
// FakeMediaBackend: no sound, positions advance when the test plays on.

#include "FakeMediaBackend.h"
#include "PlayQueue.h"
#include "PlayerController.h"
#include "PlayerTestCase.h"
#include "StreamResolver.h"
#include "TestSuite.h"
#include "UserPlayback.h"
#include "accounts/UserSession.h"
#include "app/AppCore.h"
#include "session/UserContext.h"

#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using playertest::FakeMediaBackend;
using State = PlayerController::State;

class TestPlayerRestore final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void notConnectedStopsAndSaysSo();
    void restoredQueueResumesWhereItWas();
    void disconnectForgetsTheQueue();

private:
    // The user's playback on a FakeMediaBackend, set to `media`.
    std::unique_ptr<UserPlayback> playbackOf(test::ConnectedUserFixture &user, FakeMediaBackend **media = nullptr);
};

std::unique_ptr<UserPlayback> TestPlayerRestore::playbackOf(test::ConnectedUserFixture &user, FakeMediaBackend **media)
{
    FakeMediaBackend *fake = nullptr;
    auto playback = std::make_unique<UserPlayback>(user.network(), user.tokenSession(), user.config().apiUrl,
                                                   user.core().database(), user.session().vault, makeMedia(&fake));
    if (media)
        *media = fake;
    return playback;
}

void TestPlayerRestore::notConnectedStopsAndSaysSo()
{
    test::ConnectedUserFixture erik(m_sandbox, QStringLiteral("erik"));  // never connected
    auto playback = playbackOf(erik);
    PlayerController &player = playback->player();
    QSignalSpy errors(&player, &PlayerController::errorOccurred);
    player.playFrom({track(510001), track(510002), track(510003)}, 0);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10'000);
    const auto error = errors.first().first().value<Error>();
    QVERIFY2(error.message.startsWith(QStringLiteral("Connect to SoundCloud first")), qPrintable(error.message));
    QCOMPARE(error.kind, ErrorKind::ReconnectNeeded);
    QCOMPARE(player.state(), State::Stopped);
    QCOMPARE(playback->queue().currentIndex(), 0);  // not skipped through the queue
    QCOMPARE(player.currentTrack()->urn, track(510001).urn);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_sandbox.requestCount(streamsPath(510002)), 0);
}

void TestPlayerRestore::restoredQueueResumesWhereItWas()
{
    const QList<Track> tracks{track(510001), track(510002), track(510003)};
    {
        FakeMediaBackend *media = nullptr;
        auto playback = playbackOf(*m_user, &media);
        playback->player().playFrom(tracks, 1);
        playback->player().setVolume(0.4F);
        playback->player().setMuted(true);
        playback->queue().setRepeat(PlayQueue::Repeat::All);
        QVERIFY(waitUntilPlayingPast(playback->player(), media, 1'500));
        playback->player().seek(30'000);
        QVERIFY(waitUntilPlayingPast(playback->player(), media, 30'300));
    }  // log out: stops and saves
    m_sandbox.resetCounters();

    FakeMediaBackend *media = nullptr;
    auto playback = playbackOf(*m_user, &media);  // log in again
    QSignalSpy restored(playback.get(), &UserPlayback::restored);
    playback->restore();
    QVERIFY(restored.wait(10'000));
    PlayerController &player = playback->player();
    QCOMPARE(playback->queue().tracks(), tracks);
    QCOMPARE(playback->queue().currentIndex(), 1);
    QCOMPARE(playback->queue().repeat(), PlayQueue::Repeat::All);
    QCOMPARE(player.currentTrack()->urn, track(510002).urn);
    QCOMPARE(player.state(), State::Paused);
    const qint64 savedAt = player.position();
    QVERIFY2(savedAt > 30'000 && savedAt < 40'000, qPrintable(QString::number(savedAt)));
    QCOMPARE(player.volume(), 0.4F);
    QVERIFY(player.isMuted());
    QCOMPARE(m_sandbox.requestCount(streamsPath(510002)), 0);  // nothing resolved while paused
    QVERIFY(!media->isStarted());

    player.togglePlayPause();
    QTRY_COMPARE(player.state(), State::Playing);
    QCOMPARE(media->position(), savedAt);  // the stream was sought to the saved position
    QVERIFY(waitUntilPlayingPast(player, media, savedAt + 300));
    QVERIFY(player.position() < savedAt + 10'000);  // resumed there, not from the start
    QCOMPARE(m_sandbox.requestCount(streamsPath(510002)), 1);
}

void TestPlayerRestore::disconnectForgetsTheQueue()
{
    // Security review 3, item 7: an account connected after a Disconnect must
    // not get the old one's queue back, from memory or from the database.
    test::ConnectedUserFixture carol(m_sandbox, QStringLiteral("carol"));
    QVERIFY(carol.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    {
        FakeMediaBackend *media = nullptr;
        auto playback = playbackOf(carol, &media);
        // As PlaybackUi wires it.
        bool forgotten = false;
        connect(&carol.context(), &UserContext::disconnected, playback.get(),
                [&] { forgotten = playback->forget().ok(); });
        playback->player().playFrom({track(510001), track(510002)}, 1);
        QVERIFY(waitUntilPlayingPast(playback->player(), media, 500));
        QVERIFY(playback->saveNow().ok());

        QVERIFY(carol.context().disconnect().ok());
        QVERIFY(forgotten);
        QCOMPARE(playback->queue().count(), 0);
        QCOMPARE(playback->player().state(), State::Stopped);
    }  // log out: saves what is left, nothing
    auto playback = playbackOf(carol);
    QSignalSpy restored(playback.get(), &UserPlayback::restored);
    playback->restore();
    QVERIFY(restored.wait());
    QCOMPARE(playback->queue().count(), 0);

    // Without the player in memory (waveshelf-cli disconnect): the saved row goes.
    {
        auto another = playbackOf(carol);
        another->player().playFrom({track(510003)}, 0);
        QVERIFY(another->saveNow().ok());
    }
    QVERIFY(carol.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    QVERIFY(carol.context().disconnect().ok());
    auto afterCli = playbackOf(carol);
    QSignalSpy restoredAgain(afterCli.get(), &UserPlayback::restored);
    afterCli->restore();
    QVERIFY(restoredAgain.wait());
    QCOMPARE(afterCli->queue().count(), 0);
}

WAVESHELF_TEST_MAIN(TestPlayerRestore)
#include "tst_playerrestore.moc"
