#pragma once

#include <QString>

namespace waveshelf::cli {

// Text from a server (a SoundCloud username, a title, an error body) made safe
// for a terminal: C0 and C1 control characters (escape sequences, carriage
// returns, backspaces), DEL and the bidirectional formatting characters are
// removed, so that a name cannot rewrite or reorder what the terminal shows.
// Line breaks and tabs stay unless `singleLine`, which turns them into spaces.
class TerminalText final {
public:
    [[nodiscard]] static QString safe(const QString &text, bool singleLine = false);
};

}  // namespace waveshelf::cli
