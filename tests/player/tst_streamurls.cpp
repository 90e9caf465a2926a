// Which stream a track plays (unit): AAC HLS 160 > 96 for a full track, the preview
// for a preview track, nothing for a blocked one; the removed MP3/Opus fields are
// never used; the CDN host check that keeps the token at home.

#include "AuthorizedGet.h"
#include "StreamUrls.h"
#include "TestSuite.h"
#include "soundcloud/Track.h"

#include <QTest>

using namespace waveshelf;

namespace {

Track trackWith(const QString &access)
{
    Track track;
    track.urn = QStringLiteral("soundcloud:tracks:1");
    track.access = access;
    return track;
}

StreamUrls parsed(const QByteArray &json)
{
    const Result<StreamUrls> urls = StreamUrls::parse(json);
    return urls.ok() ? urls.value() : StreamUrls{};
}

const QByteArray kAll = "{\"hls_aac_160_url\":\"https://api.soundcloud.com/tracks/1/streams/a\","
                        "\"hls_aac_96_url\":\"https://api.soundcloud.com/tracks/1/streams/b\","
                        "\"preview_mp3_128_url\":\"https://api.soundcloud.com/tracks/1/streams/c\","
                        "\"http_mp3_128_url\":\"https://api.soundcloud.com/tracks/1/streams/old\","
                        "\"hls_mp3_128_url\":\"https://api.soundcloud.com/tracks/1/streams/old2\","
                        "\"hls_opus_64_url\":\"https://api.soundcloud.com/tracks/1/streams/old3\"}";

}  // namespace

class TestStreamUrls final : public QObject {
    Q_OBJECT

private slots:
    void fullTrackPrefersAac160();
    void fallsBackToAac96();
    void previewTrackPlaysThePreview();
    void fullTrackWithOnlyAPreviewPlaysThePreview();
    void removedFieldsAreNeverUsed();
    void blockedTrackHasNoStream();
    void unreadableAnswersAreErrors();
    void tokenGoesToTheApiHostOnly();
};

void TestStreamUrls::fullTrackPrefersAac160()
{
    const std::optional<StreamChoice> choice = parsed(kAll).choose(trackWith(QStringLiteral("playable")));
    QVERIFY(choice);
    QCOMPARE(choice->kind, StreamKind::HlsAac160);
    QCOMPARE(choice->url, QUrl(QStringLiteral("https://api.soundcloud.com/tracks/1/streams/a")));
    QVERIFY(!choice->isPreview());
    QCOMPARE(parsed(kAll).choose(trackWith(QString()))->kind, StreamKind::HlsAac160);  // no access field
}

void TestStreamUrls::fallsBackToAac96()
{
    const StreamUrls urls = parsed("{\"hls_aac_160_url\":null,\"hls_aac_96_url\":\"https://api.soundcloud.com/b\","
                                   "\"preview_mp3_128_url\":\"https://api.soundcloud.com/c\"}");
    QCOMPARE(urls.choose(trackWith(QStringLiteral("playable")))->kind, StreamKind::HlsAac96);
}

void TestStreamUrls::previewTrackPlaysThePreview()
{
    const std::optional<StreamChoice> choice = parsed(kAll).choose(trackWith(QStringLiteral("preview")));
    QVERIFY(choice);
    QCOMPARE(choice->kind, StreamKind::PreviewMp3);
    QVERIFY(choice->isPreview());
}

void TestStreamUrls::fullTrackWithOnlyAPreviewPlaysThePreview()
{
    const StreamUrls urls = parsed("{\"preview_mp3_128_url\":\"https://api.soundcloud.com/c\"}");
    QCOMPARE(urls.choose(trackWith(QStringLiteral("playable")))->kind, StreamKind::PreviewMp3);
}

void TestStreamUrls::removedFieldsAreNeverUsed()
{
    const StreamUrls urls = parsed("{\"http_mp3_128_url\":\"https://api.soundcloud.com/old\","
                                   "\"hls_mp3_128_url\":\"https://api.soundcloud.com/"
                                   "old2\",\"hls_opus_64_url\":\"https://api.soundcloud.com/old3\"}");
    QVERIFY(!urls.choose(trackWith(QStringLiteral("playable"))));
    QVERIFY(!urls.choose(trackWith(QStringLiteral("preview"))));
}

void TestStreamUrls::blockedTrackHasNoStream()
{
    QVERIFY(!parsed(kAll).choose(trackWith(QStringLiteral("blocked"))));
}

void TestStreamUrls::unreadableAnswersAreErrors()
{
    QVERIFY(!StreamUrls::parse("{\"hls_aac_160_url\":").ok());
    QVERIFY(!StreamUrls::parse("[]").ok());
    QCOMPARE(StreamUrls::parse("[]").error().kind, ErrorKind::Protocol);
    // Not an http(s) URL: ignored rather than handed to the media framework.
    QVERIFY(!parsed("{\"hls_aac_160_url\":\"file:///etc/passwd\"}").choose(trackWith(QStringLiteral("playable"))));
}

void TestStreamUrls::tokenGoesToTheApiHostOnly()
{
    const QUrl api(QStringLiteral("https://api.soundcloud.com"));
    QVERIFY(AuthorizedGet::isApiUrl(api, QUrl(QStringLiteral("https://api.soundcloud.com/tracks/x/streams"))));
    QVERIFY(AuthorizedGet::isApiUrl(api, QUrl(QStringLiteral("https://api.soundcloud.com:443/tracks"))));
    QVERIFY(!AuthorizedGet::isApiUrl(api, QUrl(QStringLiteral("https://cf-hls-media.sndcdn.com/playlist.m3u8"))));
    QVERIFY(!AuthorizedGet::isApiUrl(api, QUrl(QStringLiteral("http://api.soundcloud.com/tracks"))));
    QVERIFY(!AuthorizedGet::isApiUrl(api, QUrl(QStringLiteral("https://api.soundcloud.com:8443/tracks"))));
}

WAVESHELF_TEST_GUILESS_MAIN(TestStreamUrls)
#include "tst_streamurls.moc"
