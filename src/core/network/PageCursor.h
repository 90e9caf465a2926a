#pragma once

#include "network/PageCursorBase.h"

#include <QList>

#include <functional>
#include <utility>

namespace waveshelf {

// Walks a SoundCloud list page by page along next_href (linked
// partitioning), one page at a time, through ApiClient::get: the one pager
// behind every list model and every CLI listing. Item is what the list holds
// (Track, Playlist...); any page type works that has a `QUrl nextHref` and a
// QList<Item> member, read by a parser such as ApiJson::parseTrackPage:
//
//     PageCursor<Track> tracks(api, &ApiJson::parseTrackPage, &TrackPage::tracks);
//     tracks.restart(api.listUrl(QStringLiteral("/me/tracks")));
//     tracks.fetchMore(this, [this](Result<QList<Track>> page) { ... });
//
// Every fetch delivers one result to `done`, unless `context` (or the cursor)
// is destroyed first, or cancel()/restart() is called; then the request is
// aborted (or its reading dropped). Pages are read on the global thread pool
// (the parser must be a plain function of the body); `done` runs on the
// caller's thread. A failed page (network, HTTP, unreadable body) keeps the position:
// fetching again retries it.
template <typename Item>
class PageCursor final : public PageCursorBase {
public:
    using Items = QList<Item>;
    using Callback = std::function<void(Result<QList<Item>>)>;

    template <typename Parse, typename Page>
    PageCursor(ApiClient &api, Parse parse, QList<Item> Page::*items)
        : PageCursorBase(api)
        , m_read([parse = std::move(parse), items](const QByteArray &body) -> Result<Chunk> {
            Result<Page> page = parse(body);
            if (!page.ok())
                return page.error();
            return Chunk{std::move(page.value().*items), page.value().nextHref};
        })
    {
    }

    // The items of the next page. At the end: none, at once.
    void fetchNext(QObject *context, Callback done)
    {
        if (atEnd()) {
            done(Items{});
            return;
        }
        fetchAndRead<Chunk>(context, m_read, [this, done = std::move(done)](Result<Chunk> chunk) {
            if (!chunk.ok()) {
                done(chunk.error());
                return;
            }
            advance(chunk.value().nextHref, chunk.value().items.isEmpty());
            done(std::move(chunk.value().items));
        });
    }

    // As fetchNext(), but an empty page (cursor lists have them) is followed
    // by the next one on its own, up to kMaxEmptyPagesInRow in a row: what an
    // incremental view's fetchMore() wants.
    void fetchMore(QObject *context, Callback done)
    {
        fetchNext(context, [this, context, done = std::move(done)](Result<Items> items) mutable {
            if (items.ok() && items.value().isEmpty() && followsEmptyPage()) {
                fetchMore(context, std::move(done));
                return;
            }
            done(std::move(items));
        });
    }

    // Every item from here to the end, or the first `limit` of them (0: all).
    // A failed page fails the whole (the position stays at that page).
    void collect(int limit, QObject *context, Callback done) { collectInto({}, limit, context, std::move(done)); }

private:
    struct Chunk {
        Items items;
        QUrl nextHref;
    };

    void collectInto(Items soFar, int limit, QObject *context, Callback done)
    {
        if (atEnd() || (limit > 0 && soFar.size() >= limit)) {
            if (limit > 0 && soFar.size() > limit)
                soFar.resize(limit);
            done(std::move(soFar));
            return;
        }
        fetchNext(
            context,
            [this, soFar = std::move(soFar), limit, context, done = std::move(done)](Result<Items> items) mutable {
                if (!items.ok()) {
                    done(items.error());
                    return;
                }
                soFar.append(std::move(items.value()));
                collectInto(std::move(soFar), limit, context, std::move(done));
            });
    }

    std::function<Result<Chunk>(const QByteArray &)> m_read;
};

}  // namespace waveshelf
