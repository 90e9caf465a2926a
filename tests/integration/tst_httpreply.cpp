// HttpReply::onFinished against the sandbox: the handler runs once for an
// answer, and never once its context is gone, not even while the context is
// being destroyed (found by the sanitizer build: the abort() on destruction
// emitted finished() into a half-destroyed ConnectFlow).

#include "SandboxHost.h"
#include "TestSuite.h"
#include "network/HttpReply.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QTest>

#include <memory>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

class TestHttpReply final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void answerReachesHandlerOnce();
    void destroyedContextNeverSeesTheAnswer();

private:
    [[nodiscard]] QNetworkReply *getMe();

    SandboxHost m_sandbox;
    QNetworkAccessManager m_network;
};

void TestHttpReply::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestHttpReply::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
}

QNetworkReply *TestHttpReply::getMe()
{
    return m_network.get(QNetworkRequest(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/me")))));
}

void TestHttpReply::answerReachesHandlerOnce()
{
    QObject context;
    int calls = 0;
    int status = -1;
    QPointer<QNetworkReply> reply = getMe();
    HttpReply::onFinished(reply, &context, [&](const HttpReply &answer) {
        ++calls;
        status = answer.status;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(status, 401);        // no token: the sandbox refuses, but it answered
    QTRY_VERIFY(reply.isNull());  // deleted after the answer: no second call can come
    QCOMPARE(calls, 1);
}

void TestHttpReply::destroyedContextNeverSeesTheAnswer()
{
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/me"), 60'000));
    auto context = std::make_unique<QObject>();
    bool called = false;
    QPointer<QNetworkReply> reply = getMe();
    HttpReply::onFinished(reply, context.get(), [&](const HttpReply &) { called = true; });
    QTRY_COMPARE(m_sandbox.requestCount(QStringLiteral("/me")), 1);  // the request is on its way
    QVERIFY(!called);

    context.reset();  // aborts the reply; the handler must not run, now or later
    QVERIFY(!called);
    QTRY_VERIFY(reply.isNull());
    QVERIFY(!called);
}

WAVESHELF_TEST_GUILESS_MAIN(TestHttpReply)
#include "tst_httpreply.moc"
