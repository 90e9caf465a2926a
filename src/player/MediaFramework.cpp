#include "MediaFramework.h"

#include "common/LogCategories.h"

#include <QtGlobal>

namespace waveshelf {

namespace {

constexpr const char *kRankVariable = "GST_PLUGIN_FEATURE_RANK";

}  // namespace

QByteArray MediaFramework::featureRanks(QByteArrayView existing)
{
    const QByteArray ours = kFeatureRanks.toByteArray();
    if (existing.isEmpty())
        return ours;
    const QByteArray oursThenMore = ours + ',';
    if (existing == kFeatureRanks || existing.startsWith(oursThenMore))
        return existing.toByteArray();
    return oursThenMore + existing.toByteArray();
}

void MediaFramework::prepare()
{
    const QByteArray existing = qgetenv(kRankVariable);
    const QByteArray ranks = featureRanks(existing);
    if (ranks == existing)
        return;
    qputenv(kRankVariable, ranks);
    qCDebug(lcPlayer) << "GStreamer prefers curlhttpsrc, faad and mpg123 where installed (GST_PLUGIN_FEATURE_RANK"
                      << ranks << ")";
}

}  // namespace waveshelf
