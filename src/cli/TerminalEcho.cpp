#include "TerminalEcho.h"

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>

#include <cstdio>
#else
#include <csignal>
#include <iterator>
#include <termios.h>
#include <unistd.h>
#endif

namespace waveshelf::cli {

#if defined(Q_OS_WIN)

namespace {
DWORD g_savedMode = 0;
}  // namespace

bool TerminalEchoOff::stdinIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

TerminalEchoOff::TerminalEchoOff()
{
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    if (input == INVALID_HANDLE_VALUE || !GetConsoleMode(input, &g_savedMode))
        return;
    m_active = SetConsoleMode(input, g_savedMode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
}

TerminalEchoOff::~TerminalEchoOff()
{
    if (m_active)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), g_savedMode);
}

#else

namespace {

struct termios g_saved {};
volatile std::sig_atomic_t g_echoIsOff = 0;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
struct sigaction g_previous[std::size(kSignals)]{};

// Async-signal-safe: restore the terminal, then die of the signal as usual.
extern "C" void restoreEchoAndReraise(int signalNumber)
{
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    signal(signalNumber, SIG_DFL);
    raise(signalNumber);
}

}  // namespace

bool TerminalEchoOff::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) != 0;
}

TerminalEchoOff::TerminalEchoOff()
{
    if (!stdinIsTerminal() || tcgetattr(STDIN_FILENO, &g_saved) != 0)
        return;
    struct sigaction action {};
    action.sa_handler = restoreEchoAndReraise;
    sigemptyset(&action.sa_mask);
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        sigaction(kSignals[i], &action, &g_previous[i]);

    struct termios quiet = g_saved;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    g_echoIsOff = 1;
    if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0) {
        m_active = true;
        return;
    }
    g_echoIsOff = 0;
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        sigaction(kSignals[i], &g_previous[i], nullptr);
}

TerminalEchoOff::~TerminalEchoOff()
{
    if (!m_active)
        return;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    g_echoIsOff = 0;
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        sigaction(kSignals[i], &g_previous[i], nullptr);
}

#endif

}  // namespace waveshelf::cli
