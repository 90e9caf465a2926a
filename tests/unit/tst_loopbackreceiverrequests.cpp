// The loopback end of "Sign in with your web browser": what it answers to the
// requests a browser (QNetworkAccessManager) or a raw QTcpSocket sends to 127.0.0.1.

#include "LoopbackReceiverTestCase.h"
#include "TestSuite.h"
#include "auth/LoopbackReceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace loopbacktest;
using namespace waveshelf;
using namespace std::chrono_literals;

class TestLoopbackReceiverRequests final : public LoopbackReceiverTestCase {
    Q_OBJECT

private slots:
    void browserGetsPageAndFlowGetsExactUrl();
    void rawRedirectIsHandedOverUnchanged();
    void strayRequestsDoNotEndTheFlow_data();
    void strayRequestsDoNotEndTheFlow();
    void faviconFirstThenRedirect();
    void overLongHeaderIsRefused();
    void silentClientDoesNotBlockOthers();
    void declineEndsTheFlowWithoutEchoingState();
};

void TestLoopbackReceiverRequests::browserGetsPageAndFlowGetsExactUrl()
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

void TestLoopbackReceiverRequests::rawRedirectIsHandedOverUnchanged()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    const QByteArray target = "/callback?state=" + kState + "&code=a%2Bb%20c+d&extra=%E2%9C%93";
    const QByteArray answer = exchange(m_port, get(target));
    QCOMPARE(statusOf(answer), 200);
    QCOMPARE(received.count(), 1);
    QCOMPARE(received.first().first().toUrl().toEncoded(), "http://127.0.0.1:" + QByteArray::number(m_port) + target);
}

void TestLoopbackReceiverRequests::strayRequestsDoNotEndTheFlow_data()
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

void TestLoopbackReceiverRequests::strayRequestsDoNotEndTheFlow()
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

void TestLoopbackReceiverRequests::faviconFirstThenRedirect()
{
    // What a browser does: the redirect, then (or before) /favicon.ico.
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    QNetworkAccessManager browser;
    QNetworkReply *favicon = browser.get(
        QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(m_port))));
    QSignalSpy faviconDone(favicon, &QNetworkReply::finished);
    QVERIFY(faviconDone.wait(kWaitMs));
    favicon->deleteLater();
    QCOMPARE(favicon->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(received.count(), 0);
    QVERIFY(receiver.isListening());

    QCOMPARE(statusOf(exchange(m_port, get(goodTarget()))), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackReceiverRequests::overLongHeaderIsRefused()
{
    LoopbackReceiver receiver(redirectUriFor(m_port), kState);
    QVERIFY(receiver.start().ok());
    QSignalSpy received(&receiver, &LoopbackReceiver::redirectReceived);
    const QByteArray longHeader = "GET " + goodTarget()
        + " HTTP/1.1\r\nX-Long: " + QByteArray(LoopbackReceiver::kMaxRequestBytes + 100, 'a') + "\r\n\r\n";
    QCOMPARE(statusOf(exchange(m_port, longHeader)), 431);
    QCOMPARE(received.count(), 0);
    QVERIFY(receiver.isListening());
    // A request line that never ends counts as well.
    QCOMPARE(statusOf(exchange(m_port, "GET /" + QByteArray(LoopbackReceiver::kMaxRequestBytes * 2, 'b'))), 431);
    QCOMPARE(received.count(), 0);
    QCOMPARE(statusOf(exchange(m_port, get(goodTarget()))), 200);
    QCOMPARE(received.count(), 1);
}

void TestLoopbackReceiverRequests::silentClientDoesNotBlockOthers()
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

void TestLoopbackReceiverRequests::declineEndsTheFlowWithoutEchoingState()
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

WAVESHELF_TEST_GUILESS_MAIN(TestLoopbackReceiverRequests)
#include "tst_loopbackreceiverrequests.moc"
