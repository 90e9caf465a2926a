#include "TestSuite.h"
#include "auth/AuthorizationRequest.h"
#include "auth/Pkce.h"

#include <QTest>

using namespace waveshelf;

namespace {

const QUrl kAuthorize(QStringLiteral("https://secure.soundcloud.com/authorize"));
const QUrl kRedirect(QStringLiteral("http://127.0.0.1:8765/callback"));

struct RawItem {
    QByteArray key;
    QByteArray rawValue;
};

// Splits the query by hand, so the test does not trust the code's own encoder.
QList<RawItem> rawItems(const QUrl &url)
{
    QList<RawItem> items;
    for (const QByteArray &item : url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        const qsizetype eq = item.indexOf('=');
        items.append({QByteArray::fromPercentEncoding(item.left(eq)), item.mid(eq + 1)});
    }
    return items;
}

int countOf(const QList<RawItem> &items, const QByteArray &key)
{
    int n = 0;
    for (const RawItem &item : items)
        n += item.key == key ? 1 : 0;
    return n;
}

QByteArray rawValue(const QList<RawItem> &items, const QByteArray &key)
{
    for (const RawItem &item : items) {
        if (item.key == key)
            return item.rawValue;
    }
    return {};
}

QByteArray value(const QList<RawItem> &items, const QByteArray &key)
{
    return QByteArray::fromPercentEncoding(rawValue(items, key));
}

}  // namespace

class TestAuthorizationRequest final : public QObject {
    Q_OBJECT

private slots:
    void everyParameterExactlyOnce();
    void valuesAreRight();
    void challengeIsDerivedNotCopied();
    void eachAttemptIsFresh();
    void redirectUriIsEncoded_data();
    void redirectUriIsEncoded();
    void clientIdIsEncoded();
    void foreignQueryKeptOwnAndScopeReplaced();
};

void TestAuthorizationRequest::everyParameterExactlyOnce()
{
    const AuthorizationRequest request = AuthorizationRequest::create(kAuthorize, QStringLiteral("cid"), kRedirect);
    const QList<RawItem> items = rawItems(request.url);
    const QByteArrayList expected{"client_id",      "redirect_uri",          "response_type",
                                  "code_challenge", "code_challenge_method", "state"};
    QCOMPARE(items.size(), expected.size());
    for (const QByteArray &key : expected)
        QVERIFY2(countOf(items, key) == 1, key.constData());
    QCOMPARE(countOf(items, "scope"), 0);
    QVERIFY(request.url.fragment().isEmpty());
}

void TestAuthorizationRequest::valuesAreRight()
{
    const AuthorizationRequest request = AuthorizationRequest::create(kAuthorize, QStringLiteral("my-client"),
                                                                      kRedirect);
    QCOMPARE(request.url.scheme(), QStringLiteral("https"));
    QCOMPARE(request.url.host(), QStringLiteral("secure.soundcloud.com"));
    QCOMPARE(request.url.path(), QStringLiteral("/authorize"));
    const QList<RawItem> items = rawItems(request.url);
    QCOMPARE(value(items, "client_id"), QByteArrayLiteral("my-client"));
    QCOMPARE(value(items, "redirect_uri"), QByteArrayLiteral("http://127.0.0.1:8765/callback"));
    QCOMPARE(value(items, "response_type"), QByteArrayLiteral("code"));
    QCOMPARE(value(items, "code_challenge_method"), QByteArrayLiteral("S256"));
    QCOMPARE(value(items, "state"), request.state);
    QCOMPARE(request.redirectUri, kRedirect);
}

void TestAuthorizationRequest::challengeIsDerivedNotCopied()
{
    const AuthorizationRequest request = AuthorizationRequest::create(kAuthorize, QStringLiteral("cid"), kRedirect);
    QVERIFY(Pkce::isValidVerifier(request.codeVerifier));
    const QByteArray challenge = value(rawItems(request.url), "code_challenge");
    QCOMPARE(challenge, Pkce::challengeFor(request.codeVerifier));
    QVERIFY(challenge != request.codeVerifier);
    QVERIFY2(!request.url.toEncoded().contains(request.codeVerifier), "the verifier leaked into the URL");
}

void TestAuthorizationRequest::eachAttemptIsFresh()
{
    const AuthorizationRequest a = AuthorizationRequest::create(kAuthorize, QStringLiteral("cid"), kRedirect);
    const AuthorizationRequest b = AuthorizationRequest::create(kAuthorize, QStringLiteral("cid"), kRedirect);
    QVERIFY(a.state.size() >= 22);
    QVERIFY(a.state != b.state);
    QVERIFY(a.codeVerifier != b.codeVerifier);
    QVERIFY(a.url != b.url);
}

void TestAuthorizationRequest::redirectUriIsEncoded_data()
{
    QTest::addColumn<QUrl>("redirect");
    QTest::newRow("loopback") << kRedirect;
    QTest::newRow("query chars") << QUrl(QStringLiteral("http://127.0.0.1:8765/cb?x=1&y=a+b;c"));
    QTest::newRow("encoded query") << QUrl(QStringLiteral("https://example.com/cb?next=%2Fhome%3Fa%3Db&z=%2B"));
    QTest::newRow("fragment") << QUrl(QStringLiteral("http://localhost/cb#part"));
    QTest::newRow("custom scheme") << QUrl(QStringLiteral("io.github.waveshelf:/oauth"));
}

void TestAuthorizationRequest::redirectUriIsEncoded()
{
    QFETCH(QUrl, redirect);
    const AuthorizationRequest request = AuthorizationRequest::create(kAuthorize, QStringLiteral("cid"), redirect);
    const QList<RawItem> items = rawItems(request.url);
    QCOMPARE(items.size(), 6);  // nothing in the redirect URI split into extra parameters
    const QByteArray raw = rawValue(items, "redirect_uri");
    for (const char c : QByteArrayLiteral("&=+?#;/: "))
        QVERIFY2(!raw.contains(c), qPrintable(QStringLiteral("raw redirect_uri contains '%1'").arg(QLatin1Char(c))));
    QCOMPARE(QByteArray::fromPercentEncoding(raw), redirect.toEncoded());
    QCOMPARE(QUrl::fromEncoded(QByteArray::fromPercentEncoding(raw)), redirect);
}

void TestAuthorizationRequest::clientIdIsEncoded()
{
    const QString clientId = QStringLiteral("a b&c=d+e/\u00e9");
    const AuthorizationRequest request = AuthorizationRequest::create(kAuthorize, clientId, kRedirect);
    const QList<RawItem> items = rawItems(request.url);
    QCOMPARE(items.size(), 6);
    QVERIFY(!rawValue(items, "client_id").contains('+'));
    QCOMPARE(QString::fromUtf8(value(items, "client_id")), clientId);
}

void TestAuthorizationRequest::foreignQueryKeptOwnAndScopeReplaced()
{
    const QUrl authorize(
        QStringLiteral("https://auth.example/authorize?display=popup&scope=non-expiring&state=evil&client_id=x"));
    const AuthorizationRequest request = AuthorizationRequest::create(authorize, QStringLiteral("cid"), kRedirect);
    const QList<RawItem> items = rawItems(request.url);
    QCOMPARE(countOf(items, "display"), 1);
    QCOMPARE(value(items, "display"), QByteArrayLiteral("popup"));
    QCOMPARE(countOf(items, "scope"), 0);
    QCOMPARE(countOf(items, "state"), 1);
    QCOMPARE(value(items, "state"), request.state);
    QCOMPARE(countOf(items, "client_id"), 1);
    QCOMPARE(value(items, "client_id"), QByteArrayLiteral("cid"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "tst_authorizationrequest.moc"
