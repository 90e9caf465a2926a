// Stored tokens in use: the expired-token path, 401 -> refresh -> replay,
// one refresh shared by concurrent requests, rotation, and which failures
// break a connection (only invalid_grant / invalid_client).

#include "ConnectedUserFixture.h"
#include "SqliteLockHolder.h"
#include "SandboxHost.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

namespace {

using Outcome = test::ConnectedUserFixture::MeOutcome;

}  // namespace

class TestTokenSession final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void freshTokenNeedsNoRefresh();
    void expiredLocallyRefreshesBeforeCalling();
    void rejectedTokenIsRefreshedAndReplayed();
    void concurrentRequestsShareOneRefresh();
    void refreshRotatesAndPersistsBeforeUse();
    void refreshWithoutNewRefreshTokenKeepsOld();
    void invalidGrantBreaksConnection();
    void transientRefreshFailureKeepsTokens_data();
    void transientRefreshFailureKeepsTokens();
    void apiFailuresAreNamed_data();
    void apiFailuresAreNamed();
    void tokenIsNeverSentToAnotherHost();
    void notConnectedIsNamed();
    void refreshedPairSurvivesAFailedWrite();
    void passingRefreshFailureUsesValidTokenAndBacksOff();
    void refreshAnswerAfterLogOutIsStored();

private:
    void fetchMe(test::ConnectedUserFixture &user, Outcome &outcome);
    void expireLocally(test::ConnectedUserFixture &user);
    SandboxHost m_sandbox;
};

void TestTokenSession::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestTokenSession::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    m_sandbox.setAccessTokenLifetime(3600);
    m_sandbox.setRotateRefreshTokens(true);
}

void TestTokenSession::fetchMe(test::ConnectedUserFixture &user, Outcome &outcome)
{
    user.fetchMe(this, outcome);
}

void TestTokenSession::expireLocally(test::ConnectedUserFixture &user)
{
    QVERIFY(user.expireLocally());
}

void TestTokenSession::freshTokenNeedsNoRefresh()
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

void TestTokenSession::expiredLocallyRefreshesBeforeCalling()
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

void TestTokenSession::rejectedTokenIsRefreshedAndReplayed()
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

void TestTokenSession::concurrentRequestsShareOneRefresh()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    for (int round = 0; round < 5; ++round) {
        m_sandbox.expireAllAccessTokens();
        m_sandbox.resetCounters();
        std::vector<Outcome> outcomes(25);
        for (Outcome &outcome : outcomes)
            fetchMe(user, outcome);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.begin(), outcomes.end(),
                                             [](const Outcome &o) { return o.answered; }),
                                 20'000);
        for (const Outcome &outcome : outcomes)
            QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
        QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
        QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("alice")));
    }
}

void TestTokenSession::refreshRotatesAndPersistsBeforeUse()
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

void TestTokenSession::refreshWithoutNewRefreshTokenKeepsOld()
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

void TestTokenSession::invalidGrantBreaksConnection()
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

void TestTokenSession::transientRefreshFailureKeepsTokens_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("500") << Fault::withStatus(QStringLiteral("/oauth/token"), 500) << ErrorKind::Unreachable;
    QTest::newRow("502") << Fault::withStatus(QStringLiteral("/oauth/token"), 502) << ErrorKind::Unreachable;
    QTest::newRow("html 403") << Fault::htmlForbidden(QStringLiteral("/oauth/token")) << ErrorKind::Unreachable;
    QTest::newRow("429") << Fault::rateLimited(QStringLiteral("/oauth/token")) << ErrorKind::RateLimited;
    QTest::newRow("truncated") << Fault::malformedJson(QStringLiteral("/oauth/token")) << ErrorKind::Protocol;
}

void TestTokenSession::transientRefreshFailureKeepsTokens()
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

void TestTokenSession::apiFailuresAreNamed_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("503") << Fault::withStatus(QStringLiteral("/me"), 503) << ErrorKind::Unreachable;
    QTest::newRow("html 403") << Fault::htmlForbidden(QStringLiteral("/me")) << ErrorKind::Unreachable;
    QTest::newRow("429 with reset") << Fault::rateLimited(QStringLiteral("/me"), true) << ErrorKind::RateLimited;
    QTest::newRow("429 plain") << Fault::rateLimited(QStringLiteral("/me"), false) << ErrorKind::RateLimited;
    QTest::newRow("truncated") << Fault::malformedJson(QStringLiteral("/me")) << ErrorKind::Protocol;
}

void TestTokenSession::apiFailuresAreNamed()
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

void TestTokenSession::tokenIsNeverSentToAnotherHost()
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

void TestTokenSession::notConnectedIsNamed()
{
    test::ConnectedUserFixture user(m_sandbox);
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_VERIFY(outcome.answered);
    QVERIFY(outcome.error.has_value());
    QCOMPARE(outcome.error->kind, ErrorKind::NotFound);
}

void TestTokenSession::refreshedPairSurvivesAFailedWrite()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    const StoredConnection before = user.store().load().value().value();
    QSqlQuery(user.database().connection()).exec(QStringLiteral("PRAGMA busy_timeout = 100"));
    m_sandbox.resetCounters();
    // The answer is slow; meanwhile another process locks the database, so the
    // new pair cannot be written when it arrives.
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/oauth/token"), 600));
    Outcome outcome;
    fetchMe(user, outcome);
    QTRY_COMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    {
        test::SqliteLockHolder holder(user.database().connection().databaseName(), 2'500);
        QVERIFY(holder.locked());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 10'000);
        QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
    }
    // Written as soon as the database lets it; nothing was lost.
    QTRY_VERIFY_WITH_TIMEOUT(user.store().load().value()->version > before.version, 10'000);
    QVERIFY(user.store().load().value()->tokens.refreshToken != before.tokens.refreshToken);
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));
    // And the kept refresh token works for the next refresh.
    m_sandbox.clearFaults();
    expireLocally(user);
    Outcome next;
    fetchMe(user, next);
    QTRY_VERIFY_WITH_TIMEOUT(next.answered, 10'000);
    QVERIFY2(next.account.has_value(), next.error ? qPrintable(next.error->detail) : "");
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));
}

void TestTokenSession::passingRefreshFailureUsesValidTokenAndBacksOff()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    // Due for an early refresh, but still valid for a minute.
    auto stored = user.store().load().value().value();
    stored.tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(60);
    QVERIFY(user.store().updateTokens(stored.tokens, stored.version).ok());
    m_sandbox.resetCounters();
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/oauth/token"), 503, 10));
    for (int i = 0; i < 3; ++i) {
        Outcome outcome;
        fetchMe(user, outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.answered, 10'000);
        QVERIFY2(outcome.account.has_value(), outcome.error ? qPrintable(outcome.error->detail) : "");
    }
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);  // backed off after one
    QCOMPARE(user.store().load().value()->tokens.refreshToken, stored.tokens.refreshToken);
    m_sandbox.clearFaults();
}

void TestTokenSession::refreshAnswerAfterLogOutIsStored()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    expireLocally(user);
    const StoredConnection before = user.store().load().value().value();
    m_sandbox.resetCounters();
    // SoundCloud rotates the token at once but answers late; the user logs out meanwhile.
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/oauth/token"), 500));
    {
        TokenClient client(user.network(), user.config());
        TokenSession session(user.store(), client);
        QObject caller;
        bool answered = false;
        session.accessToken(&caller, [&answered](Result<QString>) { answered = true; });
        QTRY_COMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
        QVERIFY(!answered);
    }  // session, client and caller gone: the log out
    // The answer still lands in the store: the rotated token is not lost.
    QTRY_VERIFY_WITH_TIMEOUT(user.store().load().value()->version > before.version, 10'000);
    QVERIFY(user.store().load().value()->tokens.refreshToken != before.tokens.refreshToken);
    // The next session refreshes with it, and SoundCloud still knows the grant.
    m_sandbox.clearFaults();
    expireLocally(user);
    Outcome next;
    fetchMe(user, next);
    QTRY_VERIFY_WITH_TIMEOUT(next.answered, 10'000);
    QVERIFY2(next.account.has_value(), next.error ? qPrintable(next.error->detail) : "");
    QVERIFY(!m_sandbox.isGrantRevoked(QStringLiteral("bob")));
}

QTEST_GUILESS_MAIN(TestTokenSession)
#include "tst_tokensessionrefresh.moc"
