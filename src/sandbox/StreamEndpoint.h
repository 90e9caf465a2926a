#pragma once

#include "SandboxReply.h"

#include <QUrl>

namespace waveshelf::sandbox {

class ApiEndpoint;
class CdnEndpoint;
class SandboxData;
struct SandboxRequest;

// SoundCloud's stream API: GET /tracks/{urn}/streams (OAuth header) answers the
// track's stream URLs: hls_aac_160_url and hls_aac_96_url for a playable track,
// preview_mp3_128_url for every track that is not blocked (the only one for a
// preview track); none of the removed MP3/Opus fields. Each URL is
// /tracks/{urn}/streams/<variant>, which also needs the OAuth header and answers
// 302 to a short-lived signed CDN URL (CdnEndpoint). A blocked track gets 403, an
// unknown one 404, a variant the track does not offer 403.
class StreamEndpoint final {
public:
    StreamEndpoint(const SandboxData &data, const ApiEndpoint &api, const CdnEndpoint &cdn);

    // Whether `path` is /tracks/{urn}/streams or /tracks/{urn}/streams/<variant>.
    [[nodiscard]] static bool isStreamPath(const QString &path);
    [[nodiscard]] SandboxReply handle(const SandboxRequest &request, const QUrl &baseUrl) const;

private:
    const SandboxData &m_data;
    const ApiEndpoint &m_api;
    const CdnEndpoint &m_cdn;
};

}  // namespace waveshelf::sandbox
