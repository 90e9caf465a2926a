#pragma once

#include <QObject>

class QSocketNotifier;

namespace waveshelf {

// Turns SIGINT (Ctrl+C) and SIGTERM into a Qt signal, so that a process can
// finish what must not be lost (a refresh answer on its way, see
// PendingRefreshes) before it exits. The handler only writes the signal
// number to a pipe (the self-pipe pattern); received() is emitted from the
// event loop. With Policy::WhileHeld (a command-line process, which may be
// blocked outside the event loop, reading a password) a signal is deferred
// only while something holds the process (hold()/release()); otherwise it acts
// as before (the previous handler, by default: the process ends). The same
// signal a second time ends the process at once.
// One object at a time per process (the handler needs one pipe); the previous
// handlers come back when it is destroyed. POSIX only; elsewhere it installs
// nothing.
class ShutdownSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    enum class Policy {
        Always,
        WhileHeld
    };

    explicit ShutdownSignals(Policy policy = Policy::Always, QObject *parent = nullptr);
    ~ShutdownSignals() override;

    [[nodiscard]] bool isInstalled() const { return m_notifier != nullptr; }

    // Something that must finish before the process ends starts / is done
    // (counted; async-signal-safe to read from the handler).
    static void hold();
    static void release();

    // The conventional exit code of a process ended by `signalNumber` (128 + n).
    [[nodiscard]] static constexpr int exitCodeFor(int signalNumber) { return 128 + signalNumber; }

signals:
    void received(int signalNumber);

private:
    void readPipe();

    QSocketNotifier *m_notifier = nullptr;
    int m_pipe[2] = {-1, -1};
    int m_received = 0;
};

}  // namespace waveshelf
