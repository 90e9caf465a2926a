#pragma once

#include <QUrl>

namespace waveshelf {

// SoundCloud's artwork and avatar URLs end in "-large" (100x100); other
// sizes replace that suffix. The image's extension stays as it was.
class ArtworkUrl final {
public:
    enum class Size {
        Small,   // t67x67: list rows
        Medium,  // t300x300: playlist headers, the player bar
        Large,   // t500x500: a large cover
    };

    // `url` at `size`; a URL without the "-large" suffix is returned unchanged.
    [[nodiscard]] static QUrl sized(const QUrl &url, Size size);
    // The smallest size that is at least `pixels` wide.
    [[nodiscard]] static Size fitting(int pixels);
};

}  // namespace waveshelf
