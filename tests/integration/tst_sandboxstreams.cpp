// The sandbox's stream API and media CDN over loopback: which stream URLs a track
// offers, the authenticated redirect to a signed CDN URL, the CDN's refusal of the
// Authorization header, real HLS (playlist, MPEG-TS segments) and the MP3 preview,
// URL expiry and injected faults.

#include "SandboxTestCase.h"
#include "TestSuite.h"

#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

namespace {

const QString kPlayable = QStringLiteral("/tracks/soundcloud:tracks:510001/streams");
const QString kPreview = QStringLiteral("/tracks/soundcloud:tracks:520005/streams");
const QString kBlocked = QStringLiteral("/tracks/soundcloud:tracks:520004/streams");

}  // namespace

class TestSandboxStreams final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void streamsNeedTheOAuthHeader();
    void playableTrackOffersAacHlsAndPreview();
    void previewTrackOffersOnlyThePreview();
    void blockedAndUnknownTracksAreRefused();
    void streamUrlRedirectsToSignedCdnUrl();
    void cdnServesHlsPlaylistAndSegments();
    void cdnServesTheMp3Preview();
    void cdnRefusesTheAuthorizationHeader();
    void cdnUrlsExpire();
    void faultsApplyToStreams();

private:
    QByteArray oauth() { return QByteArrayLiteral("OAuth ") + connectUser(QStringLiteral("bob")).access.toUtf8(); }
    QUrl cdnUrl(const QByteArray &authorization, const QString &variant);
};

QUrl TestSandboxStreams::cdnUrl(const QByteArray &authorization, const QString &variant)
{
    const HttpResult redirect = m_app.get(url(kPlayable + u'/' + variant), authorization);
    return QUrl::fromEncoded(redirect.header("Location"));
}

void TestSandboxStreams::streamsNeedTheOAuthHeader()
{
    QCOMPARE(m_app.get(url(kPlayable)).status, 401);
    QCOMPARE(m_app.get(url(kPlayable + QStringLiteral("/hls_aac_160"))).status, 401);
    QCOMPARE(m_app.get(url(kPlayable), QByteArrayLiteral("OAuth 2-000-made-up")).status, 401);
    QCOMPARE(m_host->requestCount(kPlayable), 2);
}

void TestSandboxStreams::playableTrackOffersAacHlsAndPreview()
{
    const HttpResult result = m_app.get(url(kPlayable), oauth());
    QCOMPARE(result.status, 200);
    const QJsonObject urls = result.json();
    QCOMPARE(urls.keys(),
             (QStringList{QStringLiteral("hls_aac_160_url"), QStringLiteral("hls_aac_96_url"),
                          QStringLiteral("preview_mp3_128_url")}));
    QCOMPARE(urls.value(QStringLiteral("hls_aac_160_url")).toString(),
             url(kPlayable + QStringLiteral("/hls_aac_160")).toString());
}

void TestSandboxStreams::previewTrackOffersOnlyThePreview()
{
    const QByteArray header = oauth();
    const HttpResult result = m_app.get(url(kPreview), header);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().keys(), QStringList{QStringLiteral("preview_mp3_128_url")});
    QCOMPARE(m_app.get(url(kPreview + QStringLiteral("/hls_aac_160")), header).status, 403);
    QCOMPARE(m_app.get(url(kPreview + QStringLiteral("/preview_mp3_128")), header).status, 302);
}

void TestSandboxStreams::blockedAndUnknownTracksAreRefused()
{
    const QByteArray header = oauth();
    QCOMPARE(m_app.get(url(kBlocked), header).status, 403);
    QCOMPARE(m_app.get(url(kBlocked + QStringLiteral("/preview_mp3_128")), header).status, 403);
    QCOMPARE(m_app.get(url(QStringLiteral("/tracks/soundcloud:tracks:1/streams")), header).status, 404);
    QCOMPARE(m_app.get(url(kPlayable + QStringLiteral("/http_mp3_128")), header).status, 404);
}

void TestSandboxStreams::streamUrlRedirectsToSignedCdnUrl()
{
    const HttpResult redirect = m_app.get(url(kPlayable + QStringLiteral("/hls_aac_160")), oauth());
    QCOMPARE(redirect.status, 302);
    const QUrl location = QUrl::fromEncoded(redirect.header("Location"));
    QCOMPARE(location.path(), QStringLiteral("/cdn/510001/hls_aac_160/playlist.m3u8"));
    const QUrlQuery query(location);
    QVERIFY(query.queryItemValue(QStringLiteral("exp")).toLongLong() > QDateTime::currentSecsSinceEpoch());
    QCOMPARE(query.queryItemValue(QStringLiteral("sig")).size(), 64);
}

void TestSandboxStreams::cdnServesHlsPlaylistAndSegments()
{
    const QUrl playlistUrl = cdnUrl(oauth(), QStringLiteral("hls_aac_96"));
    const HttpResult playlist = m_app.get(playlistUrl);
    QCOMPARE(playlist.status, 200);
    QCOMPARE(playlist.header("Content-Type"), QByteArrayLiteral("application/vnd.apple.mpegurl"));
    QVERIFY(playlist.body.startsWith("#EXTM3U\n"));
    QVERIFY(playlist.body.contains("#EXT-X-ENDLIST"));
    QList<QByteArray> segments;
    for (const QByteArray &line : playlist.body.split('\n')) {
        if (line.startsWith("seg"))
            segments.append(line);
    }
    QVERIFY(segments.size() >= 60);  // 6 rounds of a 12-second tone in ~1 s segments
    QVERIFY(segments.first().startsWith("seg0.ts?exp="));

    const HttpResult segment = m_app.get(playlistUrl.resolved(QUrl::fromEncoded(segments.at(13))));
    QCOMPARE(segment.status, 200);
    QCOMPARE(segment.header("Content-Type"), QByteArrayLiteral("video/mp2t"));
    QVERIFY(segment.body.size() > 1000);
    QCOMPARE(segment.body.at(0), char(0x47));  // MPEG-TS sync byte
    QCOMPARE(segment.body.size() % 188, 0);
    QCOMPARE(m_host->requestCount(QStringLiteral("/cdn/510001/hls_aac_96/seg13.ts")), 1);
    QCOMPARE(m_app.get(playlistUrl.resolved(QUrl(QStringLiteral("seg9999.ts")))).status, 403);  // unsigned
}

void TestSandboxStreams::cdnServesTheMp3Preview()
{
    const QUrl preview = cdnUrl(oauth(), QStringLiteral("preview_mp3_128"));
    QCOMPARE(preview.path(), QStringLiteral("/cdn/510001/preview_mp3_128/preview.mp3"));
    const HttpResult mp3 = m_app.get(preview);
    QCOMPARE(mp3.status, 200);
    QCOMPARE(mp3.header("Content-Type"), QByteArrayLiteral("audio/mpeg"));
    QVERIFY(mp3.body.size() > 10'000);
    QCOMPARE(quint8(mp3.body.at(0)), quint8(0xFF));  // an MPEG audio frame header
}

void TestSandboxStreams::cdnRefusesTheAuthorizationHeader()
{
    const QByteArray header = oauth();
    const QUrl playlistUrl = cdnUrl(header, QStringLiteral("hls_aac_160"));
    QCOMPARE(m_app.get(playlistUrl, header).status, 400);
    QCOMPARE(m_host->cdnAuthorizationRefusals(), 1);
    QCOMPARE(m_app.get(playlistUrl).status, 200);
    QCOMPARE(m_host->cdnAuthorizationRefusals(), 1);
}

void TestSandboxStreams::cdnUrlsExpire()
{
    const QByteArray header = oauth();
    const QUrl before = cdnUrl(header, QStringLiteral("hls_aac_160"));
    QCOMPARE(m_app.get(before.resolved(QUrl(QStringLiteral("seg1.ts?") + before.query()))).status, 200);
    m_host->expireCdnUrls();
    QCOMPARE(m_app.get(before.resolved(QUrl(QStringLiteral("seg2.ts?") + before.query()))).status, 403);
    QCOMPARE(m_host->cdnExpiredRefusals(), 1);
    QCOMPARE(m_app.get(cdnUrl(header, QStringLiteral("hls_aac_160"))).status, 200);  // a fresh URL works

    m_host->setCdnUrlLifetime(-5);
    QCOMPARE(m_app.get(cdnUrl(header, QStringLiteral("hls_aac_160"))).status, 403);
    QCOMPARE(m_host->cdnExpiredRefusals(), 2);
    m_host->setCdnUrlLifetime(600);
}

void TestSandboxStreams::faultsApplyToStreams()
{
    const QByteArray header = oauth();
    m_host->injectFault(Fault::withStatus(kPlayable, 404));
    QCOMPARE(m_app.get(url(kPlayable), header).status, 404);
    QCOMPARE(m_app.get(url(kPlayable), header).status, 200);
    m_host->injectFault(Fault::withStatus(QStringLiteral("/cdn/510001/"), 503));
    QCOMPARE(m_app.get(cdnUrl(header, QStringLiteral("hls_aac_160"))).status, 503);
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxStreams)
#include "tst_sandboxstreams.moc"
