#pragma once

class QLabel;

namespace waveshelf {

// How an inline error looks (login, Settings, the first-run guide, password change):
// a framed note in the palette's tooltip colours, so it stands out in light and
// dark themes alike without a colour of its own.
class ErrorLabelStyle final {
public:
    static void apply(QLabel *label);
};

}  // namespace waveshelf
