// MPRIS 2 Player properties on a private session bus, with a real PlayerController
// against the sandbox on FakeMediaBackend: PlaybackStatus follows play and pause (from D-Bus and from
// the app), Metadata of the current track, Volume, LoopStatus and Shuffle both
// ways, Position read on demand in µs, and PropertiesChanged for each change.

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

class TestMprisPlayer final : public mpristest::MprisTestCase {
    Q_OBJECT

private slots:
    void playbackStatusFollowsPlayAndPause();
    void metadataOfTheCurrentTrack();
    void volumeBothWays();
    void loopStatusAndShuffleBothWays();
    void positionIsReadOnDemand();
    void whatCanBeDone();
};

namespace {

QVariant status(MprisClient &client)
{
    return client.property(MprisClient::kPlayer, QStringLiteral("PlaybackStatus"));
}

}  // namespace

void TestMprisPlayer::playbackStatusFollowsPlayAndPause()
{
    QVERIFY(startService());
    QCOMPARE(status(*m_client), QVariant(QStringLiteral("Stopped")));
    m_player->playFrom({richTrack(510001), richTrack(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(200));
    QCOMPARE(status(*m_client), QVariant(QStringLiteral("Playing")));
    QVERIFY(m_client->waitForChange(QStringLiteral("PlaybackStatus"), QStringLiteral("Playing")));

    m_client->clearSignals();
    QCOMPARE(m_client->call(MprisClient::kPlayer, QStringLiteral("Pause")).type(), QDBusMessage::ReplyMessage);
    QTRY_COMPARE_WITH_TIMEOUT(m_player->state(), State::Paused, 15'000);
    QVERIFY(m_client->waitForChange(QStringLiteral("PlaybackStatus"), QStringLiteral("Paused")));
    QCOMPARE(status(*m_client), QVariant(QStringLiteral("Paused")));

    QCOMPARE(m_client->call(MprisClient::kPlayer, QStringLiteral("Play")).type(), QDBusMessage::ReplyMessage);
    QVERIFY(m_client->waitForChange(QStringLiteral("PlaybackStatus"), QStringLiteral("Playing")));
    QVERIFY(waitUntilPlayingPast(m_player->position() + 200));

    // Changes made in the app reach the bus too.
    m_client->clearSignals();
    m_player->pause();
    QVERIFY(m_client->waitForChange(QStringLiteral("PlaybackStatus"), QStringLiteral("Paused")));
    QCOMPARE(m_client->call(MprisClient::kPlayer, QStringLiteral("Stop")).type(), QDBusMessage::ReplyMessage);
    QVERIFY(m_client->waitForChange(QStringLiteral("PlaybackStatus"), QStringLiteral("Stopped")));
    QCOMPARE(m_player->state(), State::Stopped);
}

void TestMprisPlayer::metadataOfTheCurrentTrack()
{
    QVERIFY(startService());
    QCOMPARE(m_client->metadata().value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>(),
             MprisMetadata::noTrack());

    const Track first = richTrack(510001);
    m_player->playFrom({first, richTrack(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(200));
    const QVariantMap metadata = m_client->metadata();
    QCOMPARE(metadata.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>(),
             MprisMetadata::trackId(first.urn));
    QCOMPARE(metadata.value(QStringLiteral("mpris:length")).toLongLong(), m_player->duration() * 1000);
    QVERIFY(metadata.value(QStringLiteral("mpris:length")).toLongLong() > 60'000'000);
    QCOMPARE(metadata.value(QStringLiteral("mpris:artUrl")).toString(),
             QStringLiteral("https://i1.sndcdn.com/artworks-510001-t500x500.jpg"));
    QCOMPARE(metadata.value(QStringLiteral("xesam:title")).toString(), QStringLiteral("Track 510001"));
    QCOMPARE(metadata.value(QStringLiteral("xesam:artist")).toStringList(), QStringList{QStringLiteral("Sandbox")});
    QCOMPARE(metadata.value(QStringLiteral("xesam:url")).toString(),
             QStringLiteral("https://soundcloud.com/bob/track-510001"));
    QVERIFY(m_client->waitForChange(QStringLiteral("Metadata"), metadata));

    // The next track: its metadata in one PropertiesChanged.
    m_player->next();
    QVERIFY(QTest::qWaitFor([&] {
        for (const QVariantMap &change : m_client->changes()) {
            const QVariantMap next = change.value(QStringLiteral("Metadata")).toMap();
            if (next.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>()
                == MprisMetadata::trackId(richTrack(510002).urn))
                return next.value(QStringLiteral("xesam:title")) == QStringLiteral("Track 510002");
        }
        return false;
    }));
}

void TestMprisPlayer::volumeBothWays()
{
    QVERIFY(startService());
    QVERIFY(m_client->setProperty(MprisClient::kPlayer, QStringLiteral("Volume"), 0.25));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->volume(), 0.25F, 15'000);
    QVERIFY(m_client->waitForChange(QStringLiteral("Volume"), 0.25));
    QCOMPARE(m_client->property(MprisClient::kPlayer, QStringLiteral("Volume")).toDouble(), 0.25);

    m_player->setVolume(0.5F);
    QVERIFY(m_client->waitForChange(QStringLiteral("Volume"), 0.5));
    m_player->setMuted(true);  // muted: the desktop shows 0
    QVERIFY(m_client->waitForChange(QStringLiteral("Volume"), 0.0));
    QVERIFY(m_client->setProperty(MprisClient::kPlayer, QStringLiteral("Volume"), 0.75));
    QTRY_VERIFY_WITH_TIMEOUT(!m_player->isMuted(), 15'000);
    QCOMPARE(m_player->volume(), 0.75F);
    QVERIFY(m_client->setProperty(MprisClient::kPlayer, QStringLiteral("Volume"), -1.0));
    QTRY_COMPARE_WITH_TIMEOUT(m_player->volume(), 0.0F, 15'000);
}

void TestMprisPlayer::loopStatusAndShuffleBothWays()
{
    QVERIFY(startService());
    QCOMPARE(m_client->property(MprisClient::kPlayer, QStringLiteral("LoopStatus")), QVariant(QStringLiteral("None")));
    QVERIFY(m_client->setProperty(MprisClient::kPlayer, QStringLiteral("LoopStatus"), QStringLiteral("Track")));
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->repeat(), PlayQueue::Repeat::One, 15'000);
    QVERIFY(m_client->waitForChange(QStringLiteral("LoopStatus"), QStringLiteral("Track")));
    QVERIFY(m_client->setProperty(MprisClient::kPlayer, QStringLiteral("LoopStatus"), QStringLiteral("Playlist")));
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->repeat(), PlayQueue::Repeat::All, 15'000);
    m_client->setProperty(MprisClient::kPlayer, QStringLiteral("LoopStatus"), QStringLiteral("Sometimes"));
    QCOMPARE(m_client->property(MprisClient::kPlayer, QStringLiteral("LoopStatus")),
             QVariant(QStringLiteral("Playlist")));  // not a loop status: ignored
    m_queue->setRepeat(PlayQueue::Repeat::Off);
    QVERIFY(m_client->waitForChange(QStringLiteral("LoopStatus"), QStringLiteral("None")));

    QCOMPARE(m_client->property(MprisClient::kPlayer, QStringLiteral("Shuffle")), QVariant(false));
    QVERIFY(m_client->setProperty(MprisClient::kPlayer, QStringLiteral("Shuffle"), true));
    QTRY_VERIFY_WITH_TIMEOUT(m_queue->shuffle(), 15'000);
    QVERIFY(m_client->waitForChange(QStringLiteral("Shuffle"), true));
    m_queue->setShuffle(false);
    QVERIFY(m_client->waitForChange(QStringLiteral("Shuffle"), false));
}

void TestMprisPlayer::positionIsReadOnDemand()
{
    QVERIFY(startService());
    m_player->playFrom({richTrack(510001)}, 0);
    QVERIFY(waitUntilPlayingPast(1'200));
    const qint64 before = m_player->position();
    const qlonglong position = m_client->property(MprisClient::kPlayer, QStringLiteral("Position")).toLongLong();
    QVERIFY2(position >= before * 1000, qPrintable(QString::number(position)));
    QVERIFY(position <= m_player->position() * 1000);
    for (const QVariantMap &change : m_client->changes())
        QVERIFY(!change.contains(QStringLiteral("Position")));  // never signalled
}

void TestMprisPlayer::whatCanBeDone()
{
    QVERIFY(startService());
    const auto can = [this](const char *name) {
        return m_client->property(MprisClient::kPlayer, QString::fromLatin1(name)).toBool();
    };
    QVERIFY(can("CanControl"));
    QVERIFY(!can("CanPlay"));
    QVERIFY(!can("CanGoNext"));
    m_player->playFrom({richTrack(510001), richTrack(510002)}, 0);
    QVERIFY(waitUntilPlayingPast(200));
    QVERIFY(can("CanPlay") && can("CanPause") && can("CanSeek") && can("CanGoNext"));
    QVERIFY(!can("CanGoPrevious"));
    QCOMPARE(m_client->property(MprisClient::kPlayer, QStringLiteral("Rate")).toDouble(), 1.0);

    m_player->next();
    QVERIFY(m_client->waitForChange(QStringLiteral("CanGoNext"), false));
    QVERIFY(m_client->waitForChange(QStringLiteral("CanGoPrevious"), true));
    m_queue->setRepeat(PlayQueue::Repeat::All);  // the last track wraps round
    QVERIFY(m_client->waitForChange(QStringLiteral("CanGoNext"), true));
}

WAVESHELF_TEST_GUILESS_MAIN(TestMprisPlayer)
#include "tst_mprisplayer.moc"
