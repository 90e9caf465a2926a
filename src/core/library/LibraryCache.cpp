#include "library/LibraryCache.h"

#include "accounts/Vault.h"
#include "common/LogCategories.h"
#include "common/OffThread.h"
#include "library/CacheConnection.h"
#include "library/LibraryCacheRepository.h"
#include "library/LibraryItemCodec.h"
#include "storage/Database.h"

#include <QDataStream>
#include <QIODevice>
#include <QPointer>

#include <atomic>
#include <limits>

namespace waveshelf {

namespace {

constexpr quint8 kMetaVersion = 1;

// The sealed meta of a list.
struct ListMeta {
    quint8 itemKind = 0;
    QString key;
    QUrl nextHref;
    qint64 fetchedMs = 0;
    quint32 itemCount = 0;
    quint32 chunkCount = 0;
};

QByteArray encodeMeta(const ListMeta &meta)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMetaVersion << meta.itemKind << meta.key.toUtf8() << meta.nextHref.toEncoded() << meta.fetchedMs
        << meta.itemCount << meta.chunkCount;
    return bytes;
}

bool decodeMeta(const QByteArray &bytes, ListMeta &meta)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    QByteArray key;
    QByteArray next;
    in >> version >> meta.itemKind >> key >> next >> meta.fetchedMs >> meta.itemCount >> meta.chunkCount;
    meta.key = QString::fromUtf8(key);
    meta.nextHref = next.isEmpty() ? QUrl() : QUrl::fromEncoded(next);
    return in.status() == QDataStream::Ok && version == kMetaVersion && in.atEnd();
}

QString metaField(const QString &listId)
{
    return QStringLiteral("library/%1/meta").arg(listId);
}

QString chunkField(const QString &listId, int index)
{
    return QStringLiteral("library/%1/chunk/%2").arg(listId).arg(index);
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

}  // namespace

// What the worker's tasks share with the cache (they may outlive a call, never the cache).
struct LibraryCache::Shared {
    QString mainConnection;
    SqlDialect dialect = SqlDialect::SQLite;
    std::shared_ptr<const Vault> vault;
    std::atomic<qint64> limitBytes{kDefaultLimitBytes};

    // Runs `work` with this user's repository on a fresh connection.
    template <typename T>
    Result<T> withRepository(const std::function<Result<T>(LibraryCacheRepository &)> &work) const
    {
        CacheConnection connection(mainConnection, dialect);
        const Result<void> opened = connection.open();
        if (!opened.ok())
            return opened.error();
        LibraryCacheRepository repository(connection.database(), dialect, vault->userId());
        return work(repository);
    }
};

LibraryCache::LibraryCache(Database &db, std::shared_ptr<const Vault> vault, qint64 limitBytes, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->mainConnection = db.connection().connectionName();
    m_shared->dialect = db.dialect();
    m_shared->vault = std::move(vault);
    m_shared->limitBytes = limitBytes;
    m_worker.setMaxThreadCount(1);  // one piece of work at a time, in order
}

LibraryCache::~LibraryCache()
{
    m_worker.waitForDone();
}

qint64 LibraryCache::limitBytes() const
{
    return m_shared->limitBytes;
}

void LibraryCache::setLimitBytes(qint64 bytes)
{
    m_shared->limitBytes = qMax<qint64>(0, bytes);
}

QString LibraryCache::listId(const LibraryList &list) const
{
    return QString::fromLatin1(m_shared->vault->keyedHash(list.key().toUtf8(), QStringLiteral("library-list")).toHex());
}

template <typename Item>
void LibraryCache::read(const LibraryList &list, QObject *context, std::function<void(Result<CachedList<Item>>)> done)
{
    readRange<Item>(list, 0, std::numeric_limits<int>::max(), context, std::move(done));
}

template <typename Item>
void LibraryCache::readFirstThenRest(const LibraryList &list, QObject *context,
                                     std::function<void(Result<CachedList<Item>>)> first,
                                     std::function<void(Result<CachedList<Item>>)> rest)
{
    // Both queued at once on the one worker: no write comes between them.
    readRange<Item>(list, 0, 1, context, std::move(first));
    readRange<Item>(list, 1, std::numeric_limits<int>::max(), context, std::move(rest));
}

template <typename Item>
void LibraryCache::readRange(const LibraryList &list, int fromChunk, int toChunk, QObject *context,
                             std::function<void(Result<CachedList<Item>>)> done)
{
    OffThread::compute<CachedList<Item>>(
        [shared = m_shared, id = listId(list), key = list.key(), kind = quint8(list.items()), fromChunk,
         toChunk]() -> Result<CachedList<Item>> {
            const Result<std::optional<SealedList>> stored = shared->withRepository<std::optional<SealedList>>(
                [&](LibraryCacheRepository &repository) {
                    return repository.load(id, QDateTime::currentMSecsSinceEpoch(), fromChunk, toChunk);
                });
            if (!stored.ok())
                return stored.error();
            CachedList<Item> cached;
            if (!stored.value().has_value())
                return cached;
            const SealedList &sealed = *stored.value();
            const Result<QByteArray> metaBytes = shared->vault->open(sealed.meta, metaField(id));
            ListMeta meta;
            if (!metaBytes.ok() || !decodeMeta(metaBytes.value(), meta) || meta.key != key || meta.itemKind != kind
                || qMax<qint64>(0, qMin<qint64>(toChunk, meta.chunkCount) - fromChunk) != sealed.chunks.size()) {
                qCWarning(lcLibrary) << "a cached list did not open or does not match; ignored";
                return cached;
            }
            qint64 oldest = meta.fetchedMs;
            for (int i = 0; i < sealed.chunks.size(); ++i) {
                const SealedChunk &chunk = sealed.chunks.at(i);
                const int index = fromChunk + i;
                const Result<QByteArray> plain = chunk.index == index
                    ? shared->vault->open(chunk.sealed, chunkField(id, index))
                    : Result<QByteArray>(Error());
                if (!plain.ok() || !LibraryItemCodec::decodeInto(plain.value(), cached.items).ok()) {
                    qCWarning(lcLibrary) << "a cached chunk did not open; the list is ignored";
                    return CachedList<Item>();
                }
                oldest = qMin(oldest, chunk.fetchedMs);
            }
            const qint64 expected = qMax<qint64>(
                0, qMin<qint64>(meta.itemCount, qint64(toChunk) * kChunkItems) - qint64(fromChunk) * kChunkItems);
            if (cached.items.size() != expected)
                return CachedList<Item>();
            cached.found = true;
            cached.nextHref = meta.nextHref;
            cached.fetchedAt = utcFromMs(meta.fetchedMs);
            cached.oldestChunkAt = utcFromMs(oldest);
            return cached;
        },
        context, std::move(done), &m_worker);
}

template <typename Item>
void LibraryCache::write(const LibraryList &list, const QList<Item> &items, const QUrl &nextHref, int firstChangedRow,
                         QObject *context, std::function<void(Result<void>)> done)
{
    ListMeta meta;
    meta.itemKind = quint8(list.items());
    meta.key = list.key();
    meta.nextHref = nextHref;
    meta.itemCount = quint32(items.size());
    meta.chunkCount = quint32((items.size() + kChunkItems - 1) / kChunkItems);
    const int firstChunk = qBound(0, firstChangedRow, int(items.size())) / kChunkItems;
    OffThread::compute<void>(
        [shared = m_shared, id = listId(list), meta, items, firstChunk]() mutable -> Result<void> {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            meta.fetchedMs = now;
            QList<SealedChunk> chunks;
            for (int index = firstChunk; index < int(meta.chunkCount); ++index) {
                const QList<Item> part = items.mid(qsizetype(index) * kChunkItems, kChunkItems);
                chunks.append({index, now, shared->vault->seal(LibraryItemCodec::encode(part), chunkField(id, index))});
            }
            const QByteArray sealedMeta = shared->vault->seal(encodeMeta(meta), metaField(id));
            return shared->withRepository<void>([&](LibraryCacheRepository &repository) -> Result<void> {
                const Result<void> stored = repository.store(id, sealedMeta, firstChunk, chunks, int(meta.chunkCount),
                                                             now);
                if (!stored.ok())
                    return stored;
                const Result<int> evicted = repository.evictBeyond(shared->limitBytes, id);
                if (!evicted.ok())
                    return evicted.error();
                return {};
            });
        },
        this,
        [this, context = QPointer<QObject>(context), done = std::move(done)](Result<void> result) {
            if (!result.ok())
                qCWarning(lcLibrary) << "storing a list in the cache failed:" << result.error().detail;
            emit changed();
            if (done && context)
                done(std::move(result));
        },
        &m_worker);
}

void LibraryCache::oldestChunkAt(const LibraryList &list, QObject *context, std::function<void(Result<QDateTime>)> done)
{
    OffThread::compute<QDateTime>(
        [shared = m_shared, id = listId(list)]() -> Result<QDateTime> {
            const Result<std::optional<qint64>> oldest = shared->withRepository<std::optional<qint64>>(
                [&id](LibraryCacheRepository &repository) { return repository.oldestChunkMs(id); });
            if (!oldest.ok())
                return oldest.error();
            return oldest.value() ? utcFromMs(*oldest.value()) : QDateTime();
        },
        context, std::move(done), &m_worker);
}

void LibraryCache::totalBytes(QObject *context, std::function<void(Result<qint64>)> done)
{
    OffThread::compute<qint64>(
        [shared = m_shared] {
            return shared->withRepository<qint64>(
                [](LibraryCacheRepository &repository) { return repository.totalBytes(); });
        },
        context, std::move(done), &m_worker);
}

Result<void> LibraryCache::removeAll(const Shared &shared)
{
    const Result<void> removed = shared.withRepository<void>(
        [](LibraryCacheRepository &repository) { return repository.removeAll(); });
    if (removed.ok())
        qCInfo(lcLibrary) << "library cache cleared for user" << shared.vault->userId();
    else
        qCWarning(lcLibrary) << "clearing the library cache failed:" << removed.error().detail;
    return removed;
}

void LibraryCache::clear(QObject *context, std::function<void(Result<void>)> done)
{
    OffThread::compute<void>([shared = m_shared] { return removeAll(*shared); }, this,
                             [this, context = QPointer<QObject>(context), done = std::move(done)](Result<void> result) {
                                 emit changed();
                                 if (done && context)
                                     done(std::move(result));
                             },
                             &m_worker);
}

Result<void> LibraryCache::clearAndWait()
{
    // Queued behind the work before it, like clear(); only the waiting differs.
    auto result = std::make_shared<std::optional<Result<void>>>();
    OffThread::run([shared = m_shared, result] { result->emplace(removeAll(*shared)); }, this,
                   [this] { emit changed(); }, &m_worker);
    m_worker.waitForDone();
    return result->value_or(Result<void>(Error()));
}

template void LibraryCache::readFirstThenRest<Track>(const LibraryList &, QObject *,
                                                     std::function<void(Result<CachedList<Track>>)>,
                                                     std::function<void(Result<CachedList<Track>>)>);
template void LibraryCache::readFirstThenRest<Playlist>(const LibraryList &, QObject *,
                                                        std::function<void(Result<CachedList<Playlist>>)>,
                                                        std::function<void(Result<CachedList<Playlist>>)>);
template void LibraryCache::readFirstThenRest<SoundCloudUser>(const LibraryList &, QObject *,
                                                              std::function<void(Result<CachedList<SoundCloudUser>>)>,
                                                              std::function<void(Result<CachedList<SoundCloudUser>>)>);
template void LibraryCache::read<Track>(const LibraryList &, QObject *, std::function<void(Result<CachedList<Track>>)>);
template void LibraryCache::read<Playlist>(const LibraryList &, QObject *,
                                           std::function<void(Result<CachedList<Playlist>>)>);
template void LibraryCache::read<SoundCloudUser>(const LibraryList &, QObject *,
                                                 std::function<void(Result<CachedList<SoundCloudUser>>)>);
template void LibraryCache::write<Track>(const LibraryList &, const QList<Track> &, const QUrl &, int, QObject *,
                                         std::function<void(Result<void>)>);
template void LibraryCache::write<Playlist>(const LibraryList &, const QList<Playlist> &, const QUrl &, int, QObject *,
                                            std::function<void(Result<void>)>);
template void LibraryCache::write<SoundCloudUser>(const LibraryList &, const QList<SoundCloudUser> &, const QUrl &, int,
                                                  QObject *, std::function<void(Result<void>)>);

}  // namespace waveshelf
