#pragma once

#include "Await.h"
#include "network/PageCursor.h"

#include <QList>
#include <QUrl>

#include <functional>
#include <utility>

namespace waveshelf::cli {

// A whole list for the command line: the core's PageCursor from `firstPage`
// to the last page (next_href as given; a cycle ends the list), or to
// `limit` items (0: all), waited for in a local event loop.
template <typename Item>
class PageCollector final {
public:
    template <typename Parse, typename Page>
    PageCollector(ApiClient &api, Parse parse, QList<Item> Page::*items)
        : m_cursor(api, std::move(parse), items)
    {
    }

    [[nodiscard]] Result<QList<Item>> collect(const QUrl &firstPage, int limit)
    {
        m_cursor.restart(firstPage);
        return await<QList<Item>>([this, limit](QObject *context, std::function<void(Result<QList<Item>>)> done) {
            m_cursor.collect(limit, context, std::move(done));
        });
    }

private:
    PageCursor<Item> m_cursor;
};

}  // namespace waveshelf::cli
