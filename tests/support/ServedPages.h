#pragma once

#include "SandboxHost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QUrlQuery>

// Scripted list pages for paging tests: the sandbox's next answers on
// /me/tracks, with the items and next_href a test wants (cycles, empty pages).
namespace waveshelf::test {

// The sandbox's next answer on /me/tracks: these tracks, then nextHref.
inline void serveTrackPage(sandbox::SandboxHost &sandbox, const QList<int> &trackIds, const QUrl &nextHref)
{
    QJsonArray items;
    for (const int id : trackIds) {
        items.append(QJsonObject{{QStringLiteral("urn"), QStringLiteral("soundcloud:tracks:%1").arg(id)},
                                 {QStringLiteral("title"), QStringLiteral("Track %1").arg(id)}});
    }
    const QJsonObject page{{QStringLiteral("collection"), items},
                           {QStringLiteral("next_href"), nextHref.toString(QUrl::FullyEncoded)}};
    sandbox::Fault fault = sandbox::Fault::withStatus(QStringLiteral("/me/tracks"), 200);
    fault.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
    fault.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    sandbox.injectFault(fault);
}

// `url` with a `cursor` parameter added, as cursor-paged lists link their pages.
inline QUrl withCursor(const QUrl &url, const QString &cursor)
{
    QUrl result = url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("cursor"), cursor);
    result.setQuery(query);
    return result;
}

}  // namespace waveshelf::test
