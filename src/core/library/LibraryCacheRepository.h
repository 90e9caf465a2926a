#pragma once

#include "common/Result.h"
#include "storage/SqlDialect.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <limits>
#include <optional>

namespace waveshelf {

// One sealed chunk of a cached list, as stored.
struct SealedChunk {
    int index = 0;
    qint64 fetchedMs = 0;  // when its items came from SoundCloud (ms since the epoch, UTC)
    QByteArray sealed;
};

// A cached list's sealed meta and its chunks in order.
struct SealedList {
    QByteArray meta;
    QList<SealedChunk> chunks;
};

// The raw rows of one user's offline library cache (tables
// library_cache_lists and library_cache_chunks, schema 0005): ciphertext and
// hashed list ids only; LibraryCache seals and opens. Works on any connection
// to the database, so the cache's worker thread uses a clone of its own.
class LibraryCacheRepository final {
public:
    LibraryCacheRepository(const QSqlDatabase &connection, SqlDialect dialect, qint64 userId);

    // The list's meta and its chunks from `fromChunk` up to (not including)
    // `toChunk` (none: nullopt), marking it used now.
    [[nodiscard]] Result<std::optional<SealedList>> load(const QString &listId, qint64 nowMs, int fromChunk = 0,
                                                         int toChunk = std::numeric_limits<int>::max());
    // In one transaction: replaces the meta, keeps chunks below `firstChunk`,
    // replaces those from it with `chunks` (indexes firstChunk...), deletes
    // any at or beyond `chunkCount`, and records the list's size and use.
    [[nodiscard]] Result<void> store(const QString &listId, const QByteArray &meta, int firstChunk,
                                     const QList<SealedChunk> &chunks, int chunkCount, qint64 nowMs);
    [[nodiscard]] Result<void> removeList(const QString &listId);
    // When the list's oldest chunk was fetched (nullopt: not cached, or no chunks).
    [[nodiscard]] Result<std::optional<qint64>> oldestChunkMs(const QString &listId);
    // The bytes of everything this user has cached.
    [[nodiscard]] Result<qint64> totalBytes();
    // Deletes least recently used lists (never `keep`) until the total is at
    // most `limitBytes`; how many went.
    [[nodiscard]] Result<int> evictBeyond(qint64 limitBytes, const QString &keep);
    [[nodiscard]] Result<void> removeAll();
    // The same inside a write transaction the caller holds (a password change).
    [[nodiscard]] Result<void> removeAllInTransaction();

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
    qint64 m_userId;
};

}  // namespace waveshelf
