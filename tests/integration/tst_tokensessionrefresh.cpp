// Stored tokens in use: the expired-token path, 401 -> refresh -> replay, one
// refresh shared by concurrent requests, and rotation.

#include "TestSuite.h"
#include "TokenSessionTestCase.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"

#include <QTest>

using namespace tokensessiontest;
using namespace waveshelf;
using sandbox::Fault;

class TestTokenSessionRefresh final : public TokenSessionTestCase {
    Q_OBJECT

private slots:
    void freshTokenNeedsNoRefresh();
    void expiredLocallyRefreshesBeforeCalling();
    void rejectedTokenIsRefreshedAndReplayed();
    void concurrentRequestsShareOneRefresh();
    void refreshRotatesAndPersistsBeforeUse();
    void refreshWithoutNewRefreshTokenKeepsOld();
};

void TestTokenSessionRefresh::freshTokenNeedsNoRefresh()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    m_sandbox.resetCounters();
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY(outcome.answered);
    QVERIFY(outcome.account.has_value());
    QCOMPARE(outcome.account->username, QStringLiteral("bob"));
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QCOMPARE(m_sandbox.authorizeRequestCount(), 0);
}

void TestTokenSessionRefresh::expiredLocallyRefreshesBeforeCalling()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    m_sandbox.resetCounters();
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY(outcome.answered);
    QVERIFY(outcome.account.has_value());
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_sandbox.apiRequestCount(), 1);  // no wasted call with the stale token
}

void TestTokenSessionRefresh::rejectedTokenIsRefreshedAndReplayed()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    m_sandbox.expireAllAccessTokens();  // looks valid locally, 401 on the server
    m_sandbox.resetCounters();
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY(outcome.answered);
    QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(m_sandbox.apiRequestCount(), 2);  // the rejected call and its replay
}

void TestTokenSessionRefresh::concurrentRequestsShareOneRefresh()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    for (int round = 0; round < 5; ++round) {
        m_sandbox.expireAllAccessTokens();
        m_sandbox.resetCounters();
        std::vector<Outcome> outcomes(25);
        for (Outcome &outcome : outcomes)
            fetchMe(user, outcome);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.answered; }), 20'000);
        for (const Outcome &outcome : outcomes)
            QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
        QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
        QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("alice")));
    }
}

void TestTokenSessionRefresh::refreshRotatesAndPersistsBeforeUse()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    const StoredConnection before = user.store().load().value().value();
    expireLocally(user);
    QString handedOut;
    user.tokenSession().accessToken(this, [&](Result<QString> token) {
        QVERIFY(token.ok());
        // By the time anyone holds the new token, the store has it.
        QCOMPARE(user.store().load().value()->tokens.accessToken, token.value());
        handedOut = token.value();
    });
    QTRY_VERIFY(!handedOut.isEmpty());
    const StoredConnection after = user.store().load().value().value();
    QVERIFY(after.tokens.accessToken != before.tokens.accessToken);
    QVERIFY(after.tokens.refreshToken != before.tokens.refreshToken);
    QVERIFY(after.version > before.version);
    QVERIFY(after.tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
}

void TestTokenSessionRefresh::refreshWithoutNewRefreshTokenKeepsOld()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    const StoredConnection connected = user.store().load().value().value();
    const QString refreshToken = connected.tokens.refreshToken;
    QVERIFY(!refreshToken.isEmpty());
    // The server answers a refresh with an access token only (no refresh_token).
    m_sandbox.setRotateRefreshTokens(false);
    m_sandbox.resetCounters();

    expireLocally(user);
    Outcome first;
    fetchMe(user, first);
    QTRY_VERIFY(first.answered);
    QVERIFY2(first.account.has_value(), first.error ? qPrintable(first.error->detail) : "");
    const StoredConnection afterFirst = user.store().load().value().value();
    QVERIFY(afterFirst.tokens.accessToken != connected.tokens.accessToken);
    QCOMPARE(afterFirst.tokens.refreshToken, refreshToken);  // the stored row keeps the old one

    // A second refresh spends the old refresh token again, and the server accepts it.
    expireLocally(user);
    Outcome second;
    fetchMe(user, second);
    QTRY_VERIFY(second.answered);
    QVERIFY2(second.account.has_value(), second.error ? qPrintable(second.error->detail) : "");
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 2);
    const StoredConnection afterSecond = user.store().load().value().value();
    QVERIFY(afterSecond.tokens.accessToken != afterFirst.tokens.accessToken);
    QCOMPARE(afterSecond.tokens.refreshToken, refreshToken);
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));

    // The store on its own: an update without a refresh token keeps the stored one.
    const StoredConnection stored = afterSecond;
    TokenSet onlyAccess;
    onlyAccess.accessToken = QStringLiteral("new-access");
    onlyAccess.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(user.store().updateTokens(onlyAccess, stored.version).ok());
    QCOMPARE(user.store().load().value()->tokens.refreshToken, refreshToken);
}

WAVESHELF_TEST_GUILESS_MAIN(TestTokenSessionRefresh)
#include "tst_tokensessionrefresh.moc"
