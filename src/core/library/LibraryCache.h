#pragma once

#include "common/Result.h"
#include "soundcloud/LibraryList.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

#include <functional>
#include <memory>

namespace waveshelf {

class Database;
class Vault;

// What the cache held for a list.
template <typename Item>
struct CachedList {
    bool found = false;
    QList<Item> items;
    QUrl nextHref;            // where the cached part stopped (empty: the list was complete)
    QDateTime fetchedAt;      // the last time any of it was stored
    QDateTime oldestChunkAt;  // the oldest chunk's fetch time (refresh those first)
};

// One local user's offline library: what their lists last showed, sealed with
// their vault, in the database (schema 0005).
//
// Format: a list is one row of sealed meta (format version, item kind, the
// list's key, next_href, fetch time, item and chunk counts) and its items in
// chunks of kChunkItems (LibraryItemCodec), each sealed on its own with the
// associated data ".../library/<list id>/chunk/<n>", so a chunk does not open
// for another user, list or position. The list id is a keyed BLAKE2b-256
// (hex) of LibraryList::key() under a key derived from the user's data key:
// the file does not show which playlists or people the user opened.
//
// Every read and write runs on the cache's own worker thread (one at a time,
// in order) on a clone of the database connection; results come back on the
// caller's thread through `done`, dropped if `context` goes first (nothing
// queued is dropped otherwise; the destructor lets the queue run out). The total
// per user is bounded: after a write, least recently used lists are evicted.
class LibraryCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCache)

public:
    static constexpr int kChunkItems = 500;
    static constexpr qint64 kDefaultLimitBytes = qint64(100) * 1024 * 1024;

    // The database must be a file (or a server): the worker opens its own connection to it.
    LibraryCache(Database &db, std::shared_ptr<const Vault> vault, qint64 limitBytes = kDefaultLimitBytes,
                 QObject *parent = nullptr);
    ~LibraryCache() override;  // waits for the work in flight

    // Item: Track, Playlist or SoundCloudUser (matching list.items()).
    template <typename Item>
    void read(const LibraryList &list, QObject *context, std::function<void(Result<CachedList<Item>>)> done);
    // The same in two answers, for showing rows at once: `first` with the
    // first chunk's items, then `rest` with the others (found, and empty,
    // when there are no others). Nothing is written between the two.
    template <typename Item>
    void readFirstThenRest(const LibraryList &list, QObject *context,
                           std::function<void(Result<CachedList<Item>>)> first,
                           std::function<void(Result<CachedList<Item>>)> rest);
    // Stores `items` (the whole list as loaded) and where it goes on. Chunks
    // before the one holding `firstChangedRow` are kept as stored (their fetch
    // time too). `done` may be empty.
    template <typename Item>
    void write(const LibraryList &list, const QList<Item> &items, const QUrl &nextHref, int firstChangedRow,
               QObject *context, std::function<void(Result<void>)> done);

    // When the list's oldest cached chunk was fetched (invalid: not cached), without opening it.
    void oldestChunkAt(const LibraryList &list, QObject *context, std::function<void(Result<QDateTime>)> done);
    // The bytes this user's cache takes.
    void totalBytes(QObject *context, std::function<void(Result<qint64>)> done);
    // Deletes everything this user has cached, on the worker after the work
    // queued before it: those reads and writes complete and get their answers
    // (a write's rows are then deleted with the rest); work queued after the
    // clear runs after it. `done` may be empty.
    void clear(QObject *context, std::function<void(Result<void>)> done);
    // The same, waiting for it on the caller's thread (the command line, tests;
    // the app uses the asynchronous one). Answers still go to their callbacks.
    [[nodiscard]] Result<void> clearAndWait();

    [[nodiscard]] qint64 limitBytes() const;
    void setLimitBytes(qint64 bytes);
    // The row id of a list (hex keyed hash of its key).
    [[nodiscard]] QString listId(const LibraryList &list) const;

signals:
    // Something was stored or cleared (Settings may ask totalBytes again).
    void changed();

private:
    struct Shared;

    [[nodiscard]] static Result<void> removeAll(const Shared &shared);

    // Chunks fromChunk up to (not including) toChunk.
    template <typename Item>
    void readRange(const LibraryList &list, int fromChunk, int toChunk, QObject *context,
                   std::function<void(Result<CachedList<Item>>)> done);

    Database &m_db;
    std::shared_ptr<Shared> m_shared;
    QThreadPool m_worker;
};

}  // namespace waveshelf
