#include "ArtworkLoader.h"

#include "common/LogCategories.h"
#include "common/OffThread.h"
#include "network/RemoteUrl.h"
#include "session/ArtworkCacheFolder.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPixmap>

namespace waveshelf {

namespace {

constexpr int kTransferTimeoutMs = 30000;

int costOf(const QImage &image)
{
    return int(qMax<qsizetype>(1, image.sizeInBytes() / 1024));
}

}  // namespace

ArtworkLoader::ArtworkLoader(const QString &cacheFolder, QObject *parent)
    : ArtworkLoader(cacheFolder, Limits(), parent)
{
}

ArtworkLoader::ArtworkLoader(const QString &cacheFolder, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_network(new QNetworkAccessManager(this))
    , m_images(int(qMax<qint64>(1, limits.memoryBytes / 1024)))
{
    if (!cacheFolder.isEmpty()) {
        auto *disk = new QNetworkDiskCache(m_network);
        disk->setCacheDirectory(cacheFolder);
        disk->setMaximumCacheSize(limits.diskBytes);
        m_network->setCache(disk);
        m_hasDiskCache = true;
    }
}

std::unique_ptr<ArtworkLoader> ArtworkLoader::forUser(const QString &cacheRoot, qint64 userId)
{
    const Result<QString> folder = ArtworkCacheFolder::make(cacheRoot, userId);
    if (!folder.ok())
        qCWarning(lcArtwork) << "Artwork kept in memory only:" << folder.error().detail;
    return std::make_unique<ArtworkLoader>(folder.ok() ? folder.value() : QString());
}

ArtworkLoader::~ArtworkLoader()
{
    const QList<QNetworkReply *> replies = m_inFlight.values();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

QImage ArtworkLoader::cached(const QUrl &url) const
{
    const QImage *image = m_images.object(url);
    return image ? *image : QImage();
}

QImage ArtworkLoader::image(const QUrl &url, const QObject *owner)
{
    if (const QImage *image = m_images.object(url))
        return *image;
    request(url, owner);
    return {};
}

void ArtworkLoader::request(const QUrl &url, const QObject *owner)
{
    // https, or http on this computer only (RemoteUrl): nothing local, nothing in clear elsewhere.
    if (!RemoteUrl::isAcceptable(url) || m_images.contains(url) || m_failed.contains(url))
        return;
    m_owners[url].insert(owner);
    if (m_inFlight.contains(url) || m_decoding.contains(url) || m_queue.contains(url))
        return;  // already on its way, or waiting for a slot
    m_queue.append(url);
    startMore();
}

void ArtworkLoader::retainOnly(const QObject *owner, const QSet<QUrl> &wanted)
{
    const QList<QUrl> urls = m_owners.keys();
    for (const QUrl &url : urls) {
        if (wanted.contains(url))
            continue;
        QSet<const QObject *> &owners = m_owners[url];
        if (owners.remove(owner) && owners.isEmpty())
            withdraw(url);
    }
    startMore();
    checkIdle();
}

void ArtworkLoader::withdraw(const QUrl &url)
{
    m_owners.remove(url);
    m_queue.removeOne(url);
    if (QNetworkReply *reply = m_inFlight.take(url)) {
        qCDebug(lcArtwork) << "artwork no longer shown, download aborted";
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ArtworkLoader::startMore()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_limits.maxConcurrent)
        start(m_queue.takeFirst());
}

void ArtworkLoader::start(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kTransferTimeoutMs);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_inFlight.insert(url, reply);
    connect(reply, &QNetworkReply::finished, this, [this, url, reply] { finished(url, reply); });
}

void ArtworkLoader::finished(const QUrl &url, QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_inFlight.value(url) != reply)
        return;
    m_inFlight.remove(url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
        qCInfo(lcArtwork) << "artwork not loaded; HTTP status" << status << "error" << reply->error();
        decoded(url, QImage());
        return;
    }
    m_decoding.insert(url);
    OffThread::compute<QImage>(
        [bytes = reply->readAll()]() -> Result<QImage> {
            QImage image = QImage::fromData(bytes);
            if (image.isNull())
                return Error{ErrorKind::Protocol, QString(), QStringLiteral("artwork is not an image")};
            return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        },
        this,
        [this, url](Result<QImage> image) {
            m_decoding.remove(url);
            decoded(url, image.ok() ? image.value() : QImage());
        });
    startMore();
}

void ArtworkLoader::decoded(const QUrl &url, const QImage &image)
{
    m_owners.remove(url);
    if (image.isNull()) {
        m_failed.insert(url);
        emit imageFailed(url);
    } else {
        m_images.insert(url, new QImage(image), costOf(image));
        emit imageReady(url);
    }
    startMore();
    checkIdle();
}

void ArtworkLoader::checkIdle()
{
    if (isIdle())
        emit idle();
}

QPixmap ArtworkLoader::pixmapFor(const QImage &image, QSize size, qreal devicePixelRatio)
{
    QPixmap pixmap = QPixmap::fromImage(
        image.scaled(size * devicePixelRatio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

}  // namespace waveshelf
