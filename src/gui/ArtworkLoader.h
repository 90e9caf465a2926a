#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace waveshelf {

// Loads artwork thumbnails for one local user, for views that ask as they paint.
// Its own QNetworkAccessManager (never ApiClient: artwork comes from a CDN and
// its requests carry no Authorization header and no cookies) with a
// QNetworkDiskCache in the user's ArtworkCacheFolder, so answers SoundCloud's
// CDN marks cacheable are reused across sessions. Decoded images are kept in an
// in-memory LRU. One download per URL however many rows wait on it, at most
// `maxConcurrent` at a time, decoded off the GUI thread.
//
// Each request names its owner (a view); retainOnly(owner, urls) forgets what
// that owner no longer shows: queued downloads nobody wants are dropped and
// downloads in flight are aborted.
class ArtworkLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtworkLoader)

public:
    struct Limits {
        int maxConcurrent = 4;
        qint64 memoryBytes = 16LL * 1024 * 1024;  // decoded images kept
        qint64 diskBytes = 64LL * 1024 * 1024;    // the disk cache's size
    };

    // cacheFolder: the user's ArtworkCacheFolder (made owner-only); empty: memory only.
    explicit ArtworkLoader(const QString &cacheFolder, QObject *parent = nullptr);
    ArtworkLoader(const QString &cacheFolder, const Limits &limits, QObject *parent = nullptr);
    // Makes <cacheRoot>/user-<id> (ArtworkCacheFolder) and loads through it; if the
    // folder cannot be made private, the loader keeps images in memory only.
    [[nodiscard]] static std::unique_ptr<ArtworkLoader> forUser(const QString &cacheRoot, qint64 userId);
    ~ArtworkLoader() override;

    // The decoded image, or a null image (then nothing is requested).
    [[nodiscard]] QImage cached(const QUrl &url) const;
    // `image` scaled to show at `size` on a screen of `devicePixelRatio` (high-DPI: the
    // screen's pixels, not the widget's).
    [[nodiscard]] static QPixmap pixmapFor(const QImage &image, QSize size, qreal devicePixelRatio);
    // The decoded image if it is loaded; otherwise a null image, and `url` is
    // downloaded unless it already is on its way (imageReady follows).
    [[nodiscard]] QImage image(const QUrl &url, const QObject *owner);
    void request(const QUrl &url, const QObject *owner);
    // `owner` only wants these now: its other requests are withdrawn.
    void retainOnly(const QObject *owner, const QSet<QUrl> &wanted);

    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }
    [[nodiscard]] int inFlightCount() const { return int(m_inFlight.size()); }
    [[nodiscard]] bool isIdle() const { return m_queue.isEmpty() && m_inFlight.isEmpty() && m_decoding.isEmpty(); }
    [[nodiscard]] const Limits &limits() const { return m_limits; }
    [[nodiscard]] bool hasDiskCache() const { return m_hasDiskCache; }

signals:
    void imageReady(const QUrl &url);
    void imageFailed(const QUrl &url);
    // Nothing queued or in flight any more.
    void idle();

private:
    void startMore();
    void start(const QUrl &url);
    void finished(const QUrl &url, QNetworkReply *reply);
    void decoded(const QUrl &url, const QImage &image);
    void withdraw(const QUrl &url);
    void checkIdle();

    Limits m_limits;
    QNetworkAccessManager *m_network;
    bool m_hasDiskCache = false;
    QCache<QUrl, QImage> m_images;  // cost: KiB
    QHash<QUrl, QSet<const QObject *>> m_owners;
    QList<QUrl> m_queue;  // waiting for a free slot, oldest first
    QHash<QUrl, QNetworkReply *> m_inFlight;
    QSet<QUrl> m_decoding;
    QSet<QUrl> m_failed;
};

}  // namespace waveshelf
