// The sandbox's /oauth/token endpoint, driven over loopback by a real QNetworkAccessManager:
// the PKCE exchange, refresh rotation, reuse detection and revoked grants.

#include "SandboxTestCase.h"
#include "TestSuite.h"

#include <QJsonObject>
#include <QTest>

using namespace sandboxtest;
using namespace waveshelf::sandbox;

class TestSandboxToken final : public SandboxTestCase {
    Q_OBJECT

private slots:
    void exchangeWithRfc7636Pair();
    void exchangeWithWrongVerifierFails();
    void codeReuseFailsAndRevokesItsGrant();
    void tokenEndpointRejectsBadRequests_data();
    void tokenEndpointRejectsBadRequests();
    void clientSecretRequiredWhenRegistered();
    void refreshRotatesTokens();
    void reusedRefreshTokenRevokesGrant();
    void revokedGrantsStopWorking();
};

void TestSandboxToken::exchangeWithRfc7636Pair()
{
    // RFC 7636, appendix B.
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    QCOMPARE(challengeOf(verifier), challenge);

    Client browser;
    const HttpResult approved = signIn(browser, QStringLiteral("bob"), QStringLiteral("bob-password"), challenge,
                                       QStringLiteral("rfc"));
    const QString code = approved.redirectQuery().queryItemValue(QStringLiteral("code"));
    const HttpResult tokens = exchange(m_app, code, verifier);
    QCOMPARE(tokens.status, 200);
    QVERIFY(tokens.header("Content-Type").startsWith("application/json"));
    const QJsonObject body = tokens.json();
    QVERIFY(!body.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!body.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QString());
    QVERIFY(body.value(QStringLiteral("scope")).isString());
    QVERIFY(!body.contains(QStringLiteral("token_type")));

    const HttpResult me = api(QStringLiteral("/me"), body.value(QStringLiteral("access_token")).toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("bob"));
}

void TestSandboxToken::exchangeWithWrongVerifierFails()
{
    const QString verifier = randomVerifier();
    const QString code = codeFor(QStringLiteral("alice"), verifier);
    // The classic bug: sending the challenge where the verifier belongs.
    const HttpResult wrong = exchange(m_app, code, challengeOf(verifier));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.oauthError(), QStringLiteral("invalid_grant"));
    QVERIFY(!wrong.json().contains(QStringLiteral("access_token")));
}

void TestSandboxToken::codeReuseFailsAndRevokesItsGrant()
{
    const QString verifier = randomVerifier();
    const QString code = codeFor(QStringLiteral("alice"), verifier);
    const HttpResult first = exchange(m_app, code, verifier);
    QCOMPARE(first.status, 200);
    const QString access = first.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(api(QStringLiteral("/me"), access).status, 200);

    const HttpResult second = exchange(m_app, code, verifier);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.oauthError(), QStringLiteral("invalid_grant"));
    // RFC 6749 §4.1.2: the tokens the code was exchanged for are revoked.
    QCOMPARE(api(QStringLiteral("/me"), access).status, 401);
}

void TestSandboxToken::tokenEndpointRejectsBadRequests_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");  // null: left out
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString invalidRequest = QStringLiteral("invalid_request");
    const QString invalidGrant = QStringLiteral("invalid_grant");
    QTest::newRow("no grant_type") << QStringLiteral("grant_type") << QString() << 400 << invalidRequest;
    QTest::newRow("password grant") << QStringLiteral("grant_type") << QStringLiteral("password") << 400
                                    << QStringLiteral("unsupported_grant_type");
    QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("nope") << 401
                                    << QStringLiteral("invalid_client");
    QTest::newRow("no client") << QStringLiteral("client_id") << QString() << 401 << QStringLiteral("invalid_client");
    QTest::newRow("no verifier") << QStringLiteral("code_verifier") << QString() << 400 << invalidRequest;
    QTest::newRow("short verifier") << QStringLiteral("code_verifier") << QStringLiteral("too-short") << 400
                                    << invalidRequest;
    QTest::newRow("no code") << QStringLiteral("code") << QString() << 400 << invalidRequest;
    QTest::newRow("unknown code") << QStringLiteral("code") << QStringLiteral("made-up") << 400 << invalidGrant;
    QTest::newRow("other redirect") << QStringLiteral("redirect_uri") << QStringLiteral("http://127.0.0.1:8765/other")
                                    << 400 << invalidGrant;
    QTest::newRow("no redirect") << QStringLiteral("redirect_uri") << QString() << 400 << invalidRequest;
}

void TestSandboxToken::tokenEndpointRejectsBadRequests()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, error);

    const QString verifier = randomVerifier();
    const QString code = codeFor(QStringLiteral("alice"), verifier);
    const HttpResult result = exchange(m_app, code, verifier, {{key, value}});
    QCOMPARE(result.status, status);
    QCOMPARE(result.oauthError(), error);
    QVERIFY(!result.json().contains(QStringLiteral("access_token")));
}

void TestSandboxToken::clientSecretRequiredWhenRegistered()
{
    SandboxOptions options;
    options.clientSecret = QStringLiteral("s3cret");
    SandboxHost confidential;
    QVERIFY(confidential.start(options));
    const auto codeFrom = [&](const QString &verifier) {
        Client browser;
        const Params params = authorizeParams(challengeOf(verifier), QStringLiteral("c"));
        const QUrl authorize = QUrl::fromEncoded(confidential.authorizeUrl().toEncoded() + '?' + formEncode(params));
        Params form = hiddenFields(browser.get(authorize).body);
        form.append({QStringLiteral("username"), QStringLiteral("carol")});
        form.append({QStringLiteral("password"), QStringLiteral("carol-password")});
        form.append({QStringLiteral("decision"), QStringLiteral("approve")});
        return browser.post(confidential.authorizeUrl(), form).redirectQuery().queryItemValue(QStringLiteral("code"));
    };
    const Params exchangeForm{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                              {QStringLiteral("redirect_uri"), kRedirectUri},
                              {QStringLiteral("client_id"), kClientId}};

    QString verifier = randomVerifier();
    Params form = exchangeForm;
    form.append({QStringLiteral("code"), codeFrom(verifier)});
    form.append({QStringLiteral("code_verifier"), verifier});
    HttpResult withoutSecret = m_app.post(confidential.tokenUrl(), form);
    QCOMPARE(withoutSecret.status, 401);
    QCOMPARE(withoutSecret.oauthError(), QStringLiteral("invalid_client"));

    verifier = randomVerifier();
    form = exchangeForm;
    form.append({QStringLiteral("code"), codeFrom(verifier)});
    form.append({QStringLiteral("code_verifier"), verifier});
    form.append({QStringLiteral("client_secret"), QStringLiteral("wrong")});
    QCOMPARE(m_app.post(confidential.tokenUrl(), form).status, 401);

    verifier = randomVerifier();
    form = exchangeForm;
    form.append({QStringLiteral("code"), codeFrom(verifier)});
    form.append({QStringLiteral("code_verifier"), verifier});
    form.append({QStringLiteral("client_secret"), QStringLiteral("s3cret")});
    const HttpResult ok = m_app.post(confidential.tokenUrl(), form);
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
}

void TestSandboxToken::refreshRotatesTokens()
{
    const Tokens first = connectUser(QStringLiteral("alice"));
    QVERIFY(!first.refresh.isEmpty());
    const HttpResult rotated = refresh(m_app, first.refresh);
    QCOMPARE(rotated.status, 200);
    const QJsonObject body = rotated.json();
    const QString access = body.value(QStringLiteral("access_token")).toString();
    const QString newRefresh = body.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(access != first.access);
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != first.refresh);
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3600);
    QVERIFY(!body.contains(QStringLiteral("token_type")));
    QCOMPARE(api(QStringLiteral("/me"), access).status, 200);

    // The new refresh token works once more.
    const HttpResult again = refresh(m_app, newRefresh);
    QCOMPARE(again.status, 200);
    QVERIFY(!m_host->isGrantRevoked(QStringLiteral("alice")));
}

void TestSandboxToken::reusedRefreshTokenRevokesGrant()
{
    const Tokens first = connectUser(QStringLiteral("bob"));
    const HttpResult rotated = refresh(m_app, first.refresh);
    QCOMPARE(rotated.status, 200);
    const QString newest = rotated.json().value(QStringLiteral("access_token")).toString();
    const QString newestRefresh = rotated.json().value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(api(QStringLiteral("/me"), newest).status, 200);
    QVERIFY(!m_host->isGrantRevoked(QStringLiteral("bob")));

    // "I was refreshing twice": the old refresh token again.
    const HttpResult reused = refresh(m_app, first.refresh);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.json(), QJsonObject({{QStringLiteral("error"), QStringLiteral("invalid_grant")}}));
    QVERIFY(m_host->isGrantRevoked(QStringLiteral("bob")));

    // The whole grant is gone: its newest access and refresh tokens too.
    const HttpResult me = api(QStringLiteral("/me"), newest);
    QCOMPARE(me.status, 401);
    QCOMPARE(refresh(m_app, newestRefresh).oauthError(), QStringLiteral("invalid_grant"));
}

void TestSandboxToken::revokedGrantsStopWorking()
{
    const Tokens tokens = connectUser(QStringLiteral("carol"));
    QCOMPARE(api(QStringLiteral("/me"), tokens.access).status, 200);
    m_host->revokeAllGrants(QStringLiteral("carol"));
    QVERIFY(m_host->isGrantRevoked(QStringLiteral("carol")));
    QCOMPARE(api(QStringLiteral("/me"), tokens.access).status, 401);
    QCOMPARE(refresh(m_app, tokens.refresh).oauthError(), QStringLiteral("invalid_grant"));
    // Connecting again makes a new, working grant.
    const Tokens again = connectUser(QStringLiteral("carol"));
    QCOMPARE(api(QStringLiteral("/me"), again.access).status, 200);
    QVERIFY(!m_host->isGrantRevoked(QStringLiteral("carol")));
}

WAVESHELF_TEST_GUILESS_MAIN(TestSandboxToken)
#include "tst_sandboxtoken.moc"
