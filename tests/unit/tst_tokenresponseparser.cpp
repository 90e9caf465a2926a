#include "TestSuite.h"
#include "auth/TokenResponseParser.h"

#include <QTest>
#include <QTimeZone>

using namespace waveshelf;

Q_DECLARE_METATYPE(waveshelf::ErrorKind)

namespace {

// JSON written with single quotes, for legible tables (moc cannot lex raw
// string literals whose content has an odd number of quotes or a "//").
QByteArray json(const char *singleQuoted)
{
    QByteArray body(singleQuoted);
    body.replace('\'', '"');
    return body;
}

const QDateTime kReceived(QDate(2026, 7, 1), QTime(12, 0, 0), QTimeZone::utc());
const QByteArray kJson = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray kHtml = QByteArrayLiteral("text/html; charset=UTF-8");
const QByteArray kText = QByteArrayLiteral("text/plain");

const QString kReconnect = QStringLiteral("SoundCloud no longer accepts this connection. Please reconnect.");
const QString kBusy = QStringLiteral("SoundCloud is busy right now; try again in a moment.");
const QString kUnreachable = QStringLiteral("SoundCloud is unreachable, try again.");

}  // namespace

class TestTokenResponseParser final : public QObject {
    Q_OBJECT

private slots:
    void success_data();
    void success();
    void expiryIsAbsoluteUtc();
    void errors_data();
    void errors();
    void userMessages_data();
    void userMessages();
    void noTokenInError_data();
    void noTokenInError();
};

void TestTokenResponseParser::success_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("access");
    QTest::addColumn<QString>("refresh");
    QTest::addColumn<qint64>("expiresIn");  // -1: no expiry expected
    QTest::addColumn<QString>("scope");
    QTest::newRow("soundcloud answer")
        << kJson << json("{'access_token':'A-1','expires_in':3599,'refresh_token':'R-1','scope':''}")
        << QStringLiteral("A-1") << QStringLiteral("R-1") << qint64(3599) << QString();
    QTest::newRow("with token_type and scope")
        << kJson
        << json("{'access_token':'A-2','token_type':'bearer','expires_in':3600,'refresh_token':'R-2','scope':'*'}")
        << QStringLiteral("A-2") << QStringLiteral("R-2") << qint64(3600) << QStringLiteral("*");
    QTest::newRow("no refresh_token") << kJson << json("{'access_token':'A-3','expires_in':3599}")
                                      << QStringLiteral("A-3") << QString() << qint64(3599) << QString();
    QTest::newRow("refresh_token null") << kJson << json("{'access_token':'A-3','refresh_token':null,'expires_in':60}")
                                        << QStringLiteral("A-3") << QString() << qint64(60) << QString();
    QTest::newRow("no expires_in") << kJson << json("{'access_token':'A-4','refresh_token':'R-4'}")
                                   << QStringLiteral("A-4") << QStringLiteral("R-4") << qint64(-1) << QString();
    QTest::newRow("expires_in null") << kJson << json("{'access_token':'A-5','expires_in':null}")
                                     << QStringLiteral("A-5") << QString() << qint64(-1) << QString();
    QTest::newRow("expires_in as string") << kJson << json("{'access_token':'A-6','expires_in':'3599'}")
                                          << QStringLiteral("A-6") << QString() << qint64(3599) << QString();
    QTest::newRow("expires_in negative ignored") << kJson << json("{'access_token':'A-7','expires_in':-5}")
                                                 << QStringLiteral("A-7") << QString() << qint64(-1) << QString();
    QTest::newRow("expires_in absurd ignored") << kJson << json("{'access_token':'A-8','expires_in':1e300}")
                                               << QStringLiteral("A-8") << QString() << qint64(-1) << QString();
    QTest::newRow("expires_in garbage ignored") << kJson << json("{'access_token':'A-9','expires_in':'soon'}")
                                                << QStringLiteral("A-9") << QString() << qint64(-1) << QString();
    QTest::newRow("no content type") << QByteArray() << json(" \n{'access_token':'A-10','expires_in':10}\n")
                                     << QStringLiteral("A-10") << QString() << qint64(10) << QString();
    QTest::newRow("json labelled html") << kHtml << json("{'access_token':'A-11'}") << QStringLiteral("A-11")
                                        << QString() << qint64(-1) << QString();
}

void TestTokenResponseParser::success()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, access);
    QFETCH(QString, refresh);
    QFETCH(qint64, expiresIn);
    QFETCH(QString, scope);
    const Result<TokenSet> result = TokenResponseParser::parse(200, contentType, body, kReceived);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().detail));
    const TokenSet &tokens = result.value();
    QCOMPARE(tokens.accessToken, access);
    QCOMPARE(tokens.refreshToken, refresh);
    QCOMPARE(tokens.scope, scope);
    if (expiresIn < 0) {
        QVERIFY(!tokens.expiresAt.isValid());
    } else {
        QCOMPARE(tokens.expiresAt, kReceived.addSecs(expiresIn));
        QCOMPARE(tokens.expiresAt.timeSpec(), Qt::UTC);
    }
}

void TestTokenResponseParser::expiryIsAbsoluteUtc()
{
    const QDateTime receivedAtPlusTwo = kReceived.toTimeZone(QTimeZone(2 * 3600));
    QCOMPARE(receivedAtPlusTwo.time(), QTime(14, 0, 0));
    const Result<TokenSet> result = TokenResponseParser::parse(
        200, kJson, json("{'access_token':'A','expires_in':3599}"), receivedAtPlusTwo);
    QVERIFY(result.ok());
    QCOMPARE(result.value().expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(result.value().expiresAt.toSecsSinceEpoch(), kReceived.toSecsSinceEpoch() + 3599);

    const Result<TokenSet> noClock = TokenResponseParser::parse(
        200, kJson, json("{'access_token':'A','expires_in':3599}"), QDateTime());
    QVERIFY(noClock.ok());
    QVERIFY(!noClock.value().expiresAt.isValid());
}

void TestTokenResponseParser::errors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("detailHas");

    // The connection is gone: only these.
    QTest::newRow("400 invalid_grant") << 400 << kJson << json("{'error':'invalid_grant'}")
                                       << ErrorKind::ReconnectNeeded << QStringLiteral("error=invalid_grant");
    QTest::newRow("400 invalid_grant with description")
        << 400 << kJson << json("{'error':'invalid_grant','error_description':'The refresh token is invalid.'}")
        << ErrorKind::ReconnectNeeded << QStringLiteral("HTTP 400");
    QTest::newRow("401 older invalid_grant")
        << 401 << kJson
        << json("{'code':401,'message':'invalid_grant','link':'https://developers.soundcloud.com/docs/api/explorer/"
                "open-api','status':'401 - "
                "Unauthorized','errors':[{'error_message':'invalid_grant'}],'error':null,'error_code':'invalid_grant'}")
        << ErrorKind::ReconnectNeeded << QStringLiteral("error=invalid_grant");
    QTest::newRow("401 older, message only")
        << 401 << kJson << json("{'code':401,'message':'invalid_grant','error':null}") << ErrorKind::ReconnectNeeded
        << QStringLiteral("HTTP 401");
    QTest::newRow("401 invalid_client") << 401 << kJson << json("{'error':'invalid_client'}")
                                        << ErrorKind::ReconnectNeeded << QStringLiteral("error=invalid_client");
    QTest::newRow("400 invalid_client") << 400 << kJson << json("{'error':'invalid_client'}")
                                        << ErrorKind::ReconnectNeeded << QStringLiteral("error=invalid_client");
    QTest::newRow("400 invalid_grant, no content type") << 400 << QByteArray() << json("{'error':'invalid_grant'}")
                                                        << ErrorKind::ReconnectNeeded << QStringLiteral("HTTP 400");

    // Throttled.
    QTest::newRow("429 json") << 429 << kJson << json("{'error':'rate_limit_exceeded'}") << ErrorKind::RateLimited
                              << QStringLiteral("HTTP 429");
    QTest::newRow("429 api form")
        << 429 << kJson
        << json("{'errors':[{'meta':{'rate_limit':{'group':'plays','max_nr_of_requests':15000,'time_window':'PT24H'},'"
                "remaining_requests':0,'reset_time':'2015/06/01 09:49:40 +0000'}}]}")
        << ErrorKind::RateLimited << QStringLiteral("HTTP 429");
    QTest::newRow("429 text") << 429 << kText << QByteArrayLiteral("Too Many Requests") << ErrorKind::RateLimited
                              << QStringLiteral("HTTP 429");
    QTest::newRow("429 empty") << 429 << QByteArray() << QByteArray() << ErrorKind::RateLimited
                               << QStringLiteral("HTTP 429");
    QTest::newRow("429 saying invalid_grant")
        << 429 << kJson << json("{'error':'invalid_grant'}") << ErrorKind::RateLimited << QStringLiteral("HTTP 429");

    // Outages: keep the tokens.
    QTest::newRow("status 0") << 0 << QByteArray() << QByteArray() << ErrorKind::Unreachable
                              << QStringLiteral("HTTP 0");
    QTest::newRow("status 0 with stale body")
        << 0 << kJson << json("{'error':'invalid_grant'}") << ErrorKind::Unreachable << QStringLiteral("HTTP 0");
    QTest::newRow("500 json invalid_grant")
        << 500 << kJson << json("{'error':'invalid_grant'}") << ErrorKind::Unreachable << QStringLiteral("HTTP 500");
    QTest::newRow("502 empty") << 502 << QByteArray() << QByteArray() << ErrorKind::Unreachable
                               << QStringLiteral("HTTP 502");
    QTest::newRow("503 html") << 503 << kHtml << QByteArrayLiteral("<html><body>Service Unavailable</body></html>")
                              << ErrorKind::Unreachable << QStringLiteral("HTTP 503");
    QTest::newRow("403 html from CDN") << 403 << kHtml
                                       << QByteArrayLiteral(
                                              "<!DOCTYPE html><html><head><title>403 ERROR</title></head><body>The "
                                              "request could not be satisfied. CloudFront</body></html>")
                                       << ErrorKind::Unreachable << QStringLiteral("HTTP 403");
    QTest::newRow("403 html without content type")
        << 403 << QByteArray() << QByteArrayLiteral("\n<!DOCTYPE html><html></html>") << ErrorKind::Unreachable
        << QStringLiteral("HTML");
    QTest::newRow("200 html captive portal") << 200 << kHtml << QByteArrayLiteral("<html>Log in to the Wi-Fi</html>")
                                             << ErrorKind::Unreachable << QStringLiteral("HTTP 200");
    QTest::newRow("403 plain text") << 403 << kText << QByteArrayLiteral("Forbidden") << ErrorKind::Unreachable
                                    << QStringLiteral("HTTP 403");
    QTest::newRow("200 empty") << 200 << kJson << QByteArray() << ErrorKind::Unreachable << QStringLiteral("empty");
    QTest::newRow("400 whitespace only") << 400 << kJson << QByteArrayLiteral(" \r\n") << ErrorKind::Unreachable
                                         << QStringLiteral("empty");

    // Answers we cannot read.
    QTest::newRow("200 malformed json") << 200 << kJson << json("{'access_token': A}") << ErrorKind::Protocol
                                        << QStringLiteral("malformed JSON");
    QTest::newRow("200 truncated json") << 200 << kJson << json("{'access_token':'A','expires_in':3599,'refresh_tok")
                                        << ErrorKind::Protocol << QStringLiteral("malformed JSON");
    QTest::newRow("400 truncated json") << 400 << kJson << json("{'error':'invalid_gr") << ErrorKind::Protocol
                                        << QStringLiteral("HTTP 400");
    QTest::newRow("200 plain text") << 200 << kText << QByteArrayLiteral("OK") << ErrorKind::Protocol
                                    << QStringLiteral("malformed JSON");
    QTest::newRow("200 without access_token") << 200 << kJson << json("{'refresh_token':'R','expires_in':3599}")
                                              << ErrorKind::Protocol << QStringLiteral("access_token missing");
    QTest::newRow("200 empty access_token")
        << 200 << kJson << json("{'access_token':''}") << ErrorKind::Protocol << QStringLiteral("access_token missing");
    QTest::newRow("200 access_token not a string") << 200 << kJson << json("{'access_token':12345}")
                                                   << ErrorKind::Protocol << QStringLiteral("access_token missing");
    QTest::newRow("200 json array") << 200 << kJson << json("[{'access_token':'A'}]") << ErrorKind::Protocol
                                    << QStringLiteral("not an object");
    QTest::newRow("200 with invalid_grant is not a reconnect")
        << 200 << kJson << json("{'error':'invalid_grant'}") << ErrorKind::Protocol
        << QStringLiteral("error=invalid_grant");
    QTest::newRow("400 invalid_request") << 400 << kJson << json("{'error':'invalid_request'}") << ErrorKind::Protocol
                                         << QStringLiteral("error=invalid_request");
    QTest::newRow("400 unsupported_grant_type")
        << 400 << kJson << json("{'error':'unsupported_grant_type'}") << ErrorKind::Protocol
        << QStringLiteral("error=unsupported_grant_type");
    QTest::newRow("400 unknown error code") << 400 << kJson << json("{'error':'something_new'}") << ErrorKind::Protocol
                                            << QStringLiteral("error=(unrecognized)");
    QTest::newRow("401 api style, no code")
        << 401 << kJson << json("{'code':401,'message':'','status':'401 - Unauthorized','errors':[],'error':null}")
        << ErrorKind::Protocol << QStringLiteral("HTTP 401");
    QTest::newRow("401 message that is not a code")
        << 401 << kJson << json("{'code':401,'message':'invalid_grant please'}") << ErrorKind::Protocol
        << QStringLiteral("HTTP 401");
    QTest::newRow("201 with tokens") << 201 << kJson << json("{'access_token':'A'}") << ErrorKind::Protocol
                                     << QStringLiteral("HTTP 201");
}

void TestTokenResponseParser::errors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, detailHas);
    const Result<TokenSet> result = TokenResponseParser::parse(status, contentType, body, kReceived);
    QVERIFY2(!result.ok(), "parsed as success");
    QCOMPARE(static_cast<int>(result.error().kind), static_cast<int>(kind));
    QVERIFY2(result.error().detail.contains(detailHas), qPrintable(result.error().detail));
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(result.error().isTransient(), kind != ErrorKind::ReconnectNeeded);
}

void TestTokenResponseParser::userMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("reconnect") << 400 << json("{'error':'invalid_grant'}") << kReconnect;
    QTest::newRow("busy") << 429 << QByteArrayLiteral("slow down") << kBusy;
    QTest::newRow("unreachable") << 502 << QByteArray() << kUnreachable;
}

void TestTokenResponseParser::userMessages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const Result<TokenSet> result = TokenResponseParser::parse(status, kJson, body, kReceived);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, message);
}

// Nothing from the body (tokens above all) may reach the message or detail.
void TestTokenResponseParser::noTokenInError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("200 refresh without access") << 200 << kJson << json("{'refresh_token':'SECRET-R1'}");
    QTest::newRow("200 truncated") << 200 << kJson << json("{'access_token':'SECRET-A1','refresh_token':'SECRET-R");
    QTest::newRow("200 array") << 200 << kJson << json("['SECRET-A2']");
    QTest::newRow("200 with error")
        << 200 << kJson << json("{'error':'server_error','access_token':'SECRET-A3','refresh_token':'SECRET-R3'}");
    QTest::newRow("400 description echoes token")
        << 400 << kJson << json("{'error':'invalid_grant','error_description':'refresh token SECRET-R4 was used'}");
    QTest::newRow("400 token in error field") << 400 << kJson << json("{'error':'SECRET-R5'}");
    QTest::newRow("401 token in error_code") << 401 << kJson << json("{'error_code':'SECRET-R6'}");
    QTest::newRow("401 token in message") << 401 << kJson << json("{'message':'SECRET-R7'}");
    QTest::newRow("403 html") << 403 << kHtml << QByteArrayLiteral("<html>SECRET-A8</html>");
    QTest::newRow("403 text") << 403 << kText << QByteArrayLiteral("SECRET-A9");
    QTest::newRow("429 text") << 429 << kText << QByteArrayLiteral("SECRET-A10");
    QTest::newRow("500 json") << 500 << kJson << json("{'access_token':'SECRET-A11'}");
    QTest::newRow("0 body") << 0 << kJson << json("{'access_token':'SECRET-A12'}");
    QTest::newRow("malformed with token") << 400 << kJson << json("{'refresh_token':'SECRET-R13' 'x'}");
}

void TestTokenResponseParser::noTokenInError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    const Result<TokenSet> result = TokenResponseParser::parse(status, contentType, body, kReceived);
    QVERIFY(!result.ok());
    QVERIFY2(!result.error().detail.contains(QLatin1String("SECRET")), qPrintable(result.error().detail));
    QVERIFY(!result.error().message.contains(QLatin1String("SECRET")));
}

WAVESHELF_TEST_GUILESS_MAIN(TestTokenResponseParser)
#include "tst_tokenresponseparser.moc"
