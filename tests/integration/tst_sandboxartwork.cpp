// The sandbox's artwork "CDN" (/images/…) over loopback: a PNG per id at the size its
// suffix names, cacheable answers (Cache-Control, ETag, 304), no Authorization
// header accepted, and the request counters tests rely on.

#include "ArtworkEndpoint.h"
#include "SandboxTestCase.h"
#include "TestSuite.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

namespace {

// Width and height from a PNG's IHDR chunk.
QSize pngSize(const QByteArray &png)
{
    if (!png.startsWith("\x89PNG\r\n\x1a\n") || png.size() < 24 || png.mid(12, 4) != "IHDR")
        return {};
    return {int(qFromBigEndian<quint32>(png.constData() + 16)), int(qFromBigEndian<quint32>(png.constData() + 20))};
}

}  // namespace

class TestSandboxArtwork final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void sizeFollowsTheSuffix_data();
    void sizeFollowsTheSuffix();
    void idsHaveTheirOwnImage();
    void answersAreCacheable();
    void ifNoneMatchGivesNotModified();
    void authorizationHeaderIsRefused();
    void unknownNamesAreNotFound();
    void requestsAreCountedPerPathAndInTotal();
};

void TestSandboxArtwork::sizeFollowsTheSuffix_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QSize>("size");
    QTest::newRow("large") << QStringLiteral("large") << QSize(100, 100);
    QTest::newRow("t67x67") << QStringLiteral("t67x67") << QSize(67, 67);
    QTest::newRow("t300x300") << QStringLiteral("t300x300") << QSize(300, 300);
    QTest::newRow("t500x500") << QStringLiteral("t500x500") << QSize(500, 500);
}

void TestSandboxArtwork::sizeFollowsTheSuffix()
{
    QFETCH(QString, suffix);
    QFETCH(QSize, size);
    const HttpResult image = m_app.get(url(QStringLiteral("/images/artworks-42-%1.png").arg(suffix)));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), QByteArrayLiteral("image/png"));
    QCOMPARE(pngSize(image.body), size);
}

void TestSandboxArtwork::idsHaveTheirOwnImage()
{
    const HttpResult first = m_app.get(url(QStringLiteral("/images/artworks-1-t67x67.png")));
    const HttpResult second = m_app.get(url(QStringLiteral("/images/artworks-2-t67x67.png")));
    const HttpResult again = m_app.get(url(QStringLiteral("/images/artworks-1-t67x67.png")));
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QVERIFY(first.body != second.body);
    QCOMPARE(again.body, first.body);
}

void TestSandboxArtwork::answersAreCacheable()
{
    const QString name = QStringLiteral("artworks-7-t300x300.png");
    const HttpResult image = m_app.get(url(QStringLiteral("/images/") + name));
    QCOMPARE(image.status, 200);
    QVERIFY(image.header("Cache-Control").contains("max-age="));
    QVERIFY(!image.header("Cache-Control").contains("no-store"));
    QCOMPARE(image.header("ETag"), ArtworkEndpoint::etagFor(name));
}

void TestSandboxArtwork::ifNoneMatchGivesNotModified()
{
    const QString name = QStringLiteral("artworks-8-t67x67.png");
    QNetworkAccessManager network;
    QNetworkRequest request(url(QStringLiteral("/images/") + name));
    request.setRawHeader("If-None-Match", ArtworkEndpoint::etagFor(name));
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(15000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 304);
    QVERIFY(reply->readAll().isEmpty());
    reply->deleteLater();
}

void TestSandboxArtwork::authorizationHeaderIsRefused()
{
    const QString path = QStringLiteral("/images/artworks-9-t67x67.png");
    const HttpResult refused = m_app.get(url(path), QByteArrayLiteral("OAuth 2-123-some-token"));
    QCOMPARE(refused.status, 400);
    QVERIFY(!refused.body.startsWith("\x89PNG"));
    QCOMPARE(m_host->artworkRefusedCount(), 1);
    QCOMPARE(m_app.get(url(path)).status, 200);
    QCOMPARE(m_host->artworkRefusedCount(), 1);
    QCOMPARE(m_host->artworkRequestCount(path), 2);
}

void TestSandboxArtwork::unknownNamesAreNotFound()
{
    QCOMPARE(m_app.get(url(QStringLiteral("/images/artworks-1-huge.png"))).status, 404);
    QCOMPARE(m_app.get(url(QStringLiteral("/images/secrets.txt"))).status, 404);
}

void TestSandboxArtwork::requestsAreCountedPerPathAndInTotal()
{
    const QString a = QStringLiteral("/images/artworks-11-t67x67.png");
    const QString b = QStringLiteral("/images/artworks-12-t67x67.png");
    QCOMPARE(m_host->artworkRequestCount(), 0);
    QCOMPARE(m_app.get(url(a)).status, 200);
    QCOMPARE(m_app.get(url(a)).status, 200);
    QCOMPARE(m_app.get(url(b)).status, 200);
    QCOMPARE(m_host->artworkRequestCount(a), 2);
    QCOMPARE(m_host->artworkRequestCount(b), 1);
    QCOMPARE(m_host->artworkRequestCount(), 3);
    QCOMPARE(m_host->requestCount(a), 2);
    m_host->resetCounters();
    QCOMPARE(m_host->artworkRequestCount(), 0);
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxArtwork)
#include "tst_sandboxartwork.moc"
