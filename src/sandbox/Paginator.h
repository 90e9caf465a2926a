#pragma once

#include "SandboxReply.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace waveshelf::sandbox {

struct SandboxRequest;

// SoundCloud-style lists: `limit` (default 50, at most 200); with
// linked_partitioning=true a {"collection":[…],"next_href":…} page whose next_href
// carries the request's other parameters and where the next page starts: an opaque
// `cursor` (likes, feeds, most lists) or an `offset` (followings, searches); without
// it a bare JSON array (the deprecated form).
class Paginator final {
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 200;

    enum class Style {
        Cursor,
        Offset
    };
    using ItemAt = std::function<QJsonObject(qsizetype index)>;

    [[nodiscard]] static SandboxReply page(const SandboxRequest &request, const QUrl &baseUrl, qsizetype total,
                                           const ItemAt &itemAt, Style style = Style::Cursor);

    [[nodiscard]] static QString encodeCursor(qsizetype offset);
    // -1 when the cursor is not one of ours.
    [[nodiscard]] static qsizetype decodeCursor(const QString &cursor);
};

}  // namespace waveshelf::sandbox
