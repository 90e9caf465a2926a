// The loopback end of "Sign in with your web browser": real sockets on
// 127.0.0.1, with QNetworkAccessManager and raw QTcpSockets as the browser.

#include "auth/LoopbackReceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace waveshelf;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10'000;
const QByteArray kState = QByteArrayLiteral("expected-state-Zq8");
const QByteArray kCode = QByteArrayLiteral("the-secret-code-51xK");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();  // closed again when probe goes
}

QUrl redirectUriFor(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
}

// Sends raw bytes as one client and returns everything the receiver answers
// until it closes the connection (empty if it never answers).
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(kWaitMs))
        return {};
    socket.write(request);
    QByteArray answer;
    const bool closed = QTest::qWaitFor(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        kWaitMs);
    answer += socket.readAll();
    return closed ? answer : QByteArray("never closed");
}

int statusOf(const QByteArray &answer)
{
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> parts = answer.left(answer.indexOf("\r\n")).split(' ');
    return parts.size() >= 2 && parts.at(0) == "HTTP/1.1" ? parts.at(1).toInt() : -1;
}

QByteArray bodyOf(const QByteArray &answer)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : answer.mid(end + 4);
}

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: test\r\nAccept: */*\r\n\r\n";
}

QByteArray goodTarget()
{
    return "/callback?code=" + kCode + "&state=" + kState;
}

bool portIsClosed(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool settled = QTest::qWaitFor(
        [&] {
            return socket.state() == QAbstractSocket::UnconnectedState
                || socket.state() == QAbstractSocket::ConnectedState;
        },
        kWaitMs);
    return settled && socket.state() == QAbstractSocket::UnconnectedState
        && socket.error() == QAbstractSocket::ConnectionRefusedError;
}

}  // namespace

class TestLoopbackReceiver final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void browserGetsPageAndFlowGetsExactUrl();
    void rawRedirectIsHandedOverUnchanged();
    void strayRequestsDoNotEndTheFlow_data();
    void strayRequestsDoNotEndTheFlow();
    void faviconFirstThenRedirect();
    void overLongHeaderIsRefused();
    void silentClientDoesNotBlockOthers();
    void declineEndsTheFlowWithoutEchoingState();
    void portIsClosedAfterSuccess();
    void cancelClosesThePort();
    void timeoutFailsAndClosesThePort();
    void deletingTheReceiverClosesThePortSilently();
    void portInUseIsAClearError();
    void bindsLoopbackOnly();
    void refusesRedirectUrisItCannotReceive_data();
    void refusesRedirectUrisItCannotReceive();

private:
    quint16 m_port = 0;
};

void TestLoopbackReceiver::init()
{
    m_port = freePort();
    QVERIFY(m_port != 0);
}

void TestLoopbackReceiver::browserGetsPageAndFlowGetsExactUrl()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QSignalSpy failed(&receiver, &LoopbackReceiver::failed);

    QNetworkAccessManager browser;
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(m_port) + goodTarget());
    QNetworkReply *reply = browser.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(kWaitMs));
    reply->deleteLater();

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/html")));
    const QByteArray page = reply->readAll();
    QVERIFY(page.contains("close this tab"));
    QVERIFY(page.contains("Waveshelf"));
    QVERIFY(!page.contains(kCode));
    QVERIFY(!page.contains(kState));

    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().toUrl(), url);
    QCOMPARE(failed.count(), 0);
}

void TestLoopbackReceiver::rawRedirectIsHandedOverUnchanged()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    const QByteArray target = "/callback?state=" + kState + "&code=a%2Bb%20c+d&extra=%E2%9C%93";
    const QByteArray answer = exchange(m_port, get(target));
    QCOMPARE(statusOf(answer), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().toUrl().toEncoded(),
             "http://127.0.0.1:" + QByteArray::number(m_port) + target);
}

void TestLoopbackReceiver::strayRequestsDoNotEndTheFlow_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");  // -1: dropped without an answer

    QTest::newRow("favicon") << get("/favicon.ico") << 404;
    QTest::newRow("other path with a code") << get("/other?code=" + kCode + "&state=" + kState) << 404;
    QTest::newRow("redirect path with a trailing slash") << get("/callback/?code=x&state=" + kState) << 404;
    QTest::newRow("root") << get("/") << 404;
    QTest::newRow("HEAD on the redirect path")
        << QByteArray("HEAD " + goodTarget() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n") << 405;
    QTest::newRow("POST on the redirect path")
        << QByteArray("POST " + goodTarget() + " HTTP/1.1\r\nContent-Length: 0\r\n\r\n") << 405;
    QTest::newRow("redirect path without code or error") << get("/callback") << 400;
    QTest::newRow("only a state") << get("/callback?state=" + kState) << 400;
    QTest::newRow("wrong state") << get("/callback?code=" + kCode + "&state=forged") << 400;
    QTest::newRow("no state") << get("/callback?code=" + kCode) << 400;
    QTest::newRow("error with a wrong state") << get("/callback?error=access_denied&state=forged") << 400;
    QTest::newRow("garbage request line") << QByteArray("\x01\x02\xff garbage\r\n\r\n") << 400;
    QTest::newRow("no version") << QByteArray("GET " + goodTarget() + "\r\n\r\n") << 400;
    QTest::newRow("absolute-form target")
        << QByteArray("GET http://127.0.0.1/callback?code=x&state=" + kState + " HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
    QTest::newRow("closes without a request") << QByteArray() << -1;
}

void TestLoopbackReceiver::strayRequestsDoNotEndTheFlow()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    receiver.setConnectionTimeout(500ms);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QSignalSpy failed(&receiver, &LoopbackReceiver::failed);

    const QByteArray answer = exchange(m_port, request);
    QCOMPARE(statusOf(answer), status);
    if (status > 0) {
        QVERIFY(!bodyOf(answer).contains(kCode));
        QVERIFY(!bodyOf(answer).contains(kState));
    }
    QCOMPARE(received.count(), 0);
    QCOMPARE(failed.count(), 0);
    QVERIFY(receiver.isListening());

    // The real answer still gets through.
    QCOMPARE(statusOf(exchange(m_port, get(goodTarget()))), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackReceiver::faviconFirstThenRedirect()
{
    // What a browser does: the redirect, then (or before) /favicon.ico.
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QNetworkAccessManager browser;
    QNetworkReply *favicon = browser.get(QNetworkRequest(
        QUrl(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(m_port))));
    QSignalSpy faviconDone(favicon, &QNetworkReply::finished);
    QVERIFY(faviconDone.wait(kWaitMs));
    favicon->deleteLater();
    QCOMPARE(favicon->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(received.count(), 0);
    QVERIFY(receiver.isListening());

    QCOMPARE(statusOf(exchange(m_port, get(goodTarget()))), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackReceiver::overLongHeaderIsRefused()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    const QByteArray longHeader = "GET " + goodTarget() + " HTTP/1.1\r\nX-Long: "
        + QByteArray(LoopbackReceiver::kMaxRequestBytes + 100, 'a') + "\r\n\r\n";
    QCOMPARE(statusOf(exchange(m_port, longHeader)), 431);
    QCOMPARE(received.count(), 0);
    QVERIFY(receiver.isListening());
    // A request line that never ends counts as well.
    QCOMPARE(statusOf(exchange(m_port, "GET /" + QByteArray(LoopbackReceiver::kMaxRequestBytes * 2, 'b'))), 431);
    QCOMPARE(received.count(), 0);
    QCOMPARE(statusOf(exchange(m_port, get(goodTarget()))), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackReceiver::silentClientDoesNotBlockOthers()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    receiver.setConnectionTimeout(1s);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);

    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(silent.waitForConnected(kWaitMs));
    QTcpSocket halfRequest;  // starts a request and stops
    halfRequest.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(halfRequest.waitForConnected(kWaitMs));
    halfRequest.write("GET /callback?code=");
    QVERIFY(halfRequest.waitForBytesWritten(kWaitMs));
    // Both connections accepted (the receiver's sockets are its children).
    QTRY_COMPARE(receiver.findChildren<QTcpSocket *>().size(), 2);

    QCOMPARE(statusOf(exchange(m_port, get(goodTarget()))), 200);
    QCOMPARE(received.count(), 1);
    // After success the others are dropped.
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(halfRequest.state(), QAbstractSocket::UnconnectedState, kWaitMs);
}

void TestLoopbackReceiver::declineEndsTheFlowWithoutEchoingState()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    const QByteArray target = "/callback?error=access_denied&error_description=%3Cscript%3E&state=" + kState;
    const QByteArray answer = exchange(m_port, get(target));
    QCOMPARE(statusOf(answer), 200);
    QVERIFY(bodyOf(answer).contains("declined"));
    QVERIFY(!bodyOf(answer).contains(kState));
    QVERIFY(!bodyOf(answer).contains("<script>"));
    QCOMPARE(received.count(), 1);
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiver::portIsClosedAfterSuccess()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QVERIFY(!portIsClosed(m_port));
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
    QCOMPARE(statusOf(exchange(m_port, get(goodTarget()))), 200);
    QCOMPARE(received.count(), 1);
    QVERIFY(!receiver.isListening());
    QVERIFY(portIsClosed(m_port));
    // Cancel after the end changes nothing.
    receiver.cancel();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackReceiver::cancelClosesThePort()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
    receiver.cancel();
    QCOMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!receiver.isListening());
    QVERIFY(portIsClosed(m_port));
    receiver.cancel();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(received.count(), 0);
}

void TestLoopbackReceiver::timeoutFailsAndClosesThePort()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    receiver.setTimeout(300ms);
    QVERIFY(receiver.start().ok());
    QSignalSpy failed(&receiver, &LoopbackReceiver::failed);
    // A stray request does not keep it alive.
    QCOMPARE(statusOf(exchange(m_port, get("/favicon.ico"))), 404);
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(error.message.contains(QLatin1String("stopped waiting")));
    QVERIFY(!receiver.isListening());
    QVERIFY(portIsClosed(m_port));
}

void TestLoopbackReceiver::deletingTheReceiverClosesThePortSilently()
{
    auto receiver = std::make_unique<LoopbackReceiver>(redirectUriFor(m_port), kState);
    QVERIFY(receiver->start().ok());
    QTcpSocket pending;  // a connection still open when the receiver goes
    pending.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(pending.waitForConnected(kWaitMs));
    QTRY_COMPARE(receiver->findChildren<QTcpSocket *>().size(), 1);  // accepted by the receiver
    QSignalSpy failed(receiver.get(), &LoopbackReceiver::failed);
    QSignalSpy received(receiver.get(), &LoopbackReceiver::redirectReceived);
    receiver.reset();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(received.count(), 0);
    QVERIFY(portIsClosed(m_port));
}

void TestLoopbackReceiver::portInUseIsAClearError()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    const Result<void> started = receiver.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ErrorKind::Unreachable);
    QVERIFY2(started.error().message.contains(QStringLiteral("Another program is using port %1").arg(m_port)),
             qPrintable(started.error().message));
    QVERIFY(started.error().message.contains(QLatin1String("Settings")));
    QVERIFY(!receiver.isListening());
}

void TestLoopbackReceiver::bindsLoopbackOnly()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QCOMPARE(receiver.serverAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(receiver.serverPort(), m_port);
    // Through any other address of this machine, nobody answers.
    const auto addresses = QNetworkInterface::allAddresses();
    for (const QHostAddress &address : addresses) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        QTcpSocket socket;
        socket.connectToHost(address, m_port);
        QVERIFY2(!socket.waitForConnected(2000), qPrintable(address.toString()));
    }
}

void TestLoopbackReceiver::refusesRedirectUrisItCannotReceive_data()
{
    QTest::addColumn<QUrl>("redirectUri");
    QTest::newRow("https") << QUrl(QStringLiteral("https://127.0.0.1:8765/callback"));
    QTest::newRow("custom scheme") << QUrl(QStringLiteral("waveshelf://callback"));
    QTest::newRow("remote host") << QUrl(QStringLiteral("http://example.com:8765/callback"));
    QTest::newRow("any address") << QUrl(QStringLiteral("http://0.0.0.0:8765/callback"));
    QTest::newRow("LAN address") << QUrl(QStringLiteral("http://192.168.1.20:8765/callback"));
    QTest::newRow("no port") << QUrl(QStringLiteral("http://127.0.0.1/callback"));
    QTest::newRow("empty") << QUrl();
}

void TestLoopbackReceiver::refusesRedirectUrisItCannotReceive()
{
    QFETCH(QUrl, redirectUri);
    LoopbackReceiver receiver(redirectUri, kState);
    const Result<void> started = receiver.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!started.error().message.isEmpty());
    QVERIFY(!receiver.isListening());
}

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiverrequests.moc"
