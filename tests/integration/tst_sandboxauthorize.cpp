// The sandbox's /authorize page, driven over loopback by a real QNetworkAccessManager
// as a browser would: the request checks, the sign-in form, approve and deny.

#include "SandboxTestCase.h"
#include "TestSuite.h"

#include <QTest>
#include <QUrlQuery>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

class TestSandboxAuthorize final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void authorizeRejectsBadRequests_data();
    void authorizeRejectsBadRequests();
    void authorizePageShowsSignInForm();
    void approveRedirectsWithCodeStateAndIss();
    void denyRedirectsWithAccessDenied();
    void wrongPasswordShowsFormAgain();
    void tamperedHiddenFieldsAreRefused();
    void sessionIsPerBrowserProfile();
};

void TestSandboxAuthorize::authorizeRejectsBadRequests_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");  // null: the parameter is left out
    QTest::addColumn<int>("status");

    QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("someone-else") << 400;
    QTest::newRow("no client") << QStringLiteral("client_id") << QString() << 400;
    QTest::newRow("redirect with trailing slash") << QStringLiteral("redirect_uri") << kRedirectUri + u'/' << 400;
    QTest::newRow("redirect on localhost")
        << QStringLiteral("redirect_uri") << QStringLiteral("http://localhost:8765/callback") << 400;
    QTest::newRow("redirect on other port")
        << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:9999/callback") << 400;
    QTest::newRow("no redirect") << QStringLiteral("redirect_uri") << QString() << 400;
    QTest::newRow("implicit flow") << QStringLiteral("response_type") << QStringLiteral("token") << 400;
    QTest::newRow("no challenge") << QStringLiteral("code_challenge") << QString() << 400;
    QTest::newRow("plain method") << QStringLiteral("code_challenge_method") << QStringLiteral("plain") << 400;
    QTest::newRow("no method") << QStringLiteral("code_challenge_method") << QString() << 400;
    QTest::newRow("challenge too short") << QStringLiteral("code_challenge") << QStringLiteral("abc") << 400;
    QTest::newRow("non-expiring scope") << QStringLiteral("scope") << QStringLiteral("non-expiring") << 403;
}

void TestSandboxAuthorize::authorizeRejectsBadRequests()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, status);

    Params params = authorizeParams(challengeOf(randomVerifier()), QStringLiteral("xyz"));
    params = value.isNull() ? withoutParam(params, key) : withParam(params, key, value);
    Client browser;
    const HttpResult page = browser.get(authorizeUrl(params));
    QCOMPARE(page.status, status);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.header("Location").isEmpty());
    QVERIFY(page.body.contains("id=\"error\""));
    QVERIFY(!page.body.contains("id=\"password\""));
    QCOMPARE(m_host->authorizeRequestCount(), 1);
    QCOMPARE(m_host->requestCount(QStringLiteral("/authorize")), 1);
    QCOMPARE(m_host->requestCount(QStringLiteral("/me")), 0);
}

void TestSandboxAuthorize::authorizePageShowsSignInForm()
{
    Client browser;
    const QString challenge = challengeOf(randomVerifier());
    const HttpResult page = browser.get(authorizeUrl(authorizeParams(challenge, QStringLiteral("abc"))));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("<title>Sign in – SoundCloud sandbox</title>"));
    for (const char *id : {"id=\"username\"", "id=\"password\"", "id=\"approve\"", "id=\"deny\""})
        QVERIFY2(page.body.contains(id), id);
    QVERIFY(page.body.contains("not the real SoundCloud"));
    const Params fields = hiddenFields(page.body);
    QVERIFY(fields.contains({QStringLiteral("client_id"), kClientId}));
    QVERIFY(fields.contains({QStringLiteral("redirect_uri"), kRedirectUri}));
    QVERIFY(fields.contains({QStringLiteral("code_challenge"), challenge}));
    QVERIFY(fields.contains({QStringLiteral("state"), QStringLiteral("abc")}));
}

void TestSandboxAuthorize::approveRedirectsWithCodeStateAndIss()
{
    // A state full of characters that need encoding must come back exactly.
    const QString state = QStringLiteral("s+t/a=t&e %é~\"<x>'");
    Client browser;
    const HttpResult approved = signIn(browser, QStringLiteral("alice"), QStringLiteral("alice-password"),
                                       challengeOf(randomVerifier()), state);
    QCOMPARE(approved.status, 302);
    const QByteArray location = approved.header("Location");
    QVERIFY2(location.startsWith(QByteArray(kRedirectUri.toUtf8() + '?')), location.constData());
    const QUrlQuery query = approved.redirectQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), m_host->baseUrl().toString());
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(code.size() >= 20);
    QVERIFY(!query.hasQueryItem(QStringLiteral("error")));
    const QByteArray cookie = approved.header("Set-Cookie");
    QVERIFY(cookie.startsWith("sandbox_session="));
    QVERIFY(cookie.contains("HttpOnly"));
    QVERIFY(cookie.contains("Path=/"));
}

void TestSandboxAuthorize::denyRedirectsWithAccessDenied()
{
    Client browser;
    const HttpResult denied = signIn(browser, QString(), QString(), challengeOf(randomVerifier()),
                                     QStringLiteral("deny-state"), QStringLiteral("deny"));
    QCOMPARE(denied.status, 302);
    const QUrlQuery query = denied.redirectQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!query.queryItemValue(QStringLiteral("error_description")).isEmpty());
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("deny-state"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    QVERIFY(denied.header("Set-Cookie").isEmpty());
}

void TestSandboxAuthorize::wrongPasswordShowsFormAgain()
{
    Client browser;
    const HttpResult again = signIn(browser, QStringLiteral("alice"), QStringLiteral("bob-password"),
                                    challengeOf(randomVerifier()), QStringLiteral("s"));
    QCOMPARE(again.status, 200);
    QVERIFY(again.header("Location").isEmpty());
    QVERIFY(again.header("Set-Cookie").isEmpty());
    QVERIFY(again.body.contains("id=\"error\""));
    QVERIFY(again.body.contains("Wrong username or password"));
    QVERIFY(again.body.contains("id=\"password\""));

    const HttpResult unknown = signIn(browser, QStringLiteral("mallory"), QStringLiteral("x"),
                                      challengeOf(randomVerifier()), QStringLiteral("s"));
    QCOMPARE(unknown.status, 200);
    QVERIFY(unknown.header("Location").isEmpty());
}

void TestSandboxAuthorize::tamperedHiddenFieldsAreRefused()
{
    Client browser;
    Params form = authorizeParams(challengeOf(randomVerifier()), QStringLiteral("s"));
    form = withParam(form, QStringLiteral("redirect_uri"), QStringLiteral("http://evil.example/cb"));
    form.append({QStringLiteral("username"), QStringLiteral("alice")});
    form.append({QStringLiteral("password"), QStringLiteral("alice-password")});
    form.append({QStringLiteral("decision"), QStringLiteral("approve")});
    const HttpResult result = browser.post(m_host->authorizeUrl(), form);
    QCOMPARE(result.status, 400);
    QVERIFY(result.header("Location").isEmpty());
}

void TestSandboxAuthorize::sessionIsPerBrowserProfile()
{
    Client first;
    const HttpResult approved = signIn(first, QStringLiteral("alice"), QStringLiteral("alice-password"),
                                       challengeOf(randomVerifier()), QStringLiteral("one"));
    QCOMPARE(approved.status, 302);

    // The same profile is remembered: no password fields, approve/deny only.
    const QString verifier = randomVerifier();
    const HttpResult remembered = first.get(
        authorizeUrl(authorizeParams(challengeOf(verifier), QStringLiteral("two"))));
    QCOMPARE(remembered.status, 200);
    QVERIFY(remembered.body.contains("Signed in as alice"));
    QVERIFY(!remembered.body.contains("id=\"password\""));
    QVERIFY(remembered.body.contains("id=\"approve\""));
    QVERIFY(remembered.body.contains("id=\"deny\""));

    // Approving from the remembered session gives a working code.
    Params consent = hiddenFields(remembered.body);
    consent.append({QStringLiteral("decision"), QStringLiteral("approve")});
    const HttpResult again = first.post(m_host->authorizeUrl(), consent);
    QCOMPARE(again.status, 302);
    const QString code = again.redirectQuery().queryItemValue(QStringLiteral("code"));
    const HttpResult tokens = exchange(m_app, code, verifier);
    QCOMPARE(tokens.status, 200);
    const HttpResult me = api(QStringLiteral("/me"), tokens.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));

    // A second local user's separate profile does not inherit alice's session.
    Client second;
    const HttpResult fresh = second.get(
        authorizeUrl(authorizeParams(challengeOf(randomVerifier()), QStringLiteral("x"))));
    QCOMPARE(fresh.status, 200);
    QVERIFY(!fresh.body.contains("Signed in as"));
    QVERIFY(fresh.body.contains("id=\"password\""));
    // Approving without a session and without a password does not issue a code.
    Params noSession = hiddenFields(fresh.body);
    noSession.append({QStringLiteral("decision"), QStringLiteral("approve")});
    const HttpResult refused = second.post(m_host->authorizeUrl(), noSession);
    QCOMPARE(refused.status, 200);
    QVERIFY(refused.header("Location").isEmpty());
    QVERIFY(refused.body.contains("id=\"password\""));
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxAuthorize)
#include "tst_sandboxauthorize.moc"
