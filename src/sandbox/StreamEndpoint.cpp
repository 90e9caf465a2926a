#include "StreamEndpoint.h"

#include "ApiEndpoint.h"
#include "CdnEndpoint.h"
#include "SandboxData.h"
#include "SandboxRequest.h"

#include <QJsonObject>
#include <QStringList>

namespace waveshelf::sandbox {

namespace {

const QString kUrnPrefix = QStringLiteral("soundcloud:tracks:");

// ["", "tracks", urn, "streams"(, variant)]
QStringList pathParts(const QString &path)
{
    return path.split(u'/');
}

}  // namespace

StreamEndpoint::StreamEndpoint(const SandboxData &data, const ApiEndpoint &api, const CdnEndpoint &cdn)
    : m_data(data)
    , m_api(api)
    , m_cdn(cdn)
{
}

bool StreamEndpoint::isStreamPath(const QString &path)
{
    const QStringList parts = pathParts(path);
    return (parts.size() == 4 || parts.size() == 5) && parts.at(0).isEmpty() && parts.at(1) == QLatin1String("tracks")
        && parts.at(3) == QLatin1String("streams");
}

SandboxReply StreamEndpoint::handle(const SandboxRequest &request, const QUrl &baseUrl) const
{
    if (!m_api.authenticate(request))
        return SandboxReply::apiError(401);
    const QStringList parts = pathParts(request.path);
    const QString urn = parts.value(2);
    bool ok = false;
    const qint64 id = urn.startsWith(kUrnPrefix) ? urn.mid(kUrnPrefix.size()).toLongLong(&ok) : 0;
    const SandboxTrack *track = ok ? m_data.track(id) : nullptr;
    if (!track)
        return SandboxReply::apiError(404);
    if (track->access == QLatin1String("blocked"))
        return SandboxReply::apiError(403, QStringLiteral("This track is not available in your country."));
    const bool playable = track->access == QLatin1String("playable");
    if (parts.size() == 4) {
        const QString api = baseUrl.toString() + request.path + u'/';
        QJsonObject urls;
        if (playable) {
            urls.insert(QStringLiteral("hls_aac_160_url"), QString(api + QStringLiteral("hls_aac_160")));
            urls.insert(QStringLiteral("hls_aac_96_url"), QString(api + QStringLiteral("hls_aac_96")));
        }
        urls.insert(QStringLiteral("preview_mp3_128_url"), QString(api + QStringLiteral("preview_mp3_128")));
        return SandboxReply::json(urls);
    }
    const QString variant = parts.at(4);
    if (!CdnEndpoint::isKnownVariant(variant))
        return SandboxReply::apiError(404);
    if (!playable && variant != QLatin1String("preview_mp3_128"))
        return SandboxReply::apiError(403, QStringLiteral("Only a preview of this track can be streamed."));
    return SandboxReply::redirect(m_cdn.signedUrl(baseUrl, id, variant));
}

}  // namespace waveshelf::sandbox
