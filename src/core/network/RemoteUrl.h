#pragma once

#include <QUrl>

namespace waveshelf {

// Whether a URL that a server handed us (a stream's CDN redirect, artwork,
// waveform, a permalink) may be fetched or passed on: https to a named host,
// plain http only to this computer (the sandbox, as ConfigCheck allows for
// endpoints), and never with user info ("user:password@"). Anything else
// (file:, data:, another scheme, plain http elsewhere) is refused, so that a
// server cannot make Waveshelf or GStreamer open a local file or send a
// request in clear.
class RemoteUrl final {
public:
    [[nodiscard]] static bool isAcceptable(const QUrl &url);
    // `url` when acceptable, else an empty URL.
    [[nodiscard]] static QUrl acceptable(const QUrl &url) { return isAcceptable(url) ? url : QUrl(); }
};

}  // namespace waveshelf
