#pragma once

#include "StreamUrls.h"
#include "common/Result.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace waveshelf {

class TokenSession;
struct HttpReply;
struct Track;

// A stream ready for the media framework: the short-lived CDN URL alone (no token).
struct ResolvedStream {
    QUrl cdnUrl;
    StreamKind kind = StreamKind::HlsAac160;

    [[nodiscard]] bool isPreview() const { return kind == StreamKind::PreviewMp3; }
};

// Turns a track into a CDN URL the player may fetch without credentials:
//  1. GET /tracks/{urn}/streams with the OAuth header (refresh + replay on a 401);
//  2. choose hls_aac_160 > hls_aac_96 > preview_mp3_128 (StreamUrls::choose);
//  3. GET that URL with the OAuth header WITHOUT following its redirect, and keep only
//     the Location: the token is sent to the API host only, never to the CDN.
// Two API requests per call; callers resolve once per play (not per segment or seek),
// since stream requests count against SoundCloud's daily limit.
class StreamResolver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamResolver)

public:
    using Done = std::function<void(Result<ResolvedStream>)>;

    StreamResolver(QNetworkAccessManager &network, TokenSession &tokens, const QUrl &apiBase,
                   QObject *parent = nullptr);

    // `done` runs once, unless `context` is destroyed first (then the requests are aborted).
    void resolve(const Track &track, QObject *context, Done done);

    [[nodiscard]] QUrl streamsUrl(const QString &trackUrn) const;
    // How many resolutions were started (each costs SoundCloud stream requests).
    [[nodiscard]] int resolutionCount() const { return m_resolutions; }

private:
    void followToCdn(const Track &track, const StreamChoice &choice, QObject *context, Done done);
    [[nodiscard]] static Error refusal(const Track &track, const HttpReply &answer);

    QNetworkAccessManager &m_network;
    TokenSession &m_tokens;
    QUrl m_apiBase;
    int m_resolutions = 0;
};

}  // namespace waveshelf
