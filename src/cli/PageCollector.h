#pragma once

#include "Await.h"
#include "network/ApiClient.h"

#include <QList>
#include <QSet>
#include <QUrl>

#include <functional>

namespace waveshelf::cli {

// Follows a linked_partitioning list from its first page along next_href, as
// given, until the last page or `limit` items (0: all). A next_href already
// seen ends the list instead of looping. `parse` turns a body into a page of
// type Page, whose items are `items(page)`.
template <typename Item, typename Page>
class PageCollector final {
public:
    using Parse = std::function<Result<Page>(const QByteArray &)>;
    using Items = std::function<QList<Item> &(Page &)>;

    PageCollector(ApiClient &api, Parse parse, Items items)
        : m_api(api), m_parse(std::move(parse)), m_items(std::move(items))
    {
    }

    [[nodiscard]] Result<QList<Item>> collect(const QUrl &firstPage, int limit) const
    {
        QList<Item> all;
        QSet<QUrl> seen;
        QUrl next = firstPage;
        while (!next.isEmpty() && !seen.contains(next)) {
            seen.insert(next);
            const Result<QByteArray> body = await<QByteArray>(
                [this, next](QObject *context, std::function<void(Result<QByteArray>)> done) {
                    m_api.get(next, context, std::move(done));
                });
            if (!body.ok())
                return body.error();
            Result<Page> page = m_parse(body.value());
            if (!page.ok())
                return page.error();
            all.append(m_items(page.value()));
            if (limit > 0 && all.size() >= limit) {
                all.resize(limit);
                break;
            }
            next = page.value().nextHref;
        }
        return all;
    }

private:
    ApiClient &m_api;
    Parse m_parse;
    Items m_items;
};

}  // namespace waveshelf::cli
