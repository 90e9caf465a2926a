#include "common/ShutdownSignals.h"

#include "common/LogCategories.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <iterator>
#endif

namespace waveshelf {

#ifdef Q_OS_UNIX
namespace {

constexpr int kSignals[] = {SIGINT, SIGTERM};
// What the handler may touch: the write end of the installed object's pipe,
// whether it always defers, and how many holds are live. Process-wide by
// nature, like the signal handler itself.
std::atomic<int> g_writeEnd{-1};
std::atomic<bool> g_alwaysDefer{true};
std::atomic<int> g_holds{0};
struct sigaction g_previous[std::size(kSignals)]{};

// Async-signal-safe: one byte into the pipe, errno kept; or, when nothing
// needs the process to wait, the previous disposition, raised again.
extern "C" void onShutdownSignal(int signalNumber)
{
    const int savedErrno = errno;
    const int fd = g_writeEnd.load();
    if (fd >= 0 && (g_alwaysDefer.load() || g_holds.load() > 0)) {
        const char byte = static_cast<char>(signalNumber);
        (void)!::write(fd, &byte, 1);
    } else {
        for (std::size_t i = 0; i < std::size(kSignals); ++i) {
            if (kSignals[i] == signalNumber)
                ::sigaction(signalNumber, &g_previous[i], nullptr);
        }
        ::raise(signalNumber);
    }
    errno = savedErrno;
}

bool makePipe(int fds[2])
{
    if (::pipe(fds) != 0)
        return false;
    for (int i = 0; i < 2; ++i) {
        ::fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        ::fcntl(fds[i], F_SETFL, ::fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    }
    return true;
}

}  // namespace
#endif

void ShutdownSignals::hold()
{
#ifdef Q_OS_UNIX
    g_holds.fetch_add(1);
#endif
}

void ShutdownSignals::release()
{
#ifdef Q_OS_UNIX
    g_holds.fetch_sub(1);
#endif
}

ShutdownSignals::ShutdownSignals(Policy policy, QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_writeEnd.load() >= 0) {
        qCWarning(lcConfig) << "shutdown signals are already handled by another object";
        return;
    }
    if (!makePipe(m_pipe)) {
        qCWarning(lcConfig) << "cannot watch for shutdown signals: no pipe";
        return;
    }
    m_notifier = new QSocketNotifier(m_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::readPipe);
    g_alwaysDefer.store(policy == Policy::Always);
    g_writeEnd.store(m_pipe[1]);
    struct sigaction action {};
    action.sa_handler = onShutdownSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &action, &g_previous[i]);
#else
    Q_UNUSED(policy)
#endif
}

ShutdownSignals::~ShutdownSignals()
{
#ifdef Q_OS_UNIX
    if (!m_notifier)
        return;
    for (std::size_t i = 0; i < std::size(kSignals); ++i)
        ::sigaction(kSignals[i], &g_previous[i], nullptr);
    g_writeEnd.store(-1);
    delete m_notifier;
    ::close(m_pipe[0]);
    ::close(m_pipe[1]);
#endif
}

void ShutdownSignals::readPipe()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    while (::read(m_pipe[0], &byte, 1) == 1) {
        if (m_received++ > 0) {
            // Asked twice: stop at once, the way the signal always does.
            ::signal(byte, SIG_DFL);
            ::raise(byte);
            return;
        }
        qCInfo(lcConfig) << "received signal" << int(byte) << "; finishing up";
        emit received(int(byte));
    }
#endif
}

}  // namespace waveshelf
