// MPRIS 2 root interface on a private session bus: the service's name and object,
// Identity and DesktopEntry (the installed .desktop file), Raise and Quit through
// the app's callbacks, no URIs opened; a second Waveshelf gets an instance name;
// the track ids are valid object paths.

#include "BuiltPath.h"
#include "MprisClient.h"
#include "MprisMetadata.h"
#include "MprisService.h"
#include "MprisTestCase.h"
#include "PlayerController.h"
#include "TestSuite.h"

#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace waveshelf;
using mpristest::MprisClient;

class TestMprisRoot final : public mpristest::MprisTestCase {
    Q_OBJECT

private slots:
    void ownsTheNameAndSaysWhoItIs();
    void raiseAndQuitCallTheApp();
    void opensNoUris();
    void secondInstanceGetsItsOwnName();
    void leavesTheBusWhenDeleted();
    void trackIdsAreValidObjectPaths();
};

void TestMprisRoot::ownsTheNameAndSaysWhoItIs()
{
    QVERIFY(startService());
    QCOMPARE(m_service->serviceName(), QStringLiteral("org.mpris.MediaPlayer2.waveshelf"));
    QVERIFY(m_client->bus().interface()->isServiceRegistered(m_service->serviceName()));

    QCOMPARE(m_client->property(MprisClient::kRoot, QStringLiteral("Identity")).toString(),
             QStringLiteral("Waveshelf"));
    const QString entry = m_client->property(MprisClient::kRoot, QStringLiteral("DesktopEntry")).toString();
    QCOMPARE(entry, QStringLiteral(WAVESHELF_APP_ID));
    QVERIFY2(
        QFileInfo::exists(test::BuiltPath::of("PACKAGING_DIR") + QLatin1Char('/') + entry + QStringLiteral(".desktop")),
        "DesktopEntry names the installed .desktop file");
    QCOMPARE(m_client->property(MprisClient::kRoot, QStringLiteral("HasTrackList")), QVariant(false));
    QCOMPARE(m_client->property(MprisClient::kRoot, QStringLiteral("SupportedUriSchemes")).toStringList(),
             QStringList());
    QCOMPARE(m_client->property(MprisClient::kRoot, QStringLiteral("SupportedMimeTypes")).toStringList(),
             QStringList());
}

void TestMprisRoot::raiseAndQuitCallTheApp()
{
    QVERIFY(startService());
    QCOMPARE(m_client->property(MprisClient::kRoot, QStringLiteral("CanRaise")), QVariant(true));
    QCOMPARE(m_client->property(MprisClient::kRoot, QStringLiteral("CanQuit")), QVariant(true));
    QCOMPARE(m_client->call(MprisClient::kRoot, QStringLiteral("Raise")).type(), QDBusMessage::ReplyMessage);
    QTRY_COMPARE_WITH_TIMEOUT(m_raised, 1, 15'000);
    QCOMPARE(m_client->call(MprisClient::kRoot, QStringLiteral("Quit")).type(), QDBusMessage::ReplyMessage);
    QTRY_COMPARE_WITH_TIMEOUT(m_quitted, 1, 15'000);
    QCOMPARE(m_raised, 1);
}

void TestMprisRoot::opensNoUris()
{
    QVERIFY(startService());
    const QDBusMessage reply = m_client->call(MprisClient::kPlayer, QStringLiteral("OpenUri"),
                                              {QStringLiteral("https://soundcloud.com/bob/track-510001")});
    QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
    QCOMPARE(reply.errorName(), QDBusError::errorString(QDBusError::NotSupported));
    QCOMPARE(m_player->state(), PlayerController::State::Stopped);
}

void TestMprisRoot::secondInstanceGetsItsOwnName()
{
    QVERIFY(startService());
    // Another Waveshelf: its own connection (a process of its own would have one).
    QDBusConnection other = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("second"));
    Result<MprisService *> second = MprisService::start(other, *m_player, {}, {}, m_player);
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().detail));
    QVERIFY(second.value()->serviceName().startsWith(QStringLiteral("org.mpris.MediaPlayer2.waveshelf.instance")));
    MprisClient client(second.value()->serviceName());
    QCOMPARE(client.property(MprisClient::kRoot, QStringLiteral("CanRaise")), QVariant(false));  // no callback
    QCOMPARE(client.property(MprisClient::kRoot, QStringLiteral("CanQuit")), QVariant(false));
    QCOMPARE(client.call(MprisClient::kRoot, QStringLiteral("Raise")).type(), QDBusMessage::ReplyMessage);
    delete second.value();
    QDBusConnection::disconnectFromBus(other.name());
}

void TestMprisRoot::leavesTheBusWhenDeleted()
{
    QVERIFY(startService());
    const QString name = m_service->serviceName();
    QVERIFY(m_client->bus().interface()->isServiceRegistered(name));
    delete m_service;
    m_service = nullptr;
    QVERIFY(!m_client->bus().interface()->isServiceRegistered(name));
    // The app may start it again (after the player was replaced, say).
    QVERIFY(startService());
    QCOMPARE(m_service->serviceName(), name);
}

void TestMprisRoot::trackIdsAreValidObjectPaths()
{
    static const QRegularExpression valid(QStringLiteral("^(/[A-Za-z0-9_]+)+$"));
    const QStringList urns{QStringLiteral("soundcloud:tracks:510001"), QStringLiteral("soundcloud:tracks:51000"),
                           QStringLiteral("soundcloud_3atracks_3a51000"), QStringLiteral("ü/..//x"), QString()};
    QSet<QString> paths;
    for (const QString &urn : urns) {
        const QString path = MprisMetadata::trackId(urn).path();
        QVERIFY2(valid.match(path).hasMatch(), qPrintable(path));
        QVERIFY(!path.startsWith(QStringLiteral("/org/mpris")));
        paths.insert(path);
    }
    QCOMPARE(paths.size(), urns.size());  // one path per urn
    QCOMPARE(MprisMetadata::trackId(urns.first()).path(),
             QStringLiteral("/io/github/waveshelf/Waveshelf/Track/soundcloud_3atracks_3a510001"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestMprisRoot)
#include "tst_mprisroot.moc"
