// LikeClient and ApiClient's POST/DELETE against the sandbox: liking and
// unliking tracks and playlists shows in the lists that follow, a refusal comes
// back as an error in plain words that keeps its kind, and a 401 during a POST
// refreshes the token and replays the request once.

#include "ConnectedUserFixture.h"
#include "ResultSpy.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "network/ApiClient.h"
#include "network/LikeClient.h"
#include "network/PageCursor.h"
#include "soundcloud/ApiJson.h"
#include "soundcloud/LibraryList.h"

#include <QTest>

#include <memory>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

Q_DECLARE_METATYPE(waveshelf::ErrorKind)

namespace {

constexpr int kTimeoutMs = 10'000;
const QString kTrack = QStringLiteral("soundcloud:tracks:520002");
const QString kLikePath = QStringLiteral("/likes/tracks/soundcloud:tracks:520002");

}  // namespace

class TestLikeClient final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void likeAndUnlikeATrack();
    void likeAndUnlikeAPlaylist();
    void refusedLikeSaysSoInPlainWords_data();
    void refusedLikeSaysSoInPlainWords();
    void unauthorizedPostRefreshesAndReplaysOnce();
    void secondUnauthorizedIsNotReplayed();
    void notAnUrnSendsNothing();

private:
    Result<void> setLiked(const QString &urn, bool liked, bool playlist = false);
    QList<Track> likedTracks();

    SandboxHost m_sandbox;
    std::unique_ptr<test::ConnectedUserFixture> m_user;
};

void TestLikeClient::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestLikeClient::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetLikes();
    m_user = std::make_unique<test::ConnectedUserFixture>(m_sandbox);
    QVERIFY(m_user->connectAs(QStringLiteral("carol"), QStringLiteral("carol-password")));
    m_sandbox.resetCounters();
}

void TestLikeClient::cleanup()
{
    m_user.reset();
    m_sandbox.clearFaults();
}

Result<void> TestLikeClient::setLiked(const QString &urn, bool liked, bool playlist)
{
    LikeClient likes(m_user->api());
    test::ResultSpy<void> spy;
    if (playlist)
        likes.setPlaylistLiked(urn, liked, spy.context(), spy.callback());
    else
        likes.setTrackLiked(urn, liked, spy.context(), spy.callback());
    if (!spy.wait(kTimeoutMs))
        return Error{ErrorKind::Unreachable, QStringLiteral("timed out")};
    return spy.at(0);
}

QList<Track> TestLikeClient::likedTracks()
{
    PageCursor<Track> cursor(m_user->api(), &ApiJson::parseTrackPage, &TrackPage::tracks);
    cursor.restart(m_user->api().firstPage(LibraryList::of(LibraryList::Kind::Likes)));
    test::ResultSpy<QList<Track>> spy;
    cursor.collect(0, spy.context(), spy.callback());
    if (!spy.wait(kTimeoutMs) || !spy.at(0).ok())
        return {};
    return spy.at(0).value();
}

void TestLikeClient::likeAndUnlikeATrack()
{
    QVERIFY(likedTracks().isEmpty());
    const Result<void> liked = setLiked(kTrack, true);
    QVERIFY2(liked.ok(), qPrintable(liked.error().detail));
    QCOMPARE(m_sandbox.requestCount(kLikePath), 1);
    const QList<Track> likes = likedTracks();
    QCOMPARE(likes.size(), 1);
    QCOMPARE(likes.constFirst().urn, kTrack);
    QVERIFY(likes.constFirst().liked);

    QVERIFY(setLiked(kTrack, true).ok());  // again: no error
    QVERIFY(setLiked(kTrack, false).ok());
    QCOMPARE(m_sandbox.requestCount(kLikePath), 3);
    QVERIFY(likedTracks().isEmpty());
    QVERIFY(setLiked(kTrack, false).ok());
}

void TestLikeClient::likeAndUnlikeAPlaylist()
{
    const QString roadTrip = QStringLiteral("soundcloud:playlists:700001");
    QVERIFY(setLiked(roadTrip, true, true).ok());
    PageCursor<Playlist> cursor(m_user->api(), &ApiJson::parsePlaylistPage, &PlaylistPage::playlists);
    cursor.restart(m_user->api().firstPage(LibraryList::of(LibraryList::Kind::LikedPlaylists)));
    test::ResultSpy<QList<Playlist>> spy;
    cursor.collect(0, spy.context(), spy.callback());
    QVERIFY(spy.wait(kTimeoutMs));
    QCOMPARE(spy.at(0).value().size(), 1);
    QCOMPARE(spy.at(0).value().constFirst().urn, roadTrip);
    QVERIFY(setLiked(roadTrip, false, true).ok());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/likes/playlists/") + roadTrip), 2);
}

void TestLikeClient::refusedLikeSaysSoInPlainWords_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<bool>("liked");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("words");
    const QString prefix = QStringLiteral("/likes/tracks/");
    QTest::newRow("403 like") << Fault::withStatus(prefix, 403) << true << ErrorKind::Protocol
                              << QStringLiteral("did not save your like");
    QTest::newRow("403 unlike") << Fault::withStatus(prefix, 403) << false << ErrorKind::Protocol
                                << QStringLiteral("did not remove your like");
    QTest::newRow("404") << Fault::withStatus(prefix, 404) << true << ErrorKind::NotFound
                         << QStringLiteral("no longer has this track");
    QTest::newRow("429") << Fault::rateLimited(prefix) << true << ErrorKind::RateLimited
                         << QStringLiteral("did not save your like");
    QTest::newRow("503") << Fault::withStatus(prefix, 503) << true << ErrorKind::Unreachable
                         << QStringLiteral("did not save your like");
    QTest::newRow("html 403") << Fault::htmlForbidden(prefix) << false << ErrorKind::Unreachable
                              << QStringLiteral("did not remove your like");
}

void TestLikeClient::refusedLikeSaysSoInPlainWords()
{
    QFETCH(Fault, fault);
    QFETCH(bool, liked);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, words);
    if (!liked)
        QVERIFY(setLiked(kTrack, true).ok());
    m_sandbox.injectFault(fault);
    const Result<void> refused = setLiked(kTrack, liked);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, kind);
    QVERIFY2(refused.error().message.contains(words), qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(QLatin1String("HTTP")));  // no developer words
    // Nothing changed on SoundCloud's side.
    QCOMPARE(likedTracks().size(), liked ? 0 : 1);
}

void TestLikeClient::unauthorizedPostRefreshesAndReplaysOnce()
{
    m_sandbox.expireAllAccessTokens();  // the stored token still looks valid to the client
    const Result<void> liked = setLiked(kTrack, true);
    QVERIFY2(liked.ok(), qPrintable(liked.error().detail));
    QCOMPARE(m_sandbox.requestCount(kLikePath), 2);  // rejected, then replayed
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(likedTracks().size(), 1);

    m_sandbox.expireAllAccessTokens();
    QVERIFY(setLiked(kTrack, false).ok());
    QCOMPARE(m_sandbox.requestCount(kLikePath), 4);
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 2);
    QVERIFY(likedTracks().isEmpty());
}

void TestLikeClient::secondUnauthorizedIsNotReplayed()
{
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/likes/"), 401, 5));
    const Result<void> refused = setLiked(kTrack, true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Unreachable);  // a 401 spell, not a lost connection
    QCOMPARE(m_sandbox.requestCount(kLikePath), 2);
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    m_sandbox.clearFaults();
    QVERIFY(likedTracks().isEmpty());
}

void TestLikeClient::notAnUrnSendsNothing()
{
    for (const QString &urn : {QStringLiteral("520002"), QStringLiteral("soundcloud:playlists:700001"),
                               QStringLiteral("soundcloud:tracks:1/../../me"), QString()}) {
        const Result<void> refused = setLiked(urn, true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::InvalidInput);
    }
    QVERIFY(!setLiked(kTrack, true, true).ok());  // a track urn is no playlist
    QCOMPARE(m_sandbox.apiRequestCount(), 0);
}

WAVESHELF_TEST_GUILESS_MAIN(TestLikeClient)
#include "tst_likeclient.moc"
