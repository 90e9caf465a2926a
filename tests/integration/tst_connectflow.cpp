// The connect flow after the browser: redirect -> state check -> PKCE code
// exchange -> /me -> one transaction in the user's encrypted store.

#include "ConnectedUserFixture.h"
#include "SandboxHost.h"
#include "SandboxSignIn.h"
#include "TestSuite.h"
#include "network/TokenClient.h"
#include "session/ConnectFlow.h"
#include "storage/ConnectionStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace waveshelf;
using sandbox::Fault;
using sandbox::SandboxHost;

class TestConnectFlow final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void connectsAndStoresAccountAndTokens();
    void eachAttemptHasFreshStateAndVerifier();
    void wrongStateStoresNothing();
    void accessDeniedStoresNothing();
    void popupClosedStoresNothing();
    void tokenEndpointDownStoresNothing_data();
    void tokenEndpointDownStoresNothing();
    void meFailureStoresNothing();
    void deletedFlowDropsLateAnswer();
    void reusedCodeIsRefused();
    void sameAccountReconnectReplacesSilently();
    void differentAccountIsKeptUnlessConfirmed();
    void differentAccountReplacesWhenConfirmed();

private:
    std::unique_ptr<ConnectFlow> makeFlow(test::ConnectedUserFixture &user);
    SandboxHost m_sandbox;
};

void TestConnectFlow::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestConnectFlow::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
}

std::unique_ptr<ConnectFlow> TestConnectFlow::makeFlow(test::ConnectedUserFixture &user)
{
    const AppConfig &c = user.config();
    return std::make_unique<ConnectFlow>(user.network(), user.tokenClient(), user.store(), c.authorizeUrl, c.clientId,
                                         c.redirectUri, c.apiUrl);
}

void TestConnectFlow::connectsAndStoresAccountAndTokens()
{
    test::ConnectedUserFixture user(m_sandbox);
    auto flow = makeFlow(user);
    QSignalSpy connected(flow.get(), &ConnectFlow::connected);
    const QUrl redirect = test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    QVERIFY(!redirect.isEmpty());
    flow->complete(redirect);
    QVERIFY(connected.wait(10'000));
    const auto account = connected.first().first().value<SoundCloudAccount>();
    QCOMPARE(account.username, QStringLiteral("alice"));
    QVERIFY(account.urn.startsWith(QStringLiteral("soundcloud:users:")));

    const auto stored = user.store().load();
    QVERIFY(stored.ok() && stored.value().has_value());
    QCOMPARE(stored.value()->account, account);
    QVERIFY(!stored.value()->tokens.accessToken.isEmpty());
    QVERIFY(!stored.value()->tokens.refreshToken.isEmpty());
    QVERIFY(stored.value()->tokens.expiresAt > QDateTime::currentDateTimeUtc().addSecs(3000));
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1);
}

void TestConnectFlow::eachAttemptHasFreshStateAndVerifier()
{
    test::ConnectedUserFixture user(m_sandbox);
    auto first = makeFlow(user);
    auto second = makeFlow(user);
    QVERIFY(first->request().state != second->request().state);
    QVERIFY(first->request().codeVerifier != second->request().codeVerifier);
    const QUrlQuery query(first->request().url);
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QVERIFY(query.queryItemValue(QStringLiteral("code_challenge"))
            != QString::fromLatin1(first->request().codeVerifier));
}

void TestConnectFlow::wrongStateStoresNothing()
{
    test::ConnectedUserFixture user(m_sandbox);
    auto flow = makeFlow(user);
    QSignalSpy failed(flow.get(), &ConnectFlow::failed);
    QUrl redirect = test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("alice"),
                                                 QStringLiteral("alice-password"));
    QUrlQuery query(redirect);
    query.removeAllQueryItems(QStringLiteral("state"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
    redirect.setQuery(query);
    flow->complete(redirect);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::StateMismatch);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(!user.store().load().value().has_value());
}

void TestConnectFlow::accessDeniedStoresNothing()
{
    test::ConnectedUserFixture user(m_sandbox);
    auto flow = makeFlow(user);
    QSignalSpy failed(flow.get(), &ConnectFlow::failed);
    const QUrl redirect = test::SandboxSignIn::deny(user.network(), flow->request().url, QStringLiteral("alice"),
                                                    QStringLiteral("alice-password"));
    QVERIFY(QUrlQuery(redirect).hasQueryItem(QStringLiteral("error")));
    flow->complete(redirect);
    QCOMPARE(failed.size(), 1);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::AccessDenied);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(!user.store().load().value().has_value());
}

void TestConnectFlow::popupClosedStoresNothing()
{
    test::ConnectedUserFixture user(m_sandbox);
    auto flow = makeFlow(user);
    QSignalSpy failed(flow.get(), &ConnectFlow::failed);
    flow->cancelByUser();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Cancelled);
    // A redirect arriving afterwards is ignored.
    flow->complete(QUrl(QStringLiteral("http://127.0.0.1:8765/callback?code=x&state=")
                        + QString::fromLatin1(flow->request().state)));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestConnectFlow::tokenEndpointDownStoresNothing_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("500") << Fault::withStatus(QStringLiteral("/oauth/token"), 500) << ErrorKind::Unreachable;
    QTest::newRow("503") << Fault::withStatus(QStringLiteral("/oauth/token"), 503) << ErrorKind::Unreachable;
    QTest::newRow("html 403") << Fault::htmlForbidden(QStringLiteral("/oauth/token")) << ErrorKind::Unreachable;
    QTest::newRow("429") << Fault::rateLimited(QStringLiteral("/oauth/token")) << ErrorKind::RateLimited;
    QTest::newRow("truncated json") << Fault::malformedJson(QStringLiteral("/oauth/token")) << ErrorKind::Protocol;
    QTest::newRow("dropped") << Fault::drop(QStringLiteral("/oauth/token"), 5) << ErrorKind::Unreachable;
}

void TestConnectFlow::tokenEndpointDownStoresNothing()
{
    QFETCH(Fault, fault);
    QFETCH(ErrorKind, kind);
    test::ConnectedUserFixture user(m_sandbox);
    auto flow = makeFlow(user);
    QSignalSpy failed(flow.get(), &ConnectFlow::failed);
    const QUrl redirect = test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    m_sandbox.injectFault(fault);
    flow->complete(redirect);
    QVERIFY(failed.wait(20'000));
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, kind);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!user.store().load().value().has_value());
}

void TestConnectFlow::meFailureStoresNothing()
{
    test::ConnectedUserFixture user(m_sandbox);
    auto flow = makeFlow(user);
    QSignalSpy failed(flow.get(), &ConnectFlow::failed);
    const QUrl redirect = test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    m_sandbox.injectFault(Fault::withStatus(QStringLiteral("/me"), 502));
    flow->complete(redirect);
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Unreachable);
    QVERIFY(!user.store().load().value().has_value());
}

void TestConnectFlow::deletedFlowDropsLateAnswer()
{
    test::ConnectedUserFixture user(m_sandbox);
    auto flow = makeFlow(user);
    const QUrl redirect = test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    m_sandbox.injectFault(Fault::slow(QStringLiteral("/oauth/token"), 500));
    flow->complete(redirect);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1, 10'000);
    flow.reset();  // the user logged out while the exchange was in flight
    // The sandbox answers (or finds the client gone); the answer leads nowhere:
    // no /me request, nothing stored.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.slowAnswersPending(), 0, 10'000);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/me")), 0);
    QVERIFY(!user.store().load().value().has_value());
}

void TestConnectFlow::reusedCodeIsRefused()
{
    test::ConnectedUserFixture user(m_sandbox);
    auto flow = makeFlow(user);
    QSignalSpy connected(flow.get(), &ConnectFlow::connected);
    const QUrl redirect = test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    flow->complete(redirect);
    QVERIFY(connected.wait(10'000));

    // The same code (and state) replayed into a second attempt's exchange fails.
    bool answered = false;
    Error error;
    user.tokenClient().exchangeCode(QUrlQuery(redirect).queryItemValue(QStringLiteral("code")),
                                    flow->request().codeVerifier, this, [&](Result<TokenSet> tokens) {
                                        answered = true;
                                        if (!tokens.ok())
                                            error = tokens.error();
                                    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10'000);
    QCOMPARE(error.kind, ErrorKind::ReconnectNeeded);
}

void TestConnectFlow::sameAccountReconnectReplacesSilently()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("bob"), QStringLiteral("bob-password")));
    const qint64 before = user.store().load().value()->version;
    auto flow = makeFlow(user);
    QSignalSpy connected(flow.get(), &ConnectFlow::connected);
    QSignalSpy different(flow.get(), &ConnectFlow::differentAccount);
    flow->complete(test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("bob"),
                                                QStringLiteral("bob-password")));
    QVERIFY(connected.wait(10'000));
    QCOMPARE(different.size(), 0);
    QVERIFY(user.store().load().value()->version > before);
}

void TestConnectFlow::differentAccountIsKeptUnlessConfirmed()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    const StoredConnection before = user.store().load().value().value();
    auto flow = makeFlow(user);
    QSignalSpy different(flow.get(), &ConnectFlow::differentAccount);
    QSignalSpy failed(flow.get(), &ConnectFlow::failed);
    QSignalSpy connected(flow.get(), &ConnectFlow::connected);
    flow->complete(test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("bob"),
                                                QStringLiteral("bob-password")));
    QVERIFY(different.wait(10'000));
    QCOMPARE(different.first().at(0).value<SoundCloudAccount>().username, QStringLiteral("alice"));
    QCOMPARE(different.first().at(1).value<SoundCloudAccount>().username, QStringLiteral("bob"));
    // Nothing stored while the user decides.
    QCOMPARE(user.store().load().value()->account, before.account);
    flow->keepExisting();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Cancelled);
    QCOMPARE(connected.size(), 0);
    const StoredConnection after = user.store().load().value().value();
    QCOMPARE(after.account, before.account);
    QCOMPARE(after.tokens.refreshToken, before.tokens.refreshToken);
    QCOMPARE(after.version, before.version);
}

void TestConnectFlow::differentAccountReplacesWhenConfirmed()
{
    test::ConnectedUserFixture user(m_sandbox);
    QVERIFY(user.connectAs(QStringLiteral("alice"), QStringLiteral("alice-password")));
    auto flow = makeFlow(user);
    QSignalSpy different(flow.get(), &ConnectFlow::differentAccount);
    QSignalSpy connected(flow.get(), &ConnectFlow::connected);
    flow->complete(test::SandboxSignIn::approve(user.network(), flow->request().url, QStringLiteral("bob"),
                                                QStringLiteral("bob-password")));
    QVERIFY(different.wait(10'000));
    flow->confirmReplace();
    QCOMPARE(connected.size(), 1);
    QCOMPARE(user.store().load().value()->account.username, QStringLiteral("bob"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestConnectFlow)
#include "tst_connectflow.moc"
