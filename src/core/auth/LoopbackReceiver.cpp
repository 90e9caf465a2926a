#include "auth/LoopbackReceiver.h"

#include "auth/LoopbackAnswer.h"
#include "auth/LoopbackListener.h"
#include "auth/RedirectParser.h"
#include "common/LogCategories.h"

#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>

namespace waveshelf {

namespace {

// RFC 9110 token characters, enough to tell a method from garbage.
bool isMethodToken(const QByteArray &method)
{
    if (method.isEmpty() || method.size() > 16)
        return false;
    for (const char c : method) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_'))
            return false;
    }
    return true;
}

// An origin-form request target: "/" then visible ASCII only.
bool isOriginForm(const QByteArray &target)
{
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        if (c < 0x21 || c > 0x7E)
            return false;
    }
    return true;
}

}  // namespace

LoopbackReceiver::LoopbackReceiver(const QUrl &redirectUri, const QByteArray &expectedState, QObject *parent)
    : QObject(parent)
    , m_redirectUri(redirectUri)
    , m_expectedState(expectedState)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kDefaultTimeout);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        const int minutes = static_cast<int>(
            std::chrono::duration_cast<std::chrono::minutes>(m_timeout.intervalAsDuration()).count());
        qCInfo(lcAuth) << "stopped waiting for the web browser: timed out";
        finishWithError(
            Error{ErrorKind::Cancelled,
                  minutes >= 1 ? tr("Waveshelf stopped waiting for your web browser after %n minute(s). Nothing was "
                                    "changed; start again when you are ready.",
                                    nullptr, minutes)
                               : tr("Waveshelf stopped waiting for your web browser. Nothing was changed; start again "
                                    "when you are ready."),
                  QStringLiteral("loopback receiver timed out")});
    });
}

LoopbackReceiver::~LoopbackReceiver()
{
    // Close the port now; no signal from a receiver that is going away.
    const QList<QTcpSocket *> sockets = m_buffers.keys();
    m_buffers.clear();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
    delete m_listener;
}

void LoopbackReceiver::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout.setInterval(timeout);
}

void LoopbackReceiver::setConnectionTimeout(std::chrono::milliseconds timeout)
{
    m_connectionTimeout = timeout;
}

Result<quint16> LoopbackReceiver::loopbackPort(const QUrl &redirectUri)
{
    const QString shown = redirectUri.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!redirectUri.isValid() || redirectUri.scheme() != QLatin1String("http")) {
        return Error{ErrorKind::InvalidInput,
                     tr("Signing in with your web browser needs a redirect URI of the form "
                        "http://127.0.0.1:PORT/callback, but it is set to %1. Change it in File → Settings "
                        "(and in your SoundCloud app).")
                         .arg(shown),
                     QStringLiteral("redirect URI is not plain http")};
    }
    const QString host = redirectUri.host();
    if (host != QLatin1String("127.0.0.1") && host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0) {
        return Error{ErrorKind::InvalidInput,
                     tr("Signing in with your web browser needs a redirect URI on this computer "
                        "(http://127.0.0.1:PORT/…), but it points to %1. Change it in File → Settings "
                        "(and in your SoundCloud app).")
                         .arg(host),
                     QStringLiteral("redirect URI host is not loopback")};
    }
    const int port = redirectUri.port();
    if (port <= 0 || port > 65535) {
        return Error{ErrorKind::InvalidInput,
                     tr("The redirect URI %1 has no port number; Waveshelf needs one (for example "
                        "http://127.0.0.1:8765/callback) to receive the answer from your web browser.")
                         .arg(shown),
                     QStringLiteral("redirect URI without port")};
    }
    return static_cast<quint16>(port);
}

Result<void> LoopbackReceiver::start()
{
    if (m_stage != Stage::Idle)
        return Error{ErrorKind::InvalidInput, tr("Waveshelf is already waiting for your web browser."),
                     QStringLiteral("loopback receiver started twice")};
    const Result<quint16> port = loopbackPort(m_redirectUri);
    if (!port.ok())
        return port.error();
    if (m_expectedState.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("This sign-in attempt cannot be checked; please start again."),
                     QStringLiteral("loopback receiver without expected state")};

    auto listener = std::make_unique<LoopbackListener>();
    const bool localhost = m_redirectUri.host().compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
    if (!listener->listen(port.value(), localhost, kMaxConnections)) {
        const QString detail = listener->errorString();
        qCWarning(lcAuth) << "loopback receiver:" << detail;
        if (listener->error() == QAbstractSocket::AddressInUseError) {
            return Error{ErrorKind::Unreachable,
                         tr("Another program is using port %1 on this computer, so Waveshelf cannot receive "
                            "the answer from your web browser. Close that program and try again, or change the "
                            "redirect URI in File → Settings (and in your SoundCloud app) to another port.")
                             .arg(port.value()),
                         detail};
        }
        return Error{ErrorKind::Unreachable,
                     tr("Waveshelf could not listen on port %1 on this computer to receive the answer from your "
                        "web browser. Try again, or change the redirect URI in File → Settings.")
                         .arg(port.value()),
                     detail};
    }
    m_listener = listener.release();
    m_listener->setParent(this);
    connect(m_listener, &LoopbackListener::connected, this, &LoopbackReceiver::onNewConnection);
    m_stage = Stage::Listening;
    m_timeout.start();
    qCInfo(lcAuth) << "waiting for the web browser on" << m_listener->addresses() << "port" << m_listener->serverPort();
    return {};
}

void LoopbackReceiver::cancel()
{
    if (m_stage != Stage::Listening)
        return;
    qCInfo(lcAuth) << "stopped waiting for the web browser: cancelled";
    finishWithError(Error{ErrorKind::Cancelled,
                          tr("You cancelled signing in with your web browser. Nothing was changed."),
                          QStringLiteral("loopback receiver cancelled")});
}

bool LoopbackReceiver::isListening() const
{
    return m_listener && m_listener->isListening();
}

QHostAddress LoopbackReceiver::serverAddress() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 LoopbackReceiver::serverPort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void LoopbackReceiver::onNewConnection(QTcpSocket *socket)
{
    if (m_stage != Stage::Listening) {
        drop(socket);
        return;
    }
    if (m_buffers.size() >= kMaxConnections)
        makeRoom();
    m_buffers.insert(socket, QByteArray());
    m_arrival.append(socket);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
    // A client that connects and says nothing (or never reads its answer) is dropped.
    QTimer::singleShot(m_connectionTimeout, socket, [this, socket] {
        if (m_buffers.contains(socket))
            qCDebug(lcAuth) << "loopback receiver: dropped a connection that sent no request in time";
        drop(socket);
    });
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

// Full: the oldest connection that has sent nothing goes (idle ones cannot
// lock the browser out), or else the oldest of all.
void LoopbackReceiver::makeRoom()
{
    const auto idle = std::find_if(m_arrival.cbegin(), m_arrival.cend(),
                                   [this](QTcpSocket *socket) { return m_buffers.value(socket).isEmpty(); });
    if (QTcpSocket *victim = idle != m_arrival.cend() ? *idle : m_arrival.value(0)) {
        qCDebug(lcAuth) << "loopback receiver: too many connections; dropped the oldest idle one";
        drop(victim);
    }
}

void LoopbackReceiver::onReadyRead(QTcpSocket *socket)
{
    const auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;  // answered already; anything more is ignored
    QByteArray &buffer = it.value();
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());
    qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        end = buffer.indexOf("\n\n");
    if (end < 0 || end > kMaxRequestBytes) {
        if (buffer.size() > kMaxRequestBytes) {
            m_buffers.erase(it);
            m_arrival.removeOne(socket);
            qCDebug(lcAuth) << "loopback receiver: request too long";
            respond(socket,
                    Answer{431, QByteArrayLiteral("Request Header Fields Too Large"), tr("Request too large"),
                           tr("Request too large"), tr("This request is too large."), false});
        }
        return;
    }
    const QByteArray head = buffer.left(end);
    m_buffers.erase(it);
    m_arrival.removeOne(socket);

    QUrl redirect;
    respond(socket, answerRequest(head, &redirect));
    if (redirect.isEmpty())
        return;
    qCInfo(lcAuth) << "received the answer from the web browser; stopped listening";
    stopListening();
    emit redirectReceived(redirect);  // last: a receiver may delete us
}

LoopbackReceiver::Answer LoopbackReceiver::answerRequest(const QByteArray &head, QUrl *redirect) const
{
    const qsizetype lineEnd = head.indexOf('\n');
    QByteArray line = lineEnd < 0 ? head : head.left(lineEnd);
    if (line.endsWith('\r'))
        line.chop(1);
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isMethodToken(parts.at(0)) || !isOriginForm(parts.at(1))
        || (parts.at(2) != "HTTP/1.1" && parts.at(2) != "HTTP/1.0")) {
        qCDebug(lcAuth) << "loopback receiver: answered 400 to a malformed request";
        return Answer{400,
                      QByteArrayLiteral("Bad Request"),
                      tr("Bad request"),
                      tr("Bad request"),
                      tr("Waveshelf could not read this request."),
                      false};
    }
    const QByteArray &method = parts.at(0);
    const bool headOnly = method == "HEAD";
    const QByteArray origin = m_redirectUri
                                  .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                            | QUrl::RemoveFragment)
                                  .toEncoded();
    const QUrl url = QUrl::fromEncoded(origin + parts.at(1), QUrl::StrictMode);
    if (!url.isValid() || url.hasFragment() || !RedirectParser::matches(url, m_redirectUri)) {
        qCDebug(lcAuth) << "loopback receiver: answered 404 to a request for another address";
        return Answer{404,
                      QByteArrayLiteral("Not Found"),
                      tr("Not found"),
                      tr("Not found"),
                      tr("There is nothing at this address."),
                      headOnly};
    }
    if (method != "GET") {
        qCDebug(lcAuth) << "loopback receiver: answered 405 to a" << method << "request";
        return Answer{405,
                      QByteArrayLiteral("Method Not Allowed"),
                      tr("Not allowed"),
                      tr("Not allowed"),
                      tr("This address only answers GET requests."),
                      headOnly};
    }
    bool endsFlow = false;
    Answer answer = pageFor(url, &endsFlow);
    if (endsFlow)
        *redirect = url;
    return answer;
}

LoopbackReceiver::Answer LoopbackReceiver::pageFor(const QUrl &redirect, bool *endsFlow) const
{
    const QUrlQuery query(redirect);
    if (!query.hasQueryItem(QStringLiteral("code")) && !query.hasQueryItem(QStringLiteral("error"))) {
        qCDebug(lcAuth) << "loopback receiver: answered 400 to a request without code or error";
        return Answer{400,
                      QByteArrayLiteral("Bad Request"),
                      tr("Waveshelf"),
                      tr("Nothing to do here"),
                      tr("This address only receives SoundCloud's answer for Waveshelf."),
                      false};
    }
    const Result<QString> parsed = RedirectParser::parse(redirect, m_expectedState);
    if (parsed.ok()) {
        *endsFlow = true;
        return Answer{200,
                      QByteArrayLiteral("OK"),
                      tr("Signed in — Waveshelf"),
                      tr("You can close this tab and return to Waveshelf."),
                      tr("Waveshelf received SoundCloud's answer and is finishing the connection."),
                      false};
    }
    switch (parsed.error().kind) {
    case ErrorKind::StateMismatch:
        // Not the attempt we wait for (an old tab, or a forged request): keep waiting.
        qCInfo(lcAuth) << "loopback receiver: ignored an answer for another sign-in attempt:" << parsed.error().detail;
        return Answer{400,
                      QByteArrayLiteral("Bad Request"),
                      tr("Waveshelf"),
                      tr("This sign-in answer is out of date"),
                      tr("It does not belong to the sign-in Waveshelf is waiting for. Return to Waveshelf and "
                         "continue from there."),
                      false};
    case ErrorKind::AccessDenied:
        *endsFlow = true;
        return Answer{200,
                      QByteArrayLiteral("OK"),
                      tr("Declined — Waveshelf"),
                      tr("You declined the connection"),
                      tr("Nothing was changed. You can close this tab and return to Waveshelf."),
                      false};
    default:
        *endsFlow = true;
        return Answer{400,
                      QByteArrayLiteral("Bad Request"),
                      tr("Not connected — Waveshelf"),
                      tr("SoundCloud did not approve the sign-in"),
                      tr("You can close this tab and return to Waveshelf to try again."),
                      false};
    }
}

void LoopbackReceiver::respond(QTcpSocket *socket, const Answer &answer)
{
    const QByteArray response = answer.toHttpResponse();

    // One request per connection: further input is ignored, the socket goes once closed.
    socket->disconnect(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(response);
    socket->flush();
    socket->disconnectFromHost();
}

void LoopbackReceiver::drop(QTcpSocket *socket)
{
    m_buffers.remove(socket);
    m_arrival.removeOne(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void LoopbackReceiver::stopListening()
{
    m_stage = Stage::Done;
    m_timeout.stop();
    if (m_listener)
        m_listener->close();
    const QList<QTcpSocket *> pending = m_buffers.keys();
    for (QTcpSocket *socket : pending)
        drop(socket);  // forgets it too
}

void LoopbackReceiver::finishWithError(const Error &error)
{
    if (m_stage != Stage::Listening)
        return;
    stopListening();
    emit failed(error);  // last: a receiver may delete us
}

}  // namespace waveshelf
