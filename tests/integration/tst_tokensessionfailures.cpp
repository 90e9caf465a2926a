// Stored tokens in use when something fails: which failures break a connection
// (only invalid_grant / invalid_client), and how the others are named.

#include "TestSuite.h"
#include "TokenSessionTestCase.h"
#include "network/ApiClient.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace tokensessiontest;
using namespace waveshelf;
using sandbox::Fault;

class TestTokenSessionFailures final : public TokenSessionTestCase {
    Q_OBJECT

private slots:
    void invalidGrantBreaksConnection();
    void transientRefreshFailureKeepsTokens_data();
    void transientRefreshFailureKeepsTokens();
    void apiFailuresAreNamed_data();
    void apiFailuresAreNamed();
    void tokenIsNeverSentToAnotherHost();
    void notConnectedIsNamed();
};

void TestTokenSessionFailures::invalidGrantBreaksConnection()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    m_sandbox.revokeAllGrants(QStringLiteral("bob"));
    expireLocally(user);
    QSignalSpy broken(&user.tokenSession(), &TokenSession::connectionBroken);
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY(outcome.answered);
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->kind, ErrorKind::ReconnectNeeded);
    QCOMPARE(broken.size(), 1);
}

void TestTokenSessionFailures::transientRefreshFailureKeepsTokens_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("500") << Fault::withStatus(QStringLiteral("/oauth/token"), 500) << ErrorKind::Unreachable;
    QTest::newRow("502") << Fault::withStatus(QStringLiteral("/oauth/token"), 502) << ErrorKind::Unreachable;
    QTest::newRow("html 403") << Fault::htmlForbidden(QStringLiteral("/oauth/token")) << ErrorKind::Unreachable;
    QTest::newRow("429") << Fault::rateLimited(QStringLiteral("/oauth/token")) << ErrorKind::RateLimited;
    QTest::newRow("truncated") << Fault::malformedJson(QStringLiteral("/oauth/token")) << ErrorKind::Protocol;
}

void TestTokenSessionFailures::transientRefreshFailureKeepsTokens()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    const StoredConnection before = user.store().load().value().value();
    m_sandbox.injectFault(fault);
    QSignalSpy broken(&user.tokenSession(), &TokenSession::connectionBroken);
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 10'000);
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->kind, kind);
    QCOMPARE(broken.size(), 0);
    const StoredConnection after = user.store().load().value().value();
    QCOMPARE(after.tokens.refreshToken, before.tokens.refreshToken);
    QCOMPARE(after.version, before.version);

    // And the next try, with the server back, works with the kept refresh token.
    Outcome retry;
    fetchMe(user, retry);
    QTRY_VERIFY_WITH_TIMEOUT(retry.answered, 10'000);
    QVERIFY2(retry.account.has_value(), retry.error ? qPrintable(retry.error->detail) : "");
}

void TestTokenSessionFailures::apiFailuresAreNamed_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("503") << Fault::withStatus(QStringLiteral("/me"), 503) << ErrorKind::Unreachable;
    QTest::newRow("html 403") << Fault::htmlForbidden(QStringLiteral("/me")) << ErrorKind::Unreachable;
    QTest::newRow("429 with reset") << Fault::rateLimited(QStringLiteral("/me"), true) << ErrorKind::RateLimited;
    QTest::newRow("429 plain") << Fault::rateLimited(QStringLiteral("/me"), false) << ErrorKind::RateLimited;
    QTest::newRow("truncated") << Fault::malformedJson(QStringLiteral("/me")) << ErrorKind::Protocol;
}

void TestTokenSessionFailures::apiFailuresAreNamed()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    m_sandbox.injectFault(fault);
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY(outcome.answered);
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->kind, kind);
    QVERIFY(!outcome.error->message.isEmpty());
    QVERIFY(user.store().load().value().has_value());
}

void TestTokenSessionFailures::tokenIsNeverSentToAnotherHost()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    m_sandbox.resetCounters();
    bool answered = false;
    Error error;
    QUrl elsewhere = m_sandbox.baseUrl();
    elsewhere.setHost(QStringLiteral("127.0.0.2"));
    elsewhere.setPath(QStringLiteral("/me/tracks"));
    user.api().get(elsewhere, this, [&](Result<QByteArray> body) {
        answered = true;
        QVERIFY(!body.ok());
        error = body.error();
    });
    QVERIFY(answered);
    QCOMPARE(error.kind, ErrorKind::Protocol);
    QCOMPARE(m_sandbox.apiRequestCount(), 0);
}

void TestTokenSessionFailures::notConnectedIsNamed()
{
    test::ConnectedUserFixture user(m_sandbox);
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY(outcome.answered);
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->kind, ErrorKind::NotFound);
}

WAVESHELF_TEST_GUILESS_MAIN(TestTokenSessionFailures)
#include "tst_tokensessionfailures.moc"
