#pragma once

#include "common/OffThread.h"
#include "common/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

namespace waveshelf {

class ApiClient;

// What every PageCursor<Item> shares, whatever its items: the position in a
// linked_partitioning list (the page to load next, the pages loaded since
// restart()), the one page in flight, and the run of empty pages.
//
// next_href is followed exactly as SoundCloud gives it. The list ends when it
// is absent, or when it points back to a page already loaded (a cycle, which
// through empty pages would go on with nobody asking).
class PageCursorBase {
public:
    // fetchMore() follows empty pages on its own, but only this many in a row;
    // after that each call loads one page.
    static constexpr int kMaxEmptyPagesInRow = 10;

    // Starts over at `firstPage` (an empty URL: at the end); drops a page in flight.
    void restart(const QUrl &firstPage);
    // Drops the page in flight, if any (its callback never runs). The position
    // stays: the next fetch asks for the same page.
    void cancel();

    [[nodiscard]] bool atEnd() const { return m_next.isEmpty(); }
    // The page the next fetch asks for (empty at the end).
    [[nodiscard]] const QUrl &nextPage() const { return m_next; }
    [[nodiscard]] bool isFetching() const { return !m_request.isNull(); }
    // True when the list ended because next_href pointed back to a page already loaded.
    [[nodiscard]] bool endedInCycle() const { return m_endedInCycle; }

protected:
    explicit PageCursorBase(ApiClient &api);
    ~PageCursorBase();
    Q_DISABLE_COPY_MOVE(PageCursorBase)

    // GETs nextPage(), reads its body with `read` on the global thread pool
    // (a 200-item page is too much JSON for the GUI thread) and hands what it
    // read to `done` on the caller's thread, unless `context` or this cursor
    // is destroyed, or cancel() or restart() is called, first. The page is in
    // flight until `done` runs; a page already in flight is dropped: one page
    // at a time. `read` runs on another thread: it must own what it uses.
    template <typename T>
    void fetchAndRead(QObject *context, std::function<Result<T>(const QByteArray &)> read,
                      std::function<void(Result<T>)> done)
    {
        fetchBody(
            context,
            [this, read = std::move(read), done = std::move(done)](Result<QByteArray> body, QObject *request) mutable {
                if (!body.ok()) {
                    endFetch();
                    done(body.error());
                    return;
                }
                OffThread::compute<T>([read = std::move(read), bytes = std::move(body).value()] { return read(bytes); },
                                      request,
                                      [this, done = std::move(done)](Result<T> value) {
                                          endFetch();
                                          done(std::move(value));
                                      });
            });
    }
    // The page just fetched was read: it counts as loaded, and the cursor
    // moves to `nextHref` (or to the end, on a cycle).
    void advance(const QUrl &nextHref, bool pageWasEmpty);
    // After an empty page: whether fetchMore() goes on by itself.
    [[nodiscard]] bool followsEmptyPage() const;

private:
    // GETs nextPage() and hands the answer to `done` with the page's request
    // context, which stays (the page in flight) until endFetch().
    void fetchBody(QObject *context, std::function<void(Result<QByteArray>, QObject *request)> done);
    // The page in flight is over (its answer is being handed out).
    void endFetch();

    ApiClient &m_api;
    QUrl m_next;
    QSet<QUrl> m_loaded;
    // The page in flight's context for ApiClient: a child of the caller's
    // context, so it goes when the caller goes, and deleted to cancel.
    QPointer<QObject> m_request;
    int m_emptyPagesInRow = 0;
    bool m_endedInCycle = false;
};

}  // namespace waveshelf
