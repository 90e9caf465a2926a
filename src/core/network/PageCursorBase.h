#pragma once

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

    // GETs nextPage() and hands the answer to `done`, unless `context` or
    // this cursor is destroyed, or cancel() or restart() is called, first.
    // A page already in flight is dropped: one page at a time.
    void fetchBody(QObject *context, std::function<void(Result<QByteArray>)> done);
    // The page just fetched was read: it counts as loaded, and the cursor
    // moves to `nextHref` (or to the end, on a cycle).
    void advance(const QUrl &nextHref, bool pageWasEmpty);
    // After an empty page: whether fetchMore() goes on by itself.
    [[nodiscard]] bool followsEmptyPage() const;

private:
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
