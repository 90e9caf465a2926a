// ArtworkLoader against the sandbox's artwork CDN: one download per image however
// many ask, the disk cache reused by the next loader of the same user, no
// Authorization header, a cap on downloads at once, withdrawn requests, and the
// user's private cache folder.

#include "ArtworkLoader.h"
#include "ArtworkTestCase.h"
#include "TestSuite.h"
#include "common/PrivatePaths.h"
#include "session/ArtworkCacheFolder.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using namespace waveshelf::test;

class TestArtworkLoader final : public ArtworkTestCase {
    Q_OBJECT

private slots:
    void loadsAnImage();
    void oneDownloadForManyWaiters();
    void diskCacheServesTheNextLoader();
    void requestsCarryNoAuthorization();
    void downloadsAtOnceAreCapped();
    void withdrawnRequestsAreDroppedOrAborted();
    void memoryCacheForgetsTheOldest();
    void cacheFolderIsPrivateAndRemovable();
};

void TestArtworkLoader::loadsAnImage()
{
    auto loader = makeLoader();
    QVERIFY(loader->hasDiskCache());
    const QUrl url = imageUrl(QStringLiteral("artworks-5-t67x67.png"));
    QSignalSpy ready(loader.get(), &ArtworkLoader::imageReady);
    QVERIFY(loader->image(url, this).isNull());  // not loaded yet: the caller shows a placeholder
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.at(0).at(0).toUrl(), url);
    const QImage image = loader->cached(url);
    QCOMPARE(image.size(), QSize(67, 67));
    QCOMPARE(loader->image(url, this), image);
    QCOMPARE(m_host->artworkRequestCount(), 1);
}

void TestArtworkLoader::oneDownloadForManyWaiters()
{
    auto loader = makeLoader();
    slowImages(300);
    const QUrl url = imageUrl(QStringLiteral("artworks-6-t67x67.png"));
    QSignalSpy ready(loader.get(), &ArtworkLoader::imageReady);
    QObject owners[5];
    for (const QObject &owner : owners)
        loader->request(url, &owner);
    QCOMPARE(loader->inFlightCount(), 1);
    QVERIFY(ready.wait(10000));
    QVERIFY(waitUntilIdle(*loader));
    QCOMPARE(ready.size(), 1);
    QCOMPARE(m_host->artworkRequestCount(url.path()), 1);
    loader->request(url, this);  // loaded: nothing more is asked
    QVERIFY(loader->isIdle());
    QCOMPARE(m_host->artworkRequestCount(), 1);
}

void TestArtworkLoader::diskCacheServesTheNextLoader()
{
    const QUrl url = imageUrl(QStringLiteral("artworks-7-t67x67.png"));
    QImage first;
    {
        auto loader = makeLoader(3);
        QSignalSpy ready(loader.get(), &ArtworkLoader::imageReady);
        loader->request(url, this);
        QVERIFY(ready.wait(10000));
        first = loader->cached(url);
    }
    QCOMPARE(m_host->artworkRequestCount(), 1);
    auto next = makeLoader(3);  // the same local user, later: same folder
    QSignalSpy ready(next.get(), &ArtworkLoader::imageReady);
    next->request(url, this);
    QVERIFY(ready.wait(10000));
    QCOMPARE(next->cached(url), first);
    QCOMPARE(m_host->artworkRequestCount(), 1);  // from the disk, not the CDN

    auto otherUser = makeLoader(4);  // another local user has a cache of their own
    QSignalSpy otherReady(otherUser.get(), &ArtworkLoader::imageReady);
    otherUser->request(url, this);
    QVERIFY(otherReady.wait(10000));
    QCOMPARE(m_host->artworkRequestCount(), 2);
}

void TestArtworkLoader::requestsCarryNoAuthorization()
{
    auto loader = makeLoader();
    QSignalSpy ready(loader.get(), &ArtworkLoader::imageReady);
    QSignalSpy failed(loader.get(), &ArtworkLoader::imageFailed);
    for (int id = 20; id < 24; ++id)
        loader->request(imageUrl(QStringLiteral("artworks-%1-t67x67.png").arg(id)), this);
    QVERIFY(waitUntilIdle(*loader));
    QCOMPARE(ready.size(), 4);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_host->artworkRefusedCount(), 0);

    // The sandbox does refuse a request with the header, so the loader's passed without one.
    QNetworkAccessManager network;
    QNetworkRequest withToken(imageUrl(QStringLiteral("artworks-20-t67x67.png")));
    withToken.setRawHeader("Authorization", "OAuth 2-000-not-a-real-token");
    QNetworkReply *reply = network.get(withToken);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(m_host->artworkRefusedCount(), 1);
    delete reply;

    // And a refused or missing image is reported once, not asked for again and again.
    const QUrl missing = imageUrl(QStringLiteral("artworks-1-unknown.png"));
    loader->request(missing, this);
    QVERIFY(failed.wait(10000));
    loader->request(missing, this);
    QVERIFY(loader->isIdle());
    QCOMPARE(m_host->artworkRequestCount(missing.path()), 1);
}

void TestArtworkLoader::downloadsAtOnceAreCapped()
{
    auto loader = makeLoader();
    slowImages(200);
    const int cap = loader->limits().maxConcurrent;
    QSignalSpy ready(loader.get(), &ArtworkLoader::imageReady);
    for (int id = 1; id <= cap + 5; ++id)
        loader->request(imageUrl(QStringLiteral("artworks-%1-t67x67.png").arg(id)), this);
    QCOMPARE(loader->inFlightCount(), cap);
    QCOMPARE(loader->queuedCount(), 5);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), cap + 5, 15000);
    QCOMPARE(m_host->artworkRequestCount(), cap + 5);
}

void TestArtworkLoader::withdrawnRequestsAreDroppedOrAborted()
{
    auto loader = makeLoader();
    slowImages(400);
    const int cap = loader->limits().maxConcurrent;
    QObject view;
    QObject otherView;
    QList<QUrl> urls;
    for (int id = 1; id <= cap + 4; ++id)
        urls.append(imageUrl(QStringLiteral("artworks-%1-t67x67.png").arg(id)));
    for (const QUrl &url : urls)
        loader->request(url, &view);
    loader->request(urls.last(), &otherView);  // queued, but another view wants it too
    QCOMPARE(loader->queuedCount(), 4);

    loader->retainOnly(&view, {urls.first()});
    QVERIFY(loader->cached(urls.first()).isNull());
    QCOMPARE(loader->inFlightCount(), 2);  // the first one, and the other view's (started in a free slot)
    QCOMPARE(loader->queuedCount(), 0);
    QSignalSpy ready(loader.get(), &ArtworkLoader::imageReady);
    QVERIFY(waitUntilIdle(*loader));
    QCOMPARE(ready.size(), 2);
    QVERIFY(!loader->cached(urls.first()).isNull());
    QVERIFY(!loader->cached(urls.last()).isNull());
    QVERIFY(loader->cached(urls.at(1)).isNull());
    // Never-started downloads did not reach the CDN.
    QVERIFY(m_host->artworkRequestCount() <= cap + 1);
    QCOMPARE(m_host->artworkRequestCount(urls.at(cap).path()), 0);
}

void TestArtworkLoader::memoryCacheForgetsTheOldest()
{
    ArtworkLoader::Limits limits;
    limits.memoryBytes = 3 * 67 * 67 * 4 + 1024;  // three small thumbnails
    ArtworkLoader loader(QString(), limits);
    QList<QUrl> urls;
    for (int id = 1; id <= 5; ++id) {
        urls.append(imageUrl(QStringLiteral("artworks-%1-t67x67.png").arg(id)));
        loader.request(urls.last(), this);
        QVERIFY(waitUntilIdle(loader));
        QVERIFY(!loader.cached(urls.last()).isNull());
    }
    QVERIFY(loader.cached(urls.first()).isNull());
    QVERIFY(!loader.cached(urls.last()).isNull());
}

void TestArtworkLoader::cacheFolderIsPrivateAndRemovable()
{
    const QString folder = ArtworkCacheFolder::path(cacheRoot(), 9);
    {
        auto loader = makeLoader(9);
        QCOMPARE(PrivatePaths::inspect(folder).verdict, PrivatePaths::Verdict::Private);
        QCOMPARE(PrivatePaths::inspect(cacheRoot()).verdict, PrivatePaths::Verdict::Private);
        QSignalSpy ready(loader.get(), &ArtworkLoader::imageReady);
        loader->request(imageUrl(QStringLiteral("artworks-9-t67x67.png")), this);
        QVERIFY(ready.wait(10000));
    }
    QVERIFY(!QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot));
    QVERIFY(ArtworkCacheFolder::remove(cacheRoot(), 9));
    QVERIFY(!QDir(folder).exists());
    QVERIFY(ArtworkCacheFolder::remove(cacheRoot(), 9));  // nothing left: still fine
    QVERIFY(ArtworkCacheFolder::defaultRoot().endsWith(QStringLiteral("/artwork")));
}

WAVESHELF_TEST_MAIN(TestArtworkLoader)
#include "tst_artworkloader.moc"
