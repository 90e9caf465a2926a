#pragma once

#include "common/Error.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QTcpSocket;

namespace waveshelf {

struct LoopbackAnswer;

class LoopbackListener;

// The loopback end of "Sign in with your web browser" (RFC 8252): listens on
// 127.0.0.1 (and [::1] for a "localhost" redirect URI; never any other
// address, see LoopbackListener) at the redirect URI's port until the system
// browser comes back with the authorization answer.
//
// Only `GET <exact redirect path>?…` carrying `code` or `error` with the
// expected `state` ends the wait: the browser gets a small page (never echoing
// the code or state), redirectReceived() carries the full URL, and the port is
// closed. Anything else (/favicon.ico, other paths, other methods, garbage,
// over-long or silent requests, a wrong state) gets a 4xx answer or is dropped
// and the wait goes on, so a stray or forged request cannot end the flow.
// Idle connections cannot block it: one that sends nothing is dropped after a
// few seconds, and with kMaxConnections open the oldest idle one (else the
// oldest) makes room for the new one.
// State is checked by RedirectParser here to pick that answer; ConnectFlow
// checks it again when it reads the code.
//
// cancel() and the timeout end the wait with failed(). Exactly one of
// redirectReceived() and failed() is emitted, once, after the port is closed.
// Deleting the receiver closes the port and emits nothing.
class LoopbackReceiver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackReceiver)

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::minutes(5);
    static constexpr std::chrono::milliseconds kDefaultConnectionTimeout = std::chrono::seconds(3);
    // Request line and headers together; a longer request is answered 431.
    static constexpr int kMaxRequestBytes = 8 * 1024;
    static constexpr int kMaxConnections = 16;

    // expectedState: the state of the connect attempt (AuthorizationRequest::state).
    LoopbackReceiver(const QUrl &redirectUri, const QByteArray &expectedState, QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // How long to wait for the browser in all (default 5 minutes) and for
    // one connection to send its request (default 10 s). Set before start().
    void setTimeout(std::chrono::milliseconds timeout);
    void setConnectionTimeout(std::chrono::milliseconds timeout);

    // Starts listening. InvalidInput for a redirect URI that is not
    // http://127.0.0.1:PORT/… (or localhost); Unreachable when the port is taken.
    [[nodiscard]] Result<void> start();
    // Stops waiting: the port is closed and failed(Cancelled) is emitted.
    // Does nothing unless listening.
    void cancel();

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QHostAddress serverAddress() const;
    [[nodiscard]] quint16 serverPort() const;

    // The port to listen on, or why this redirect URI cannot be received on loopback.
    [[nodiscard]] static Result<quint16> loopbackPort(const QUrl &redirectUri);

signals:
    void redirectReceived(const QUrl &url);
    void failed(const waveshelf::Error &error);

private:
    enum class Stage {
        Idle,
        Listening,
        Done
    };
    using Answer = LoopbackAnswer;

    void onNewConnection(QTcpSocket *socket);
    void makeRoom();
    void onReadyRead(QTcpSocket *socket);
    [[nodiscard]] Answer answerRequest(const QByteArray &head, QUrl *redirect) const;
    [[nodiscard]] Answer pageFor(const QUrl &redirect, bool *endsFlow) const;
    void respond(QTcpSocket *socket, const Answer &answer);
    void drop(QTcpSocket *socket);
    void stopListening();
    void finishWithError(const Error &error);

    QUrl m_redirectUri;
    QByteArray m_expectedState;
    std::chrono::milliseconds m_connectionTimeout = kDefaultConnectionTimeout;
    LoopbackListener *m_listener = nullptr;
    QTimer m_timeout;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_arrival;  // the sockets of m_buffers, oldest first
    Stage m_stage = Stage::Idle;
};

}  // namespace waveshelf
