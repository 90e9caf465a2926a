// StreamResolver against the sandbox: the streams call and the redirect resolved
// without following it (the CDN never sees a request, let alone the token), the
// choice per access level, refusals, and a token refresh during resolution.

#include "PlayerTestCase.h"
#include "ResultSpy.h"
#include "StreamResolver.h"
#include "TestSuite.h"

#include <QTest>

using namespace waveshelf;
using namespace waveshelf::sandbox;

class TestStreamResolver final : public playertest::PlayerTestCase {
    Q_OBJECT

private slots:
    void resolvesToTheCdnWithoutFollowing();
    void previewTrackResolvesToThePreview();
    void blockedTrackIsNotAsked();
    void missingAndForbiddenStreamsAreNamed();
    void refreshesTheTokenDuringResolution();
    void refreshesWhenTheStreamUrlRejectsTheToken();
    void redirectOnlyToHttpsOrThisComputer_data();
    void redirectOnlyToHttpsOrThisComputer();

private:
    Result<ResolvedStream> resolve(const Track &track);
};

Result<ResolvedStream> TestStreamResolver::resolve(const Track &track)
{
    test::ResultSpy<ResolvedStream> spy;
    m_resolver->resolve(track, spy.context(), spy.callback());
    if (!spy.wait(15'000))
        return Error{ErrorKind::Unreachable, QStringLiteral("no answer")};
    return spy.last();
}

void TestStreamResolver::resolvesToTheCdnWithoutFollowing()
{
    const Result<ResolvedStream> stream = resolve(track(510001));
    QVERIFY(stream.ok());
    QCOMPARE(stream.value().kind, StreamKind::HlsAac160);
    QCOMPARE(stream.value().cdnUrl.path(), QStringLiteral("/cdn/510001/hls_aac_160/playlist.m3u8"));
    QVERIFY(stream.value().cdnUrl.query().contains(QStringLiteral("sig=")));
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001)), 1);
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001) + QStringLiteral("/hls_aac_160")), 1);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/cdn/510001/hls_aac_160/playlist.m3u8")), 0);
    QCOMPARE(m_sandbox.cdnAuthorizationRefusals(), 0);
    QCOMPARE(m_resolver->resolutionCount(), 1);
}

void TestStreamResolver::previewTrackResolvesToThePreview()
{
    const Result<ResolvedStream> stream = resolve(track(520005, QStringLiteral("preview")));
    QVERIFY(stream.ok());
    QVERIFY(stream.value().isPreview());
    QCOMPARE(stream.value().cdnUrl.path(), QStringLiteral("/cdn/520005/preview_mp3_128/preview.mp3"));
}

void TestStreamResolver::blockedTrackIsNotAsked()
{
    const Result<ResolvedStream> stream = resolve(track(520004, QStringLiteral("blocked")));
    QVERIFY(!stream.ok());
    QCOMPARE(stream.error().kind, ErrorKind::AccessDenied);
    QVERIFY(stream.error().message.contains(QStringLiteral("blocked")));
    QCOMPARE(m_sandbox.requestCount(streamsPath(520004)), 0);
}

void TestStreamResolver::missingAndForbiddenStreamsAreNamed()
{
    const Result<ResolvedStream> missing = resolve(track(999));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("Track 999")));

    // Listed as playable, but SoundCloud refuses the stream (a stale list).
    const Result<ResolvedStream> blocked = resolve(track(520004));
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().kind, ErrorKind::AccessDenied);

    m_sandbox.injectFault(Fault::withStatus(streamsPath(510002) + QStringLiteral("/hls_aac_160"), 404));
    const Result<ResolvedStream> gone = resolve(track(510002));
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);

    m_sandbox.injectFault(Fault::withStatus(streamsPath(510002), 503));
    const Result<ResolvedStream> down = resolve(track(510002));
    QVERIFY(!down.ok());
    QCOMPARE(down.error().kind, ErrorKind::Unreachable);
}

void TestStreamResolver::refreshesTheTokenDuringResolution()
{
    m_sandbox.expireAllAccessTokens();  // the stored token is now refused with 401
    const Result<ResolvedStream> stream = resolve(track(510003));
    QVERIFY(stream.ok());
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_sandbox.requestCount(streamsPath(510003)), 2);  // refused, then replayed
    QCOMPARE(m_sandbox.requestCount(streamsPath(510003) + QStringLiteral("/hls_aac_160")), 1);
}

void TestStreamResolver::refreshesWhenTheStreamUrlRejectsTheToken()
{
    m_sandbox.injectFault(Fault::withStatus(streamsPath(510001) + QStringLiteral("/hls_aac_160"), 401));
    const Result<ResolvedStream> stream = resolve(track(510001));
    QVERIFY(stream.ok());
    // The redirect's 401 refreshed the token and the redirect was asked again.
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_sandbox.requestCount(streamsPath(510001) + QStringLiteral("/hls_aac_160")), 2);
}

void TestStreamResolver::redirectOnlyToHttpsOrThisComputer_data()
{
    // Security review 3, item 4: the /streams redirect decides what GStreamer opens.
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https CDN") << QByteArrayLiteral("https://cf-hls-media.sndcdn.com/playlist/a.m3u8?sig=1") << true;
    QTest::newRow("http on this computer") << QByteArrayLiteral("http://127.0.0.1:9/cdn/a.m3u8") << true;
    QTest::newRow("http elsewhere") << QByteArrayLiteral("http://media.example.net/a.m3u8") << false;
    QTest::newRow("a local file") << QByteArrayLiteral("file://localhost/etc/passwd") << false;
    QTest::newRow("user info") << QByteArrayLiteral("https://user:secret@cf-hls-media.sndcdn.com/a.m3u8") << false;
    QTest::newRow("another scheme") << QByteArrayLiteral("rtsp://media.example.net/a") << false;
    QTest::newRow("data") << QByteArrayLiteral("data:audio/mpeg;base64,AAAA") << false;
}

void TestStreamResolver::redirectOnlyToHttpsOrThisComputer()
{
    QFETCH(QByteArray, location);
    QFETCH(bool, accepted);
    m_sandbox.injectFault(Fault::redirect(streamsPath(510001) + QStringLiteral("/hls_aac_160"), location));
    const Result<ResolvedStream> stream = resolve(track(510001));
    QCOMPARE(stream.ok(), accepted);
    if (accepted) {
        QCOMPARE(stream.value().cdnUrl, QUrl::fromEncoded(location));
    } else {
        QCOMPARE(stream.error().kind, ErrorKind::Protocol);
        QVERIFY(!stream.error().message.isEmpty());  // (no host at all: "cannot play", else "does not play from")
    }
}

WAVESHELF_TEST_GUILESS_MAIN(TestStreamResolver)
#include "tst_streamresolver.moc"
