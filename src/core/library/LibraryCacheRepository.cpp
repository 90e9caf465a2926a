#include "library/LibraryCacheRepository.h"

#include "common/LogCategories.h"
#include "storage/SqlError.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf {

namespace {

// Prepares `sql`, binds `values` in order and runs it; an error names `what`.
Result<void> run(QSqlQuery &query, const QString &sql, const QVariantList &values, const char *what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storage::databaseError(query.lastError(), what);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!storage::execLogged(query, what))
        return storage::databaseError(query.lastError(), what);
    return {};
}

}  // namespace

LibraryCacheRepository::LibraryCacheRepository(const QSqlDatabase &connection, SqlDialect dialect, qint64 userId)
    : m_db(connection)
    , m_dialect(dialect)
    , m_userId(userId)
{
}

Result<std::optional<SealedList>> LibraryCacheRepository::load(const QString &listId, qint64 nowMs, int fromChunk,
                                                               int toChunk)
{
    QSqlQuery query(m_db);
    Result<void> ran = run(
        query, QStringLiteral("UPDATE library_cache_lists SET used_ms = ? WHERE user_id = ? AND list_id = ?"),
        {nowMs, m_userId, listId}, "marking a cached list used");
    if (!ran.ok())
        return ran.error();
    if (query.numRowsAffected() == 0)
        return std::optional<SealedList>();
    SealedList list;
    ran = run(query, QStringLiteral("SELECT meta_enc FROM library_cache_lists WHERE user_id = ? AND list_id = ?"),
              {m_userId, listId}, "reading a cached list");
    if (!ran.ok())
        return ran.error();
    if (!query.next())
        return std::optional<SealedList>();
    list.meta = query.value(0).toByteArray();
    ran = run(query,
              QStringLiteral("SELECT chunk_index, fetched_ms, chunk_enc FROM library_cache_chunks "
                             "WHERE user_id = ? AND list_id = ? AND chunk_index >= ? AND chunk_index < ? "
                             "ORDER BY chunk_index"),
              {m_userId, listId, fromChunk, toChunk}, "reading a cached list's chunks");
    if (!ran.ok())
        return ran.error();
    while (query.next())
        list.chunks.append({query.value(0).toInt(), query.value(1).toLongLong(), query.value(2).toByteArray()});
    return std::optional<SealedList>(std::move(list));
}

Result<void> LibraryCacheRepository::store(const QString &listId, const QByteArray &meta, int firstChunk,
                                           const QList<SealedChunk> &chunks, int chunkCount, qint64 nowMs)
{
    WriteTransaction transaction(m_db, m_dialect);
    Result<void> step = transaction.begin("storing a cached list");
    if (!step.ok())
        return step;
    QSqlQuery query(m_db);
    step = run(query,
               QStringLiteral("INSERT INTO library_cache_lists (user_id, list_id, meta_enc, used_ms, bytes) "
                              "VALUES (?, ?, ?, ?, 0) ON CONFLICT (user_id, list_id) DO UPDATE SET "
                              "meta_enc = excluded.meta_enc, used_ms = excluded.used_ms"),
               {m_userId, listId, meta, nowMs}, "storing a cached list");
    if (!step.ok())
        return step;
    step = run(query,
               QStringLiteral("DELETE FROM library_cache_chunks WHERE user_id = ? AND list_id = ? "
                              "AND chunk_index >= ?"),
               {m_userId, listId, qMin(firstChunk, chunkCount)}, "replacing a cached list's chunks");
    if (!step.ok())
        return step;
    if (!query.prepare(QStringLiteral("INSERT INTO library_cache_chunks "
                                      "(user_id, list_id, chunk_index, fetched_ms, chunk_enc) VALUES (?, ?, ?, ?, ?)")))
        return storage::databaseError(query.lastError(), "storing a cached chunk");
    for (const SealedChunk &chunk : chunks) {
        query.addBindValue(m_userId);
        query.addBindValue(listId);
        query.addBindValue(chunk.index);
        query.addBindValue(chunk.fetchedMs);
        query.addBindValue(chunk.sealed);
        if (!storage::execLogged(query, "storing a cached chunk"))
            return storage::databaseError(query.lastError(), "storing a cached chunk");
    }
    step = run(query,
               QStringLiteral("UPDATE library_cache_lists SET bytes = LENGTH(meta_enc) + COALESCE((SELECT "
                              "SUM(LENGTH(chunk_enc)) FROM library_cache_chunks c WHERE c.user_id = ? AND "
                              "c.list_id = ?), 0) WHERE user_id = ? AND list_id = ?"),
               {m_userId, listId, m_userId, listId}, "sizing a cached list");
    if (!step.ok())
        return step;
    return transaction.commit();
}

Result<void> LibraryCacheRepository::removeList(const QString &listId)
{
    WriteTransaction transaction(m_db, m_dialect);
    Result<void> step = transaction.begin("removing a cached list");
    if (!step.ok())
        return step;
    QSqlQuery query(m_db);
    for (const char *table : {"library_cache_chunks", "library_cache_lists"}) {
        step = run(query, QStringLiteral("DELETE FROM %1 WHERE user_id = ? AND list_id = ?").arg(QLatin1String(table)),
                   {m_userId, listId}, "removing a cached list");
        if (!step.ok())
            return step;
    }
    return transaction.commit();
}

Result<std::optional<qint64>> LibraryCacheRepository::oldestChunkMs(const QString &listId)
{
    QSqlQuery query(m_db);
    const Result<void> ran = run(
        query, QStringLiteral("SELECT MIN(fetched_ms) FROM library_cache_chunks WHERE user_id = ? AND list_id = ?"),
        {m_userId, listId}, "dating a cached list");
    if (!ran.ok())
        return ran.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<qint64> LibraryCacheRepository::totalBytes()
{
    QSqlQuery query(m_db);
    const Result<void> ran = run(
        query, QStringLiteral("SELECT COALESCE(SUM(bytes), 0) FROM library_cache_lists WHERE user_id = ?"), {m_userId},
        "sizing the library cache");
    if (!ran.ok())
        return ran.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Result<int> LibraryCacheRepository::evictBeyond(qint64 limitBytes, const QString &keep)
{
    Result<qint64> total = totalBytes();
    if (!total.ok())
        return total.error();
    if (total.value() <= limitBytes)
        return 0;
    QSqlQuery query(m_db);
    const Result<void> ran = run(query,
                                 QStringLiteral("SELECT list_id, bytes FROM library_cache_lists WHERE user_id = ? "
                                                "AND list_id <> ? ORDER BY used_ms, list_id"),
                                 {m_userId, keep}, "choosing cached lists to evict");
    if (!ran.ok())
        return ran.error();
    QStringList victims;
    qint64 remaining = total.value();
    while (remaining > limitBytes && query.next()) {
        victims.append(query.value(0).toString());
        remaining -= query.value(1).toLongLong();
    }
    query.finish();
    for (const QString &victim : std::as_const(victims)) {
        const Result<void> removed = removeList(victim);
        if (!removed.ok())
            return removed.error();
    }
    qCInfo(lcLibrary) << "library cache over its limit: evicted" << victims.size() << "lists";
    return int(victims.size());
}

Result<void> LibraryCacheRepository::removeAll()
{
    WriteTransaction transaction(m_db, m_dialect);
    Result<void> step = transaction.begin("clearing the library cache");
    if (!step.ok())
        return step;
    step = removeAllInTransaction();
    if (!step.ok())
        return step;
    return transaction.commit();
}

Result<void> LibraryCacheRepository::removeAllInTransaction()
{
    QSqlQuery query(m_db);
    for (const char *table : {"library_cache_chunks", "library_cache_lists"}) {
        const Result<void> step = run(query,
                                      QStringLiteral("DELETE FROM %1 WHERE user_id = ?").arg(QLatin1String(table)),
                                      {m_userId}, "clearing the library cache");
        if (!step.ok())
            return step;
    }
    return {};
}

}  // namespace waveshelf
