#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace waveshelf {

struct Track;

// Which of a track's streams is played.
enum class StreamKind {
    HlsAac160,   // AAC 160 kbit/s over HLS: the full track, preferred
    HlsAac96,    // AAC 96 kbit/s over HLS: the full track, fallback
    PreviewMp3,  // a 30-second MP3 preview
};

// The chosen stream: its API URL (needs the OAuth header, redirects to the CDN).
struct StreamChoice {
    QUrl url;
    StreamKind kind = StreamKind::HlsAac160;

    [[nodiscard]] bool isPreview() const { return kind == StreamKind::PreviewMp3; }
};

// The answer of GET /tracks/{urn}/streams. Only the AAC HLS and preview fields are
// read: SoundCloud removed http_mp3_128_url, hls_mp3_128_url and hls_opus_64_url
// at the end of 2025, so they are never used even when present.
struct StreamUrls {
    Q_DECLARE_TR_FUNCTIONS(StreamUrls)

public:
    QUrl hlsAac160;
    QUrl hlsAac96;
    QUrl previewMp3;

    [[nodiscard]] static Result<StreamUrls> parse(const QByteArray &json);

    // hls_aac_160 > hls_aac_96 for a track that plays in full; the preview for a
    // preview track, or when SoundCloud offers nothing else; nothing for a blocked
    // track or when no usable URL is offered.
    [[nodiscard]] std::optional<StreamChoice> choose(const Track &track) const;
};

}  // namespace waveshelf
