#pragma once

#include <QByteArray>
#include <QString>

namespace waveshelf::sandbox {

// A small PNG for the sandbox's avatar and artwork URLs, so a client shows real
// pictures without reaching a CDN. The colour follows the name; the size follows
// SoundCloud's size token ("-large" 100 px, "-t500x500" 500 px, "-small" 32 px…).
class PlaceholderImage final {
public:
    [[nodiscard]] static QByteArray png(const QString &name);
    [[nodiscard]] static QByteArray encodePng(int width, int height, const QByteArray &rgb);
};

}  // namespace waveshelf::sandbox
