#pragma once

#include <QtGlobal>

namespace waveshelf::cli {

// Turns off echo on the terminal behind standard input for as long as it
// lives (POSIX termios; SetConsoleMode on Windows), so a typed password is
// not shown. Echo comes back in the destructor, and also when the process is
// interrupted (Ctrl-C, SIGTERM, SIGHUP) while echo is off. One at a time.
class TerminalEchoOff final {
    Q_DISABLE_COPY_MOVE(TerminalEchoOff)

public:
    TerminalEchoOff();
    ~TerminalEchoOff();

    // False when standard input is not a terminal (nothing was changed).
    [[nodiscard]] bool isActive() const { return m_active; }

    [[nodiscard]] static bool stdinIsTerminal();

private:
    bool m_active = false;
};

}  // namespace waveshelf::cli
