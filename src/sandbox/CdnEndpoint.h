#pragma once

#include "SandboxAudio.h"
#include "SandboxReply.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace waveshelf::sandbox {

struct SandboxRequest;

// The media CDN behind the stream URLs: /cdn/<track id>/<variant>/… with a signed,
// short-lived token in the query (exp, gen, sig: an HMAC over the variant's folder,
// so one token covers a playlist and its segments, as CDN policies do).
// Variants: hls_aac_160 and hls_aac_96 (playlist.m3u8, seg<N>.ts) and
// preview_mp3_128 (preview.mp3). Like a real CDN it refuses any request that carries
// an Authorization header (400): the API token must never reach it. An expired
// token, or one issued before expireIssuedUrls(), gets 403.
class CdnEndpoint final {
public:
    static constexpr int kDefaultUrlLifetimeSeconds = 600;
    // Rounds of the 12-second tone in one HLS stream (72 s).
    static constexpr int kCycles = 6;

    CdnEndpoint();

    // A signed URL for the variant's entry file (the playlist, or the MP3).
    [[nodiscard]] QUrl signedUrl(const QUrl &baseUrl, qint64 trackId, const QString &variant) const;
    [[nodiscard]] SandboxReply handle(const SandboxRequest &request);

    void setUrlLifetime(int seconds) { m_lifetimeSeconds = seconds; }
    // Every URL handed out so far is refused from now on (a test hook: "expire now").
    void expireIssuedUrls() { ++m_generation; }
    [[nodiscard]] int authorizationRefusals() const { return m_authorizationRefusals; }
    [[nodiscard]] int expiredRefusals() const { return m_expiredRefusals; }
    void resetCounters();

    [[nodiscard]] static bool isKnownVariant(const QString &variant);

private:
    [[nodiscard]] QByteArray signature(const QString &folder, qint64 expires, int generation) const;
    [[nodiscard]] SandboxReply serve(const QString &file, const SandboxRequest &request) const;

    SandboxAudio m_audio;
    QByteArray m_secret;
    int m_lifetimeSeconds = kDefaultUrlLifetimeSeconds;
    int m_generation = 0;
    int m_authorizationRefusals = 0;
    int m_expiredRefusals = 0;
};

}  // namespace waveshelf::sandbox
