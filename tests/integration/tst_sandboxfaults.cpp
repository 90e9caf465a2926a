// The sandbox's injected faults and request counters, driven over loopback by a real
// QNetworkAccessManager: status, rate-limit, HTML, malformed, dropped and slow answers.

#include "SandboxTestCase.h"
#include "TestSuite.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

class TestSandboxFaults final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void statusFaultIsServedThenClears();
    void statusFaultOnTokenEndpointKeepsRefreshToken();
    void rateLimitFaults();
    void htmlForbiddenFault();
    void malformedJsonFault();
    void dropFaultClosesConnection();
    void slowFaultDoesNotBlockConcurrentRequest();
    void slowRefreshStillRotatesServerSide();
    void clearFaultsRemovesPendingFaults();
    void countersCountRequests();
};

void TestSandboxFaults::statusFaultIsServedThenClears()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    m_host->injectFault(Fault::withStatus(QStringLiteral("/me/tracks"), 503));
    const HttpResult failed = api(QStringLiteral("/me/tracks?linked_partitioning=true"), token);
    QCOMPARE(failed.status, 503);
    QCOMPARE(failed.json().value(QStringLiteral("code")).toInt(), 503);
    // Another endpoint is not affected, and the fault is used up.
    QCOMPARE(api(QStringLiteral("/me"), token).status, 200);
    QCOMPARE(api(QStringLiteral("/me/tracks?linked_partitioning=true"), token).status, 200);

    // A custom text body.
    Fault gateway = Fault::withStatus(QStringLiteral("/me/likes"), 502);
    gateway.body = QByteArrayLiteral("Bad Gateway");
    gateway.contentType = QByteArrayLiteral("text/plain");
    m_host->injectFault(gateway);
    const HttpResult text = api(QStringLiteral("/me/likes/tracks"), token);
    QCOMPARE(text.status, 502);
    QCOMPARE(text.body, QByteArrayLiteral("Bad Gateway"));
    QVERIFY(text.header("Content-Type").startsWith("text/plain"));

    // A prefix matches deeper paths; count is honoured.
    m_host->injectFault(Fault::withStatus(QStringLiteral("/me"), 500, 2));
    QCOMPARE(api(QStringLiteral("/me/playlists"), token).status, 500);
    QCOMPARE(api(QStringLiteral("/me"), token).status, 500);
    QCOMPARE(api(QStringLiteral("/me"), token).status, 200);
}

void TestSandboxFaults::statusFaultOnTokenEndpointKeepsRefreshToken()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    m_host->injectFault(Fault::withStatus(QStringLiteral("/oauth/token"), 502));
    const HttpResult failed = refresh(m_app, tokens.refresh);
    QCOMPARE(failed.status, 502);
    // The faulted request was not processed: the refresh token is still good.
    const HttpResult retried = refresh(m_app, tokens.refresh);
    QCOMPARE(retried.status, 200);
    QVERIFY(!m_host->isGrantRevoked(QStringLiteral("alice")));
}

void TestSandboxFaults::rateLimitFaults()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));

    m_host->injectFault(Fault::rateLimited(QStringLiteral("/me/likes/tracks")));
    const HttpResult detailed = api(QStringLiteral("/me/likes/tracks"), tokens.access);
    QCOMPARE(detailed.status, 429);
    QCOMPARE(detailed.header("x-ratelimit-remaining"), QByteArrayLiteral("0"));
    const QJsonObject meta = detailed.json()
                                 .value(QStringLiteral("errors"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("meta"))
                                 .toObject();
    QCOMPARE(meta.value(QStringLiteral("remaining_requests")).toInt(), 0);
    static const QRegularExpression resetFormat(QStringLiteral("^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} \\+0000$"));
    QVERIFY(resetFormat.match(meta.value(QStringLiteral("reset_time")).toString()).hasMatch());

    m_host->injectFault(Fault::rateLimited(QStringLiteral("/me"), false));
    const HttpResult plain = api(QStringLiteral("/me"), tokens.access);
    QCOMPARE(plain.status, 429);
    QVERIFY(plain.header("Content-Type").startsWith("text/plain"));
    QVERIFY(plain.header("x-ratelimit-remaining").isEmpty());
    QVERIFY(!plain.isJson());

    m_host->injectFault(Fault::rateLimited(QStringLiteral("/oauth/token")));
    const HttpResult token = refresh(m_app, tokens.refresh);
    QCOMPARE(token.status, 429);
    QCOMPARE(token.oauthError(), QStringLiteral("rate_limit_exceeded"));
}

void TestSandboxFaults::htmlForbiddenFault()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    m_host->injectFault(Fault::htmlForbidden(QStringLiteral("/oauth/token")));
    const HttpResult forbidden = refresh(m_app, tokens.refresh);
    QCOMPARE(forbidden.status, 403);
    QVERIFY(forbidden.header("Content-Type").startsWith("text/html"));
    QVERIFY(forbidden.body.contains("<html"));
    QVERIFY(!forbidden.isJson());
    QCOMPARE(refresh(m_app, tokens.refresh).status, 200);
}

void TestSandboxFaults::malformedJsonFault()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    m_host->injectFault(Fault::malformedJson(QStringLiteral("/me/tracks")));
    const HttpResult broken = api(QStringLiteral("/me/tracks?linked_partitioning=true"), token);
    QCOMPARE(broken.status, 200);
    QVERIFY(broken.header("Content-Type").startsWith("application/json"));
    QVERIFY(!broken.body.isEmpty());
    QVERIFY(!broken.isJson());
}

void TestSandboxFaults::dropFaultClosesConnection()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    m_host->injectFault(Fault::drop(QStringLiteral("/me"), 5));
    m_host->resetCounters();
    const HttpResult dropped = api(QStringLiteral("/me"), token);
    QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(dropped.error)));
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.body.isEmpty());
    QVERIFY(dropped.elapsedMs < 10000);  // closed, not left hanging
    QVERIFY(m_host->apiRequestCount() >= 1);
    m_host->clearFaults();
    QCOMPARE(api(QStringLiteral("/me"), token).status, 200);
}

void TestSandboxFaults::slowFaultDoesNotBlockConcurrentRequest()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    const QByteArray header = QByteArrayLiteral("OAuth ") + token.toUtf8();
    m_host->injectFault(Fault::slow(QStringLiteral("/me/tracks"), 1500));

    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(50);

    QElapsedTimer clock;
    clock.start();
    QNetworkReply *slow = m_app.startGet(url(QStringLiteral("/me/tracks?limit=5")), header);
    qint64 slowDoneAt = -1;
    connect(slow, &QNetworkReply::finished, this, [&] { slowDoneAt = clock.elapsed(); });

    const HttpResult fast = m_app.get(url(QStringLiteral("/me")), header);
    const qint64 fastDoneAt = clock.elapsed();
    QCOMPARE(fast.status, 200);
    QVERIFY2(fastDoneAt < 1000, qPrintable(QString::number(fastDoneAt)));
    QCOMPARE(slowDoneAt, -1);  // still waiting
    QCOMPARE(m_host->slowAnswersPending(), 1);

    const HttpResult late = Client::finish(slow);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.array().size(), 5);
    QVERIFY2(slowDoneAt >= 1300, qPrintable(QString::number(slowDoneAt)));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));  // the client loop kept running
    QCOMPARE(m_host->slowAnswersPending(), 0);
}

void TestSandboxFaults::slowRefreshStillRotatesServerSide()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    m_host->injectFault(Fault::slow(QStringLiteral("/oauth/token"), 2000));
    // The client gives up before the answer comes...
    const HttpResult timedOut = Client::finish(
        m_app.startPost(m_host->tokenUrl(),
                        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), tokens.refresh},
                         {QStringLiteral("client_id"), kClientId}},
                        300));
    QCOMPARE(timedOut.status, 0);
    QVERIFY(timedOut.error != QNetworkReply::NoError);
    // ...but the server has rotated: retrying with the old token is a reuse.
    const HttpResult retried = refresh(m_app, tokens.refresh);
    QCOMPARE(retried.oauthError(), QStringLiteral("invalid_grant"));
    QVERIFY(m_host->isGrantRevoked(QStringLiteral("alice")));
    // The sandbox survives writing to the abandoned connection.
    QTRY_COMPARE_WITH_TIMEOUT(m_host->slowAnswersPending(), 0, 10'000);
    QCOMPARE(api(QStringLiteral("/me"), connectUser(QStringLiteral("alice")).access).status, 200);
}

void TestSandboxFaults::clearFaultsRemovesPendingFaults()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    m_host->injectFault(Fault::withStatus(QStringLiteral("/me"), 503, 10));
    QCOMPARE(api(QStringLiteral("/me"), token).status, 503);
    m_host->clearFaults();
    QCOMPARE(api(QStringLiteral("/me"), token).status, 200);
}

void TestSandboxFaults::countersCountRequests()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));  // one GET /authorize, one exchange
    QCOMPARE(m_host->authorizeRequestCount(), 1);
    QCOMPARE(m_host->tokenRequestCount(QStringLiteral("authorization_code")), 1);
    QCOMPARE(m_host->tokenRequestCount(QStringLiteral("refresh_token")), 0);
    QCOMPARE(m_host->apiRequestCount(), 0);

    QCOMPARE(refresh(m_app, tokens.refresh).status, 200);
    m_host->injectFault(Fault::withStatus(QStringLiteral("/me"), 500));
    QCOMPARE(api(QStringLiteral("/me"), tokens.access).status, 500);
    QCOMPARE(api(QStringLiteral("/me/tracks"), tokens.access).status, 200);
    QCOMPARE(m_app.get(url(QStringLiteral("/me"))).status, 401);
    QCOMPARE(m_host->tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_host->tokenRequestCount(), 2);
    QCOMPARE(m_host->apiRequestCount(), 3);

    m_host->resetCounters();
    QCOMPARE(m_host->authorizeRequestCount(), 0);
    QCOMPARE(m_host->tokenRequestCount(), 0);
    QCOMPARE(m_host->apiRequestCount(), 0);
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
