// A password change renews the SoundCloud grant (security review 3, item 2): one
// refresh through the lease before the tokens are sealed under the new key, so the
// pair a copy of the database from before holds is dead at the service; offline the
// change completes and the grant is renewed at its next use, without an outage.

#include "TestSuite.h"
#include "TokenSessionTestCase.h"
#include "accounts/PasswordChange.h"
#include "app/AppCore.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "session/UserContext.h"
#include "storage/ConnectionStore.h"

#include "ResultSpy.h"

#include <QTest>

using namespace tokensessiontest;
using namespace waveshelf;
using sandbox::Fault;

namespace {

constexpr int kTimeoutMs = 30'000;
const QString kNewPassword = QStringLiteral("a new password 2");

}  // namespace

class TestTokenSessionRenewal final : public TokenSessionTestCase {
    Q_OBJECT

private slots:
    void passwordChangeRenewsTheGrant();
    void offlineChangeRenewsAtTheNextUse();
    void aDueRenewalThatFailsKeepsTheCurrentToken();
    void anotherServiceGetsNoToken();

private:
    // Changes the fixture user's password through the core, as the app and the CLI do.
    Result<PasswordChanged> changePassword(test::ConnectedUserFixture &user);
    // The connection as the new password opens it.
    StoredConnection storedWith(test::ConnectedUserFixture &user, const UserSession &session);
    // One /me through the context's API client (a token first, as any request).
    Result<SoundCloudAccount> fetchMe(UserContext &context);
    // What the token endpoint answers to `refreshToken` now.
    Result<TokenSet> refreshWith(test::ConnectedUserFixture &user, const QString &refreshToken);
};

Result<PasswordChanged> TestTokenSessionRenewal::changePassword(test::ConnectedUserFixture &user)
{
    const std::unique_ptr<PasswordChange> change = user.core().createPasswordChange();
    test::ResultSpy<PasswordChanged> answer;
    change->change(user.session().user.username, test::ConnectedUserFixture::localPassword(), kNewPassword,
                   answer.context(), answer.callback());
    if (!answer.wait(kTimeoutMs))
        return Error{ErrorKind::Unreachable, QString(), QStringLiteral("no answer")};
    return answer.at(0);
}

StoredConnection TestTokenSessionRenewal::storedWith(test::ConnectedUserFixture &user, const UserSession &session)
{
    ConnectionStore store(user.database(), session.vault, ServiceIdentity::of(user.config()));
    const auto loaded = store.load();
    if (!loaded.ok() || !loaded.value())
        return {};
    return *loaded.value();
}

Result<SoundCloudAccount> TestTokenSessionRenewal::fetchMe(UserContext &context)
{
    test::ResultSpy<SoundCloudAccount> me;
    context.api().fetchMe(me.context(), me.callback());
    if (!me.wait(kTimeoutMs))
        return Error{ErrorKind::Unreachable, QString(), QStringLiteral("no answer")};
    return me.at(0);
}

Result<TokenSet> TestTokenSessionRenewal::refreshWith(test::ConnectedUserFixture &user, const QString &refreshToken)
{
    test::ResultSpy<TokenSet> answer;
    user.tokenClient().refresh(refreshToken, answer.context(), answer.callback());
    if (!answer.wait(kTimeoutMs))
        return Error{ErrorKind::Unreachable, QString(), QStringLiteral("no answer")};
    return answer.at(0);
}

void TestTokenSessionRenewal::passwordChangeRenewsTheGrant()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    const StoredConnection before = user.store().load().value().value();
    m_sandbox.resetCounters();

    const Result<PasswordChanged> changed = changePassword(user);
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().detail));
    QCOMPARE(changed.value().grant, GrantRenewal::Renewed);
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);

    const StoredConnection after = storedWith(user, changed.value().session);
    QVERIFY(!after.tokens.refreshToken.isEmpty());
    QVERIFY(after.tokens.refreshToken != before.tokens.refreshToken);
    QVERIFY(after.tokens.accessToken != before.tokens.accessToken);
    QVERIFY(!after.rotationDue);

    // The new pair works at once, with no further refresh.
    std::unique_ptr<UserContext> relogged = user.core().createUserContext(changed.value().session);
    const Result<SoundCloudAccount> me = fetchMe(*relogged);
    QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().detail));
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);

    // What the old password opened is dead at the service (the sandbox, like
    // SoundCloud, then also revokes the grant: this comes last).
    const Result<TokenSet> old = refreshWith(user, before.tokens.refreshToken);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().kind, ErrorKind::ReconnectNeeded);
}

void TestTokenSessionRenewal::offlineChangeRenewsAtTheNextUse()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    const StoredConnection before = user.store().load().value().value();
    m_sandbox.injectFault(Fault::drop(QStringLiteral("/oauth/token"), 100));

    const Result<PasswordChanged> changed = changePassword(user);
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().detail));
    QCOMPARE(changed.value().grant, GrantRenewal::AtNextUse);
    StoredConnection marked = storedWith(user, changed.value().session);
    QVERIFY(marked.rotationDue);
    QCOMPARE(marked.tokens.refreshToken, before.tokens.refreshToken);  // kept: nothing was spent

    // Back online: the first use renews the grant before anything else.
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
    std::unique_ptr<UserContext> relogged = user.core().createUserContext(changed.value().session);
    const Result<SoundCloudAccount> me = fetchMe(*relogged);
    QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().detail));
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    const StoredConnection renewed = storedWith(user, changed.value().session);
    QVERIFY(!renewed.rotationDue);
    QVERIFY(renewed.tokens.refreshToken != before.tokens.refreshToken);

    // Renewed once: the next use refreshes nothing.
    QVERIFY(fetchMe(*relogged).ok());
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QVERIFY(!refreshWith(user, before.tokens.refreshToken).ok());
}

void TestTokenSessionRenewal::aDueRenewalThatFailsKeepsTheCurrentToken()
{
    // Marked for renewal, and the token endpoint still down while the API
    // answers: the listener keeps listening with the current token.
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/oauth/token"), 503, 100));
    const Result<PasswordChanged> changed = changePassword(user);
    QVERIFY(changed.ok());
    QCOMPARE(changed.value().grant, GrantRenewal::AtNextUse);
    const StoredConnection marked = storedWith(user, changed.value().session);

    m_sandbox.resetCounters();
    std::unique_ptr<UserContext> relogged = user.core().createUserContext(changed.value().session);
    const Result<SoundCloudAccount> me = fetchMe(*relogged);
    QVERIFY2(me.ok(), qPrintable(me.ok() ? QString() : me.error().detail));
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);  // tried once, then backs off
    const StoredConnection still = storedWith(user, changed.value().session);
    QVERIFY(still.rotationDue);
    QCOMPARE(still.tokens.refreshToken, marked.tokens.refreshToken);
    QCOMPARE(still.version, marked.version);
}

void TestTokenSessionRenewal::anotherServiceGetsNoToken()
{
    // Configured for another service, the change sends the tokens nowhere
    // (ConnectionStore) and leaves the renewal for the service's next use.
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    AppConfig elsewhere = user.core().config();
    elsewhere.clientId = QStringLiteral("another-client");
    user.core().setConfig(elsewhere);
    m_sandbox.resetCounters();
    const Result<PasswordChanged> changed = changePassword(user);
    QVERIFY(changed.ok());
    QCOMPARE(changed.value().grant, GrantRenewal::AtNextUse);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(storedWith(user, changed.value().session).rotationDue);
}

WAVESHELF_TEST_GUILESS_MAIN(TestTokenSessionRenewal)
#include "tst_tokensessionrenewal.moc"
