// The SoundCloud sandbox, driven over loopback by a real QNetworkAccessManager.

#include "SandboxHost.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace waveshelf::sandbox;

namespace {

using Params = QList<QPair<QString, QString>>;

const QString kClientId = QStringLiteral("waveshelf-sandbox");
const QString kRedirectUri = QStringLiteral("http://127.0.0.1:8765/callback");

// Form encoding written here, independent of the sandbox's own.
QByteArray formEncode(const Params &params)
{
    QByteArray out;
    for (const auto &param : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(param.first) + '=' + QUrl::toPercentEncoding(param.second);
    }
    return out;
}

Params withParam(Params params, const QString &key, const QString &value)
{
    params.removeIf([&key](const auto &param) { return param.first == key; });
    params.append({key, value});
    return params;
}

Params withoutParam(Params params, const QString &key)
{
    params.removeIf([&key](const auto &param) { return param.first == key; });
    return params;
}

QString randomVerifier()
{
    QByteArray bytes;
    for (int i = 0; i < 32; ++i)
        bytes.append(static_cast<char>(QRandomGenerator::global()->bounded(256)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString challengeOf(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString htmlUnescape(QString text)
{
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// What a browser would post back: the page's hidden fields.
Params hiddenFields(const QByteArray &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">"));
    Params fields;
    auto it = hidden.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        fields.append({htmlUnescape(match.captured(1)), htmlUnescape(match.captured(2))});
    }
    return fields;
}

struct HttpResult {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return QByteArray();
    }
    bool isJson() const
    {
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QString oauthError() const { return json().value(QStringLiteral("error")).toString(); }
    QUrlQuery redirectQuery() const
    {
        return QUrlQuery(QUrl::fromEncoded(header("Location"), QUrl::StrictMode));
    }
};

// A browser profile or an app: one QNetworkAccessManager with its own cookie jar.
class Client final {
public:
    QNetworkReply *startGet(const QUrl &url, const QByteArray &authorization = QByteArray(),
                            int timeoutMs = 15000)
    {
        QNetworkRequest request = makeRequest(url, timeoutMs);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        return m_nam.get(request);
    }

    HttpResult get(const QUrl &url, const QByteArray &authorization = QByteArray(),
                   int timeoutMs = 15000)
    {
        return finish(startGet(url, authorization, timeoutMs));
    }

    QNetworkReply *startPost(const QUrl &url, const Params &form, int timeoutMs = 15000)
    {
        QNetworkRequest request = makeRequest(url, timeoutMs);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        return m_nam.post(request, formEncode(form));
    }

    HttpResult post(const QUrl &url, const Params &form, int timeoutMs = 15000)
    {
        return finish(startPost(url, form, timeoutMs));
    }

    static HttpResult finish(QNetworkReply *reply)
    {
        QElapsedTimer timer;
        timer.start();
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(30000);
        }
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        if (reply->isOpen())
            result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.elapsedMs = timer.elapsed();
        reply->deleteLater();
        return result;
    }

private:
    static QNetworkRequest makeRequest(const QUrl &url, int timeoutMs)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(timeoutMs);
        return request;
    }

    QNetworkAccessManager m_nam;
};

struct Tokens {
    QString access;
    QString refresh;
};

} // namespace

class TestSandbox final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    // /authorize
    void authorizeRejectsBadRequests_data();
    void authorizeRejectsBadRequests();
    void authorizePageShowsSignInForm();
    void approveRedirectsWithCodeStateAndIss();
    void denyRedirectsWithAccessDenied();
    void wrongPasswordShowsFormAgain();
    void tamperedHiddenFieldsAreRefused();
    void sessionIsPerBrowserProfile();

    // /oauth/token
    void exchangeWithRfc7636Pair();
    void exchangeWithWrongVerifierFails();
    void codeReuseFailsAndRevokesItsGrant();
    void tokenEndpointRejectsBadRequests_data();
    void tokenEndpointRejectsBadRequests();
    void clientSecretRequiredWhenRegistered();
    void refreshRotatesTokens();
    void reusedRefreshTokenRevokesGrant();
    void revokedGrantsStopWorking();

    // API
    void apiRequiresOAuthScheme_data();
    void apiRequiresOAuthScheme();
    void expiredAccessTokenIsRejected();
    void tokenLifetimeIsConfigurable();
    void meDescribesTheUser();
    void paginationWalksAllTracks();
    void defaultAccessHidesBlockedTracks();
    void limitIsCappedAndDefaults();
    void invalidCursorIsRefused();
    void bobHasLikesAndPlaylists();
    void carolHasAnEmptyLibrary();
    void imagesArePng();

    // Faults and counters
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

private:
    QUrl url(const QString &pathAndQuery) const;
    Params authorizeParams(const QString &challenge, const QString &state) const;
    QUrl authorizeUrl(const Params &params) const;
    HttpResult signIn(Client &browser, const QString &username, const QString &password,
                      const QString &challenge, const QString &state,
                      const QString &decision = QStringLiteral("approve"));
    QString codeFor(const QString &username, const QString &verifier);
    HttpResult exchange(Client &app, const QString &code, const QString &verifier,
                        const Params &overrides = {});
    HttpResult refresh(Client &app, const QString &refreshToken);
    Tokens connectUser(const QString &username);
    HttpResult api(const QString &pathAndQuery, const QString &accessToken);
    static QString password(const QString &username) { return username + QStringLiteral("-password"); }

    std::unique_ptr<SandboxHost> m_host;
    Client m_app;
};

// ---------------------------------------------------------------- helpers

QUrl TestSandbox::url(const QString &pathAndQuery) const
{
    return QUrl(m_host->baseUrl().toString() + pathAndQuery, QUrl::StrictMode);
}

Params TestSandbox::authorizeParams(const QString &challenge, const QString &state) const
{
    return {{QStringLiteral("client_id"), kClientId},
            {QStringLiteral("redirect_uri"), kRedirectUri},
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("code_challenge"), challenge},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
            {QStringLiteral("state"), state}};
}

QUrl TestSandbox::authorizeUrl(const Params &params) const
{
    return QUrl::fromEncoded(m_host->authorizeUrl().toEncoded() + '?' + formEncode(params),
                             QUrl::StrictMode);
}

HttpResult TestSandbox::signIn(Client &browser, const QString &username, const QString &pass,
                               const QString &challenge, const QString &state,
                               const QString &decision)
{
    const HttpResult page = browser.get(authorizeUrl(authorizeParams(challenge, state)));
    Params form = hiddenFields(page.body);
    form.append({QStringLiteral("username"), username});
    form.append({QStringLiteral("password"), pass});
    form.append({QStringLiteral("decision"), decision});
    return browser.post(m_host->authorizeUrl(), form);
}

QString TestSandbox::codeFor(const QString &username, const QString &verifier)
{
    Client browser;
    const HttpResult approved = signIn(browser, username, password(username),
                                       challengeOf(verifier), QStringLiteral("state-1"));
    return approved.redirectQuery().queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

HttpResult TestSandbox::exchange(Client &app, const QString &code, const QString &verifier,
                                 const Params &overrides)
{
    Params form {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                 {QStringLiteral("code"), code},
                 {QStringLiteral("redirect_uri"), kRedirectUri},
                 {QStringLiteral("client_id"), kClientId},
                 {QStringLiteral("code_verifier"), verifier}};
    for (const auto &override : overrides)
        form = override.second.isNull() ? withoutParam(form, override.first)
                                        : withParam(form, override.first, override.second);
    return app.post(m_host->tokenUrl(), form);
}

HttpResult TestSandbox::refresh(Client &app, const QString &refreshToken)
{
    return app.post(m_host->tokenUrl(),
                    {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refreshToken},
                     {QStringLiteral("client_id"), kClientId}});
}

Tokens TestSandbox::connectUser(const QString &username)
{
    const QString verifier = randomVerifier();
    const HttpResult tokens = exchange(m_app, codeFor(username, verifier), verifier);
    return {tokens.json().value(QStringLiteral("access_token")).toString(),
            tokens.json().value(QStringLiteral("refresh_token")).toString()};
}

HttpResult TestSandbox::api(const QString &pathAndQuery, const QString &accessToken)
{
    return m_app.get(url(pathAndQuery), QByteArrayLiteral("OAuth ") + accessToken.toUtf8());
}

// ---------------------------------------------------------------- setup

void TestSandbox::initTestCase()
{
    m_host = std::make_unique<SandboxHost>();
    QVERIFY(m_host->start());
    QCOMPARE(m_host->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_host->baseUrl().port() > 0);
}

void TestSandbox::init()
{
    m_host->clearFaults();
    m_host->resetCounters();
    m_host->setAccessTokenLifetime(3600);
}

// ---------------------------------------------------------------- /authorize

void TestSandbox::authorizeRejectsBadRequests_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // null: the parameter is left out
    QTest::addColumn<int>("status");

    QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("someone-else") << 400;
    QTest::newRow("no client") << QStringLiteral("client_id") << QString() << 400;
    QTest::newRow("redirect with trailing slash") << QStringLiteral("redirect_uri")
                                                  << kRedirectUri + u'/' << 400;
    QTest::newRow("redirect on localhost") << QStringLiteral("redirect_uri")
                                           << QStringLiteral("http://localhost:8765/callback") << 400;
    QTest::newRow("redirect on other port") << QStringLiteral("redirect_uri")
                                            << QStringLiteral("http://127.0.0.1:9999/callback") << 400;
    QTest::newRow("no redirect") << QStringLiteral("redirect_uri") << QString() << 400;
    QTest::newRow("implicit flow") << QStringLiteral("response_type") << QStringLiteral("token") << 400;
    QTest::newRow("no challenge") << QStringLiteral("code_challenge") << QString() << 400;
    QTest::newRow("plain method") << QStringLiteral("code_challenge_method") << QStringLiteral("plain") << 400;
    QTest::newRow("no method") << QStringLiteral("code_challenge_method") << QString() << 400;
    QTest::newRow("challenge too short") << QStringLiteral("code_challenge") << QStringLiteral("abc") << 400;
    QTest::newRow("non-expiring scope") << QStringLiteral("scope") << QStringLiteral("non-expiring") << 403;
}

void TestSandbox::authorizeRejectsBadRequests()
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

void TestSandbox::authorizePageShowsSignInForm()
{
    Client browser;
    const QString challenge = challengeOf(randomVerifier());
    const HttpResult page =
        browser.get(authorizeUrl(authorizeParams(challenge, QStringLiteral("abc"))));
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

void TestSandbox::approveRedirectsWithCodeStateAndIss()
{
    // A state full of characters that need encoding must come back exactly.
    const QString state = QStringLiteral("s+t/a=t&e %é~\"<x>'");
    Client browser;
    const HttpResult approved = signIn(browser, QStringLiteral("alice"),
                                       QStringLiteral("alice-password"),
                                       challengeOf(randomVerifier()), state);
    QCOMPARE(approved.status, 302);
    const QByteArray location = approved.header("Location");
    QVERIFY2(location.startsWith(QByteArray(kRedirectUri.toUtf8() + '?')), location.constData());
    const QUrlQuery query = approved.redirectQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), state);
    QCOMPARE(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
             m_host->baseUrl().toString());
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    QVERIFY(code.size() >= 20);
    QVERIFY(!query.hasQueryItem(QStringLiteral("error")));
    const QByteArray cookie = approved.header("Set-Cookie");
    QVERIFY(cookie.startsWith("sandbox_session="));
    QVERIFY(cookie.contains("HttpOnly"));
    QVERIFY(cookie.contains("Path=/"));
}

void TestSandbox::denyRedirectsWithAccessDenied()
{
    Client browser;
    const HttpResult denied =
        signIn(browser, QString(), QString(), challengeOf(randomVerifier()),
               QStringLiteral("deny-state"), QStringLiteral("deny"));
    QCOMPARE(denied.status, 302);
    const QUrlQuery query = denied.redirectQuery();
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!query.queryItemValue(QStringLiteral("error_description")).isEmpty());
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("deny-state"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    QVERIFY(denied.header("Set-Cookie").isEmpty());
}

void TestSandbox::wrongPasswordShowsFormAgain()
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

void TestSandbox::tamperedHiddenFieldsAreRefused()
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

void TestSandbox::sessionIsPerBrowserProfile()
{
    Client first;
    const HttpResult approved =
        signIn(first, QStringLiteral("alice"), QStringLiteral("alice-password"),
               challengeOf(randomVerifier()), QStringLiteral("one"));
    QCOMPARE(approved.status, 302);

    // The same profile is remembered: no password fields, approve/deny only.
    const QString verifier = randomVerifier();
    const HttpResult remembered =
        first.get(authorizeUrl(authorizeParams(challengeOf(verifier), QStringLiteral("two"))));
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
    const HttpResult me =
        api(QStringLiteral("/me"), tokens.json().value(QStringLiteral("access_token")).toString());
    QCOMPARE(me.json().value(QStringLiteral("username")).toString(), QStringLiteral("alice"));

    // A second local user's separate profile does not inherit alice's session.
    Client second;
    const HttpResult fresh =
        second.get(authorizeUrl(authorizeParams(challengeOf(randomVerifier()), QStringLiteral("x"))));
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

// ---------------------------------------------------------------- /oauth/token

void TestSandbox::exchangeWithRfc7636Pair()
{
    // RFC 7636, appendix B.
    const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    QCOMPARE(challengeOf(verifier), challenge);

    Client browser;
    const HttpResult approved = signIn(browser, QStringLiteral("bob"),
                                       QStringLiteral("bob-password"), challenge,
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

void TestSandbox::exchangeWithWrongVerifierFails()
{
    const QString verifier = randomVerifier();
    const QString code = codeFor(QStringLiteral("alice"), verifier);
    // The classic bug: sending the challenge where the verifier belongs.
    const HttpResult wrong = exchange(m_app, code, challengeOf(verifier));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.oauthError(), QStringLiteral("invalid_grant"));
    QVERIFY(!wrong.json().contains(QStringLiteral("access_token")));
}

void TestSandbox::codeReuseFailsAndRevokesItsGrant()
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

void TestSandbox::tokenEndpointRejectsBadRequests_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value"); // null: left out
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString invalidRequest = QStringLiteral("invalid_request");
    const QString invalidGrant = QStringLiteral("invalid_grant");
    QTest::newRow("no grant_type") << QStringLiteral("grant_type") << QString() << 400 << invalidRequest;
    QTest::newRow("password grant") << QStringLiteral("grant_type") << QStringLiteral("password")
                                    << 400 << QStringLiteral("unsupported_grant_type");
    QTest::newRow("unknown client") << QStringLiteral("client_id") << QStringLiteral("nope")
                                    << 401 << QStringLiteral("invalid_client");
    QTest::newRow("no client") << QStringLiteral("client_id") << QString() << 401
                               << QStringLiteral("invalid_client");
    QTest::newRow("no verifier") << QStringLiteral("code_verifier") << QString() << 400 << invalidRequest;
    QTest::newRow("short verifier") << QStringLiteral("code_verifier") << QStringLiteral("too-short")
                                    << 400 << invalidRequest;
    QTest::newRow("no code") << QStringLiteral("code") << QString() << 400 << invalidRequest;
    QTest::newRow("unknown code") << QStringLiteral("code") << QStringLiteral("made-up") << 400 << invalidGrant;
    QTest::newRow("other redirect") << QStringLiteral("redirect_uri")
                                    << QStringLiteral("http://127.0.0.1:8765/other") << 400 << invalidGrant;
    QTest::newRow("no redirect") << QStringLiteral("redirect_uri") << QString() << 400 << invalidRequest;
}

void TestSandbox::tokenEndpointRejectsBadRequests()
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

void TestSandbox::clientSecretRequiredWhenRegistered()
{
    SandboxOptions options;
    options.clientSecret = QStringLiteral("s3cret");
    SandboxHost confidential;
    QVERIFY(confidential.start(options));
    const auto codeFrom = [&](const QString &verifier) {
        Client browser;
        const Params params = authorizeParams(challengeOf(verifier), QStringLiteral("c"));
        const QUrl authorize = QUrl::fromEncoded(confidential.authorizeUrl().toEncoded() + '?'
                                                 + formEncode(params));
        Params form = hiddenFields(browser.get(authorize).body);
        form.append({QStringLiteral("username"), QStringLiteral("carol")});
        form.append({QStringLiteral("password"), QStringLiteral("carol-password")});
        form.append({QStringLiteral("decision"), QStringLiteral("approve")});
        return browser.post(confidential.authorizeUrl(), form)
            .redirectQuery()
            .queryItemValue(QStringLiteral("code"));
    };
    const Params exchangeForm {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
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

void TestSandbox::refreshRotatesTokens()
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

void TestSandbox::reusedRefreshTokenRevokesGrant()
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

void TestSandbox::revokedGrantsStopWorking()
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

// ---------------------------------------------------------------- API

void TestSandbox::apiRequiresOAuthScheme_data()
{
    QTest::addColumn<QString>("scheme"); // null: no Authorization header
    QTest::addColumn<bool>("realToken");
    QTest::addColumn<int>("status");

    QTest::newRow("OAuth") << QStringLiteral("OAuth") << true << 200;
    QTest::newRow("Bearer") << QStringLiteral("Bearer") << true << 401;
    QTest::newRow("no header") << QString() << true << 401;
    QTest::newRow("made-up token") << QStringLiteral("OAuth") << false << 401;
}

void TestSandbox::apiRequiresOAuthScheme()
{
    QFETCH(QString, scheme);
    QFETCH(bool, realToken);
    QFETCH(int, status);

    const Tokens tokens = connectUser(QStringLiteral("alice"));
    const QString token = realToken ? tokens.access : QStringLiteral("2-123-madeup");
    const QByteArray header = scheme.isNull() ? QByteArray() : (scheme + u' ' + token).toUtf8();
    const QStringList paths {QStringLiteral("/me"), QStringLiteral("/me/tracks"),
                             QStringLiteral("/me/likes/tracks"), QStringLiteral("/me/playlists")};
    for (const QString &path : paths) {
        const HttpResult result = m_app.get(url(path), header);
        QCOMPARE(result.status, status);
        if (status == 401) {
            const QJsonObject expected {{QStringLiteral("code"), 401},
                                        {QStringLiteral("message"), QString()},
                                        {QStringLiteral("status"), QStringLiteral("401 - Unauthorized")},
                                        {QStringLiteral("errors"), QJsonArray()},
                                        {QStringLiteral("error"), QJsonValue::Null}};
            QCOMPARE(result.json(), expected);
        }
    }
}

void TestSandbox::expiredAccessTokenIsRejected()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    QCOMPARE(api(QStringLiteral("/me"), tokens.access).status, 200);
    m_host->expireAllAccessTokens();
    QCOMPARE(api(QStringLiteral("/me"), tokens.access).status, 401);
    // Expiry is not revocation: the refresh token still works.
    const HttpResult refreshed = refresh(m_app, tokens.refresh);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(api(QStringLiteral("/me"), refreshed.json().value(QStringLiteral("access_token")).toString())
                 .status,
             200);
}

void TestSandbox::tokenLifetimeIsConfigurable()
{
    m_host->setAccessTokenLifetime(1);
    const Tokens tokens = connectUser(QStringLiteral("alice"));
    QCOMPARE(refresh(m_app, tokens.refresh).json().value(QStringLiteral("expires_in")).toInt(), 1);
    m_host->setAccessTokenLifetime(120);
    const Tokens longer = connectUser(QStringLiteral("alice"));
    QCOMPARE(api(QStringLiteral("/me"), longer.access).status, 200);
    QCOMPARE(refresh(m_app, longer.refresh).json().value(QStringLiteral("expires_in")).toInt(), 120);
    // A one-second token is dead after a second.
    QTRY_COMPARE_WITH_TIMEOUT(api(QStringLiteral("/me"), tokens.access).status, 401, 3000);
}

void TestSandbox::meDescribesTheUser()
{
    const HttpResult me = api(QStringLiteral("/me"), connectUser(QStringLiteral("alice")).access);
    QCOMPARE(me.status, 200);
    const QJsonObject user = me.json();
    QCOMPARE(user.value(QStringLiteral("urn")).toString(), QStringLiteral("soundcloud:users:1001"));
    QCOMPARE(user.value(QStringLiteral("id")).toInt(), 1001);
    QCOMPARE(user.value(QStringLiteral("kind")).toString(), QStringLiteral("user"));
    QCOMPARE(user.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(user.value(QStringLiteral("full_name")).toString(), QStringLiteral("Alice Sandbox"));
    QCOMPARE(user.value(QStringLiteral("track_count")).toInt(), 1234);
    QVERIFY(!user.value(QStringLiteral("permalink")).toString().isEmpty());
    QVERIFY(user.value(QStringLiteral("avatar_url")).toString().startsWith(m_host->baseUrl().toString()));
    QVERIFY(user.contains(QStringLiteral("followers_count")));
}

void TestSandbox::paginationWalksAllTracks()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    QUrl next = url(QStringLiteral("/me/tracks?limit=200&linked_partitioning=true"
                                   "&access=playable,preview,blocked"));
    QSet<QString> urns;
    int pages = 0;
    int items = 0;
    bool sawNullGenre = false;
    bool sawEmptyGenre = false;
    int blocked = 0;
    while (next.isValid() && pages < 20) {
        const HttpResult page = m_app.get(next, QByteArrayLiteral("OAuth ") + token.toUtf8());
        QCOMPARE(page.status, 200);
        ++pages;
        const QJsonObject body = page.json();
        const QJsonArray collection = body.value(QStringLiteral("collection")).toArray();
        QVERIFY(collection.size() <= 200);
        for (const QJsonValue &value : collection) {
            const QJsonObject track = value.toObject();
            const QString urn = track.value(QStringLiteral("urn")).toString();
            QVERIFY2(urn.startsWith(QStringLiteral("soundcloud:tracks:")), qPrintable(urn));
            QVERIFY2(!urns.contains(urn), qPrintable(urn));
            urns.insert(urn);
            ++items;
            QVERIFY(track.value(QStringLiteral("duration")).toInt() > 0);
            QCOMPARE(track.value(QStringLiteral("user")).toObject().value(QStringLiteral("urn")).toString(),
                     QStringLiteral("soundcloud:users:1001"));
            sawNullGenre = sawNullGenre || track.value(QStringLiteral("genre")).isNull();
            sawEmptyGenre = sawEmptyGenre || track.value(QStringLiteral("genre")) == QString();
            blocked += track.value(QStringLiteral("access")).toString() == QStringLiteral("blocked");
        }
        const QJsonValue href = body.value(QStringLiteral("next_href"));
        QVERIFY(body.contains(QStringLiteral("next_href")));
        if (href.isNull()) {
            next = QUrl();
        } else {
            const QString text = href.toString();
            QVERIFY2(text.startsWith(m_host->baseUrl().toString() + QStringLiteral("/me/tracks?")),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("limit=200")));
            QVERIFY(text.contains(QStringLiteral("linked_partitioning=true")));
            QCOMPARE(collection.size(), 200);
            next = QUrl(text, QUrl::StrictMode);
        }
    }
    QCOMPARE(pages, 7);
    QCOMPARE(items, 1234);
    QCOMPARE(urns.size(), 1234);
    QVERIFY(sawNullGenre);
    QVERIFY(sawEmptyGenre);
    QVERIFY(blocked > 0);
}

void TestSandbox::defaultAccessHidesBlockedTracks()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    QUrl next = url(QStringLiteral("/me/tracks?limit=200&linked_partitioning=true"));
    int items = 0;
    for (int pages = 0; next.isValid() && pages < 20; ++pages) {
        const QJsonObject body = m_app.get(next, QByteArrayLiteral("OAuth ") + token.toUtf8()).json();
        const QJsonArray collection = body.value(QStringLiteral("collection")).toArray();
        for (const QJsonValue &value : collection) {
            ++items;
            QVERIFY(value.toObject().value(QStringLiteral("access")).toString() != QStringLiteral("blocked"));
        }
        const QJsonValue href = body.value(QStringLiteral("next_href"));
        next = href.isNull() ? QUrl() : QUrl(href.toString(), QUrl::StrictMode);
    }
    QVERIFY(items > 1000);
    QVERIFY(items < 1234);
}

void TestSandbox::limitIsCappedAndDefaults()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    const HttpResult capped =
        api(QStringLiteral("/me/tracks?limit=500&linked_partitioning=true"), token);
    QCOMPARE(capped.json().value(QStringLiteral("collection")).toArray().size(), 200);
    QVERIFY(capped.json().value(QStringLiteral("next_href")).toString().contains(QStringLiteral("limit=200")));

    const HttpResult defaulted = api(QStringLiteral("/me/tracks?linked_partitioning=true"), token);
    QCOMPARE(defaulted.json().value(QStringLiteral("collection")).toArray().size(), 50);
    QVERIFY(defaulted.json().value(QStringLiteral("next_href")).toString().contains(QStringLiteral("limit=50")));

    const HttpResult zero = api(QStringLiteral("/me/tracks?limit=0&linked_partitioning=true"), token);
    QCOMPARE(zero.json().value(QStringLiteral("collection")).toArray().size(), 50);

    // Without linked_partitioning: the deprecated bare array.
    const HttpResult bare = api(QStringLiteral("/me/tracks?limit=10"), token);
    QCOMPARE(bare.status, 200);
    QVERIFY(QJsonDocument::fromJson(bare.body).isArray());
    QCOMPARE(bare.array().size(), 10);
}

void TestSandbox::invalidCursorIsRefused()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    const HttpResult result =
        api(QStringLiteral("/me/tracks?linked_partitioning=true&cursor=not-ours"), token);
    QCOMPARE(result.status, 400);
}

void TestSandbox::bobHasLikesAndPlaylists()
{
    const QString token = connectUser(QStringLiteral("bob")).access;
    const HttpResult me = api(QStringLiteral("/me"), token);
    QCOMPARE(me.json().value(QStringLiteral("track_count")).toInt(), 3);
    QCOMPARE(me.json().value(QStringLiteral("playlist_count")).toInt(), 2);

    const QJsonArray tracks =
        api(QStringLiteral("/me/tracks?linked_partitioning=true"), token).json().value(QStringLiteral("collection")).toArray();
    QCOMPARE(tracks.size(), 3);

    const QJsonObject likes = api(QStringLiteral("/me/likes/tracks?linked_partitioning=true"), token).json();
    const QJsonArray liked = likes.value(QStringLiteral("collection")).toArray();
    QVERIFY(liked.size() >= 3);
    QVERIFY(likes.value(QStringLiteral("next_href")).isNull());
    int blocked = 0;
    for (const QJsonValue &value : liked) {
        const QJsonObject track = value.toObject();
        QVERIFY(track.value(QStringLiteral("user")).toObject().value(QStringLiteral("urn")).toString()
                != QStringLiteral("soundcloud:users:1002"));
        blocked += track.value(QStringLiteral("access")).toString() == QStringLiteral("blocked");
    }
    QVERIFY(blocked > 0);
    const QJsonArray playable =
        api(QStringLiteral("/me/likes/tracks?linked_partitioning=true&access=playable"), token)
            .json().value(QStringLiteral("collection")).toArray();
    QVERIFY(playable.size() < liked.size());
    for (const QJsonValue &value : playable)
        QCOMPARE(value.toObject().value(QStringLiteral("access")).toString(), QStringLiteral("playable"));

    const QJsonArray playlists = api(QStringLiteral("/me/playlists?linked_partitioning=true"), token)
                                     .json().value(QStringLiteral("collection")).toArray();
    QCOMPARE(playlists.size(), 2);
    for (const QJsonValue &value : playlists) {
        const QJsonObject playlist = value.toObject();
        QVERIFY(playlist.value(QStringLiteral("urn")).toString().startsWith(QStringLiteral("soundcloud:playlists:")));
        QCOMPARE(playlist.value(QStringLiteral("tracks")).toArray().size(),
                 playlist.value(QStringLiteral("track_count")).toInt());
    }
    const QJsonArray withoutTracks =
        api(QStringLiteral("/me/playlists?linked_partitioning=true&show_tracks=false"), token)
            .json().value(QStringLiteral("collection")).toArray();
    QVERIFY(!withoutTracks.first().toObject().contains(QStringLiteral("tracks")));
}

void TestSandbox::carolHasAnEmptyLibrary()
{
    const QString token = connectUser(QStringLiteral("carol")).access;
    QCOMPARE(api(QStringLiteral("/me"), token).json().value(QStringLiteral("track_count")).toInt(), 0);
    const QStringList paths {QStringLiteral("/me/tracks"), QStringLiteral("/me/likes/tracks"),
                             QStringLiteral("/me/playlists")};
    for (const QString &path : paths) {
        const QJsonObject body = api(path + QStringLiteral("?linked_partitioning=true"), token).json();
        QVERIFY(body.value(QStringLiteral("collection")).isArray());
        QCOMPARE(body.value(QStringLiteral("collection")).toArray().size(), 0);
        QVERIFY(body.value(QStringLiteral("next_href")).isNull());
    }
}

void TestSandbox::imagesArePng()
{
    const QString token = connectUser(QStringLiteral("bob")).access;
    const QString avatar = api(QStringLiteral("/me"), token).json().value(QStringLiteral("avatar_url")).toString();
    const HttpResult image = m_app.get(QUrl(avatar, QUrl::StrictMode));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), QByteArrayLiteral("image/png"));
    QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));
}

// ---------------------------------------------------------------- faults

void TestSandbox::statusFaultIsServedThenClears()
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

void TestSandbox::statusFaultOnTokenEndpointKeepsRefreshToken()
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

void TestSandbox::rateLimitFaults()
{
    const Tokens tokens = connectUser(QStringLiteral("alice"));

    m_host->injectFault(Fault::rateLimited(QStringLiteral("/me/likes/tracks")));
    const HttpResult detailed = api(QStringLiteral("/me/likes/tracks"), tokens.access);
    QCOMPARE(detailed.status, 429);
    QCOMPARE(detailed.header("x-ratelimit-remaining"), QByteArrayLiteral("0"));
    const QJsonObject meta = detailed.json()
                                 .value(QStringLiteral("errors")).toArray().first().toObject()
                                 .value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("remaining_requests")).toInt(), 0);
    static const QRegularExpression resetFormat(
        QStringLiteral("^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} \\+0000$"));
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

void TestSandbox::htmlForbiddenFault()
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

void TestSandbox::malformedJsonFault()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    m_host->injectFault(Fault::malformedJson(QStringLiteral("/me/tracks")));
    const HttpResult broken = api(QStringLiteral("/me/tracks?linked_partitioning=true"), token);
    QCOMPARE(broken.status, 200);
    QVERIFY(broken.header("Content-Type").startsWith("application/json"));
    QVERIFY(!broken.body.isEmpty());
    QVERIFY(!broken.isJson());
}

void TestSandbox::dropFaultClosesConnection()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    m_host->injectFault(Fault::drop(QStringLiteral("/me"), 5));
    m_host->resetCounters();
    const HttpResult dropped = api(QStringLiteral("/me"), token);
    QVERIFY2(dropped.error != QNetworkReply::NoError, qPrintable(QString::number(dropped.error)));
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.body.isEmpty());
    QVERIFY(dropped.elapsedMs < 10000); // closed, not left hanging
    QVERIFY(m_host->apiRequestCount() >= 1);
    m_host->clearFaults();
    QCOMPARE(api(QStringLiteral("/me"), token).status, 200);
}

void TestSandbox::slowFaultDoesNotBlockConcurrentRequest()
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
    QCOMPARE(slowDoneAt, -1); // still waiting
    QCOMPARE(m_host->slowAnswersPending(), 1);

    const HttpResult late = Client::finish(slow);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.array().size(), 5);
    QVERIFY2(slowDoneAt >= 1300, qPrintable(QString::number(slowDoneAt)));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the client loop kept running
    QCOMPARE(m_host->slowAnswersPending(), 0);
}

void TestSandbox::slowRefreshStillRotatesServerSide()
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

void TestSandbox::clearFaultsRemovesPendingFaults()
{
    const QString token = connectUser(QStringLiteral("alice")).access;
    m_host->injectFault(Fault::withStatus(QStringLiteral("/me"), 503, 10));
    QCOMPARE(api(QStringLiteral("/me"), token).status, 503);
    m_host->clearFaults();
    QCOMPARE(api(QStringLiteral("/me"), token).status, 200);
}

void TestSandbox::countersCountRequests()
{
    const Tokens tokens = connectUser(QStringLiteral("alice")); // one GET /authorize, one exchange
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

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandboxapi.moc"
