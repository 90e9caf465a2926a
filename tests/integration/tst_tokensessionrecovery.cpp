// Stored tokens in use when a refresh is interrupted: a locked database, a passing
// token endpoint failure, an answer after log out. No rotated token is lost.

#include "SqliteLockHolder.h"
#include "TestSuite.h"
#include "TokenSessionTestCase.h"
#include "network/TokenClient.h"
#include "network/TokenSession.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace tokensessiontest;
using namespace waveshelf;
using sandbox::Fault;

class TestTokenSessionRecovery final : public TokenSessionTestCase {
    Q_OBJECT

private slots:
    void refreshedPairSurvivesAFailedWrite();
    void passingRefreshFailureUsesValidTokenAndBacksOff();
    void refreshAnswerAfterLogOutIsStored();
};

void TestTokenSessionRecovery::refreshedPairSurvivesAFailedWrite()
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

void TestTokenSessionRecovery::passingRefreshFailureUsesValidTokenAndBacksOff()
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

void TestTokenSessionRecovery::refreshAnswerAfterLogOutIsStored()
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

WAVESHELF_TEST_GUILESS_MAIN(TestTokenSessionRecovery)
#include "tst_tokensessionrecovery.moc"
