#include "TestSuite.h"
#include "auth/RedirectParser.h"

#include <QTest>

using namespace waveshelf;

Q_DECLARE_METATYPE(waveshelf::ErrorKind)

namespace {

const QByteArray kState = QByteArrayLiteral("Zq3_-Ab9xYt0LmN8pQrStUvWxYz0123456789abcDE");

QUrl cb(const QString &tail)
{
    return QUrl(QStringLiteral("http://127.0.0.1:8765/callback") + tail);
}

QString withState(const QString &query)
{
    return query + QStringLiteral("&state=") + QString::fromLatin1(kState);
}

}  // namespace

class TestRedirectParser final : public QObject {
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void parsesCode_data();
    void parsesCode();
    void rejects_data();
    void rejects();
    void accessDeniedMessage_data();
    void accessDeniedMessage();
    void messagesAreTranslatedSentences();
    void errorsCarryNoSecrets_data();
    void errorsCarryNoSecrets();
};

void TestRedirectParser::matches_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("expected");
    const QString loopback = QStringLiteral("http://127.0.0.1:8765/callback");
    QTest::newRow("exact") << loopback << loopback << true;
    QTest::newRow("with query") << QStringLiteral("http://127.0.0.1:8765/callback?code=x&state=y") << loopback << true;
    QTest::newRow("with fragment") << QStringLiteral("http://127.0.0.1:8765/callback#x") << loopback << true;
    QTest::newRow("uppercase scheme and host")
        << QStringLiteral("HTTP://LOCALHOST:8765/callback") << QStringLiteral("http://localhost:8765/callback") << true;
    QTest::newRow("wrong host") << QStringLiteral("http://127.0.0.2:8765/callback") << loopback << false;
    QTest::newRow("localhost is not 127.0.0.1")
        << QStringLiteral("http://localhost:8765/callback") << loopback << false;
    QTest::newRow("lookalike host") << QStringLiteral("http://127.0.0.1.evil.example:8765/callback") << loopback
                                    << false;
    QTest::newRow("wrong port") << QStringLiteral("http://127.0.0.1:8766/callback") << loopback << false;
    QTest::newRow("port missing") << QStringLiteral("http://127.0.0.1/callback") << loopback << false;
    QTest::newRow("explicit 80 vs default")
        << QStringLiteral("http://example.com:80/cb") << QStringLiteral("http://example.com/cb") << true;
    QTest::newRow("default vs explicit 80")
        << QStringLiteral("http://example.com/cb") << QStringLiteral("http://example.com:80/cb") << true;
    QTest::newRow("explicit 443 vs default")
        << QStringLiteral("https://example.com:443/cb") << QStringLiteral("https://example.com/cb") << true;
    QTest::newRow("https 80 is not https default")
        << QStringLiteral("https://example.com:80/cb") << QStringLiteral("https://example.com/cb") << false;
    QTest::newRow("https vs http") << QStringLiteral("https://127.0.0.1:8765/callback") << loopback << false;
    QTest::newRow("wrong path") << QStringLiteral("http://127.0.0.1:8765/callbackx") << loopback << false;
    QTest::newRow("sub path") << QStringLiteral("http://127.0.0.1:8765/callback/extra") << loopback << false;
    QTest::newRow("path case") << QStringLiteral("http://127.0.0.1:8765/Callback") << loopback << false;
    QTest::newRow("trailing slash") << QStringLiteral("http://127.0.0.1:8765/callback/") << loopback << false;
    QTest::newRow("encoded slash") << QStringLiteral("http://127.0.0.1:8765/callback%2F") << loopback << false;
    QTest::newRow("empty path is /") << QStringLiteral("http://127.0.0.1:8765")
                                     << QStringLiteral("http://127.0.0.1:8765/") << true;
    QTest::newRow("root is not callback") << QStringLiteral("http://127.0.0.1:8765/") << loopback << false;
    QTest::newRow("userinfo") << QStringLiteral("http://evil@127.0.0.1:8765/callback") << loopback << false;
    QTest::newRow("user and password") << QStringLiteral("http://a:b@127.0.0.1:8765/callback") << loopback << false;
    QTest::newRow("relative") << QStringLiteral("/callback") << loopback << false;
    QTest::newRow("empty") << QString() << loopback << false;
    QTest::newRow("about:blank") << QStringLiteral("about:blank") << loopback << false;
    QTest::newRow("soundcloud page") << QStringLiteral("https://secure.soundcloud.com/authorize?state=x") << loopback
                                     << false;
}

void TestRedirectParser::matches()
{
    QFETCH(QString, candidate);
    QFETCH(QString, redirect);
    QFETCH(bool, expected);
    QCOMPARE(RedirectParser::matches(QUrl(candidate), QUrl(redirect)), expected);
}

void TestRedirectParser::parsesCode_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("code");
    QTest::newRow("code and state") << cb(QStringLiteral("?") + withState(QStringLiteral("code=abc123")))
                                    << QStringLiteral("abc123");
    QTest::newRow("state first") << cb(QStringLiteral("?state=") + QString::fromLatin1(kState)
                                       + QStringLiteral("&code=abc"))
                                 << QStringLiteral("abc");
    QTest::newRow("iss tolerated") << cb(QStringLiteral("?") + withState(QStringLiteral("code=abc"))
                                         + QStringLiteral("&iss=https%3A%2F%2Fsecure.soundcloud.com"))
                                   << QStringLiteral("abc");
    QTest::newRow("unknown params tolerated") << cb(QStringLiteral("?foo&bar=&") + withState(QStringLiteral("code=abc"))
                                                    + QStringLiteral("&&session_state=z"))
                                              << QStringLiteral("abc");
    // '+' is form-encoding for a space (RFC 6749 Appendix B); a literal plus arrives as %2B.
    QTest::newRow("plus is space") << cb(QStringLiteral("?") + withState(QStringLiteral("code=a+b")))
                                   << QStringLiteral("a b");
    QTest::newRow("%2B is plus") << cb(QStringLiteral("?") + withState(QStringLiteral("code=a%2Bb")))
                                 << QStringLiteral("a+b");
    QTest::newRow("%2b lowercase") << cb(QStringLiteral("?") + withState(QStringLiteral("code=a%2bb")))
                                   << QStringLiteral("a+b");
    QTest::newRow("%2F is slash") << cb(QStringLiteral("?") + withState(QStringLiteral("code=a%2Fb")))
                                  << QStringLiteral("a/b");
    QTest::newRow("%20 is space") << cb(QStringLiteral("?") + withState(QStringLiteral("code=a%20b")))
                                  << QStringLiteral("a b");
    QTest::newRow("encoded delimiters") << cb(QStringLiteral("?")
                                              + withState(QStringLiteral("code=a%26b%3Dc%3F%23%25")))
                                        << QStringLiteral("a&b=c?#%");
    QTest::newRow("base64-ish code") << cb(QStringLiteral("?") + withState(QStringLiteral("code=Ab%2BcD%2Fe%3D%3D")))
                                     << QStringLiteral("Ab+cD/e==");
    QTest::newRow("identical duplicate code")
        << cb(QStringLiteral("?code=abc&") + withState(QStringLiteral("code=abc"))) << QStringLiteral("abc");
    QTest::newRow("identical duplicate state") << cb(QStringLiteral("?state=") + QString::fromLatin1(kState)
                                                     + QStringLiteral("&") + withState(QStringLiteral("code=abc")))
                                               << QStringLiteral("abc");
    QTest::newRow("fragment ignored when query has code")
        << cb(QStringLiteral("?") + withState(QStringLiteral("code=abc")) + QStringLiteral("#code=other"))
        << QStringLiteral("abc");
}

void TestRedirectParser::parsesCode()
{
    QFETCH(QUrl, url);
    QFETCH(QString, code);
    const Result<QString> result = RedirectParser::parse(url, kState);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
    QCOMPARE(result.value(), code);
}

void TestRedirectParser::rejects_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("expectedState");
    QTest::addColumn<ErrorKind>("kind");
    const QString state = QString::fromLatin1(kState);
    QTest::newRow("missing code") << cb(QStringLiteral("?state=") + state) << kState << ErrorKind::Protocol;
    QTest::newRow("empty code") << cb(QStringLiteral("?") + withState(QStringLiteral("code="))) << kState
                                << ErrorKind::Protocol;
    QTest::newRow("code without value") << cb(QStringLiteral("?") + withState(QStringLiteral("code"))) << kState
                                        << ErrorKind::Protocol;
    QTest::newRow("missing state") << cb(QStringLiteral("?code=abc")) << kState << ErrorKind::StateMismatch;
    QTest::newRow("empty state") << cb(QStringLiteral("?code=abc&state=")) << kState << ErrorKind::StateMismatch;
    QTest::newRow("wrong state") << cb(QStringLiteral("?code=abc&state=Zq3_-Ab9xYt0LmN8pQrStUvWxYz0123456789abcDF"))
                                 << kState << ErrorKind::StateMismatch;
    QTest::newRow("state prefix") << cb(QStringLiteral("?code=abc&state=") + state.left(20)) << kState
                                  << ErrorKind::StateMismatch;
    QTest::newRow("state with suffix") << cb(QStringLiteral("?code=abc&state=") + state + QStringLiteral("x")) << kState
                                       << ErrorKind::StateMismatch;
    QTest::newRow("state other case") << cb(QStringLiteral("?code=abc&state=") + state.toLower()) << kState
                                      << ErrorKind::StateMismatch;
    QTest::newRow("nothing expected") << cb(QStringLiteral("?code=abc&state=")) << QByteArray()
                                      << ErrorKind::StateMismatch;
    QTest::newRow("state only in fragment")
        << cb(QStringLiteral("?code=abc#state=") + state) << kState << ErrorKind::StateMismatch;
    QTest::newRow("conflicting state, right first")
        << cb(QStringLiteral("?code=abc&state=") + state + QStringLiteral("&state=other")) << kState
        << ErrorKind::StateMismatch;
    QTest::newRow("conflicting state, right last")
        << cb(QStringLiteral("?code=abc&state=other&state=") + state) << kState << ErrorKind::StateMismatch;
    QTest::newRow("conflicting code") << cb(QStringLiteral("?code=abc&code=evil&state=") + state) << kState
                                      << ErrorKind::Protocol;
    QTest::newRow("access_denied") << cb(QStringLiteral("?") + withState(QStringLiteral("error=access_denied")))
                                   << kState << ErrorKind::AccessDenied;
    QTest::newRow("access_denied, no state")
        << cb(QStringLiteral("?error=access_denied")) << kState << ErrorKind::StateMismatch;
    QTest::newRow("access_denied, wrong state")
        << cb(QStringLiteral("?error=access_denied&state=nope")) << kState << ErrorKind::StateMismatch;
    QTest::newRow("other error") << cb(QStringLiteral("?") + withState(QStringLiteral("error=invalid_scope"))) << kState
                                 << ErrorKind::Protocol;
    QTest::newRow("server_error") << cb(QStringLiteral("?") + withState(QStringLiteral("error=server_error"))) << kState
                                  << ErrorKind::Protocol;
    QTest::newRow("error wins over code")
        << cb(QStringLiteral("?code=abc&") + withState(QStringLiteral("error=access_denied"))) << kState
        << ErrorKind::AccessDenied;
    QTest::newRow("conflicting error") << cb(QStringLiteral("?error=access_denied&")
                                             + withState(QStringLiteral("error=server_error")))
                                       << kState << ErrorKind::Protocol;
    QTest::newRow("code only in fragment")
        << cb(QStringLiteral("?state=") + state + QStringLiteral("#code=abc")) << kState << ErrorKind::Protocol;
    QTest::newRow("implicit style, all in fragment")
        << cb(QStringLiteral("#code=abc&state=") + state) << kState << ErrorKind::StateMismatch;
    QTest::newRow("non-ascii code") << cb(QStringLiteral("?") + withState(QStringLiteral("code=%C3%A9"))) << kState
                                    << ErrorKind::Protocol;
    QTest::newRow("control char in code")
        << cb(QStringLiteral("?") + withState(QStringLiteral("code=a%0Ab"))) << kState << ErrorKind::Protocol;
    QTest::newRow("nul in code") << cb(QStringLiteral("?") + withState(QStringLiteral("code=a%00b"))) << kState
                                 << ErrorKind::Protocol;
}

void TestRedirectParser::rejects()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, expectedState);
    QFETCH(ErrorKind, kind);
    const Result<QString> result = RedirectParser::parse(url, expectedState);
    QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
    QCOMPARE(result.error().kind, kind);
    QVERIFY(!result.error().message.isEmpty());
}

void TestRedirectParser::accessDeniedMessage_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no description") << QStringLiteral("error=access_denied")
                                    << QStringLiteral("You declined the connection on SoundCloud.");
    QTest::newRow("description")
        << QStringLiteral("error=access_denied&error_description=The+user+denied%20access")
        << QStringLiteral("You declined the connection on SoundCloud (SoundCloud said: The user denied access).");
    QTest::newRow("empty description") << QStringLiteral("error=access_denied&error_description=")
                                       << QStringLiteral("You declined the connection on SoundCloud.");
    QTest::newRow("control chars flattened")
        << QStringLiteral("error=access_denied&error_description=line1%0A%0Dline2%09end")
        << QStringLiteral("You declined the connection on SoundCloud (SoundCloud said: line1 line2 end).");
}

void TestRedirectParser::accessDeniedMessage()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const Result<QString> result = RedirectParser::parse(cb(QStringLiteral("?") + withState(query)), kState);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(result.error().message, expected);
}

void TestRedirectParser::messagesAreTranslatedSentences()
{
    const Result<QString> longDescription = RedirectParser::parse(
        cb(QStringLiteral("?")
           + withState(QStringLiteral("error=access_denied&error_description=") + QString(1000, QLatin1Char('x')))),
        kState);
    QVERIFY(!longDescription.ok());
    QVERIFY(longDescription.error().message.size() < 300);

    const Result<QString> mismatch = RedirectParser::parse(cb(QStringLiteral("?code=abc&state=nope")), kState);
    QVERIFY(!mismatch.ok());
    QCOMPARE(mismatch.error().message,
             QStringLiteral("The answer from SoundCloud did not match this connection attempt. Nothing was stored; "
                            "please try again."));
}

void TestRedirectParser::errorsCarryNoSecrets_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("secret");
    QTest::newRow("wrong state: received")
        << cb(QStringLiteral("?code=SECRETCODE&state=SECRETSTATE")) << QStringLiteral("SECRET");
    QTest::newRow("wrong state: expected") << cb(QStringLiteral("?code=abc&state=nope")) << QString::fromLatin1(kState);
    QTest::newRow("error with code") << cb(QStringLiteral("?code=SECRETCODE&")
                                           + withState(QStringLiteral("error=invalid_scope")))
                                     << QStringLiteral("SECRETCODE");
    QTest::newRow("unknown error code echoed")
        << cb(QStringLiteral("?") + withState(QStringLiteral("error=SECRETERR"))) << QStringLiteral("SECRETERR");
    QTest::newRow("conflicting codes") << cb(QStringLiteral("?code=SECRET1&code=SECRET2&") + withState(QString()))
                                       << QStringLiteral("SECRET");
    QTest::newRow("bad code") << cb(QStringLiteral("?") + withState(QStringLiteral("code=SECRET%0A")))
                              << QStringLiteral("SECRET");
}

void TestRedirectParser::errorsCarryNoSecrets()
{
    QFETCH(QUrl, url);
    QFETCH(QString, secret);
    const Result<QString> result = RedirectParser::parse(url, kState);
    QVERIFY(!result.ok());
    QVERIFY2(!result.error().detail.contains(secret), qPrintable(result.error().detail));
    QVERIFY(!result.error().message.contains(secret));
    QVERIFY(!result.error().detail.contains(QString::fromLatin1(kState)));
}

WAVESHELF_TEST_GUILESS_MAIN(TestRedirectParser)
#include "tst_redirectparser.moc"
