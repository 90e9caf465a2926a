#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;

namespace waveshelf {

// The refresh answers on their way through one network manager. Once a
// refresh token is sent, SoundCloud may already have retired it: the answer
// carries the only live one, so a process that is told to stop (window
// closed, quit, SIGINT/SIGTERM through ShutdownSignals) first waits a little
// for these answers and lets them be committed (TokenSession does that in the
// answer's callback). TokenClient::refresh registers each request; it counts
// until its callback has run or its receiver is gone.
//
// One per QNetworkAccessManager, owned by it (a child object): whoever owns
// the network manager owns this, so there is no global. While any answer is
// pending it holds off a command line's Ctrl+C (ShutdownSignals::hold()).
class PendingRefreshes final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingRefreshes)

public:
    // How long a stopping process waits for refresh answers: longer than an
    // answer normally takes, short enough that nobody reaches for kill -9.
    static constexpr std::chrono::milliseconds kShutdownWait = std::chrono::seconds(5);

    // The registry of `network`, made on first use.
    [[nodiscard]] static PendingRefreshes &of(QNetworkAccessManager &network);
    ~PendingRefreshes() override;

    // `receiver` gets a refresh answer; it counts until finished(receiver) or
    // until it is destroyed.
    void add(QObject *receiver);
    void finished(QObject *receiver);
    [[nodiscard]] int count() const;

    // Runs the event loop until no answer is pending or `timeout` passed;
    // true when none is pending.
    [[nodiscard]] bool waitUntilDone(std::chrono::milliseconds timeout) const;

    // For a command-line process told to stop: waits (kShutdownWait at most)
    // for the refresh answers of `network`, then ends the process with
    // `exitCode` without unwinding (the answers are committed by then).
    [[noreturn]] static void waitThenExit(QNetworkAccessManager &network, int exitCode);

signals:
    void allDone();

private:
    explicit PendingRefreshes(QObject *parent);
    void prune();

    QList<QPointer<QObject>> m_receivers;
    bool m_holding = false;  // a ShutdownSignals::hold() while any is pending
};

}  // namespace waveshelf
