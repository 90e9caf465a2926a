// No session bus (DBUS_SESSION_BUS_ADDRESS points nowhere, set by CTest): MPRIS
// does not start and says why as an error value, and the player plays on (on
// FakeMediaBackend).

#include "MprisMetadata.h"
#include "MprisService.h"
#include "PlayerController.h"
#include "PlayerTestCase.h"
#include "TestSuite.h"

#include <QTest>

using namespace waveshelf;

class TestMprisNoBus final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void startFailsWithAnErrorAndPlaybackGoesOn();
    void artUrlOnlyOverHttpsOrOnThisComputer();
};

void TestMprisNoBus::startFailsWithAnErrorAndPlaybackGoesOn()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("nonexistent")));
    int called = 0;
    Result<MprisService *> started = MprisService::start(
        *m_player, [&] { ++called; }, [&] { ++called; }, m_player);
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ErrorKind::Unreachable);
    QVERIFY(!started.error().message.isEmpty());
    QVERIFY(started.error().detail.contains(QStringLiteral("session bus")));
    QVERIFY(m_player->findChildren<MprisService *>().isEmpty());

    // A second attempt (the app starting it again) fails the same way.
    QVERIFY(!MprisService::start(*m_player, {}, {}, m_player).ok());

    m_player->playFrom({track(510001)}, 0);
    QVERIFY(waitUntilPlayingPast(300));
    QCOMPARE(called, 0);
}

void TestMprisNoBus::artUrlOnlyOverHttpsOrOnThisComputer()
{
    // Security review 3, item 4: other programs fetch mpris:artUrl.
    Track track;
    track.urn = QStringLiteral("soundcloud:tracks:1");
    track.artworkUrl = QUrl(QStringLiteral("https://i1.sndcdn.com/artworks-1-large.jpg"));
    QVERIFY(MprisMetadata::of(track, 0).contains(QStringLiteral("mpris:artUrl")));
    for (const char *refused : {"file://localhost/etc/passwd", "http://i1.sndcdn.com/artworks-1-large.jpg",
                                "https://dana:secret@i1.sndcdn.com/a.jpg"}) {
        track.artworkUrl = QUrl(QString::fromLatin1(refused));
        QVERIFY2(!MprisMetadata::of(track, 0).contains(QStringLiteral("mpris:artUrl")), refused);
    }
}

WAVESHELF_TEST_GUILESS_MAIN(TestMprisNoBus)
#include "tst_mprisnobus.moc"
