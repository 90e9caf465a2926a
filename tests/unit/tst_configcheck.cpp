// ConfigCheck: the one rule for endpoints (https, or plain http only to this
// computer) and the other settings values, as ConfigLoader and the settings
// dialog apply it.

#include "TestSuite.h"
#include "config/ConfigCheck.h"

#include <QTest>

using namespace waveshelf;

Q_DECLARE_METATYPE(waveshelf::ConfigField)

class TestConfigCheck final : public QObject {
    Q_OBJECT

private slots:
    void allowedEndpoints_data();
    void allowedEndpoints();
    void refusedEndpoints_data();
    void refusedEndpoints();
    void problemNamesTheField_data();
    void problemNamesTheField();
    void redirectUriHasNoFragment();
    void endpointUrlIsTrimmedAndStrict();
    void thisComputer_data();
    void thisComputer();
    void clientId();
    void databaseUrl_data();
    void databaseUrl();
};

void TestConfigCheck::allowedEndpoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("https") << QStringLiteral("https://api.soundcloud.com");
    QTest::newRow("https with path and port") << QStringLiteral("https://secure.example.org:8443/oauth/token");
    QTest::newRow("https upper-case scheme") << QStringLiteral("HTTPS://api.soundcloud.com");
    QTest::newRow("https to a remote IPv6 address") << QStringLiteral("https://[2001:db8::1]/api");
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:8766");
    QTest::newRow("http to another 127/8 address") << QStringLiteral("http://127.0.0.2:8766/api");
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:7000/authorize");
    QTest::newRow("http to LOCALHOST") << QStringLiteral("http://LOCALHOST:7000/authorize");
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8765/callback");
    QTest::newRow("http to ::1, long form") << QStringLiteral("http://[0:0:0:0:0:0:0:1]/callback");
    QTest::newRow("surrounding spaces") << QStringLiteral("  https://api.soundcloud.com  ");
}

void TestConfigCheck::allowedEndpoints()
{
    QFETCH(QString, text);
    const QUrl url = ConfigCheck::endpointUrl(text);
    for (ConfigField field :
         {ConfigField::RedirectUri, ConfigField::AuthorizeUrl, ConfigField::TokenUrl, ConfigField::ApiUrl}) {
        const auto problem = ConfigCheck::endpoint(field, url);
        QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
    }
}

void TestConfigCheck::refusedEndpoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    const QString notWeb = QStringLiteral("must be a web address that starts with https:// or http://");
    const QString notHttps = QStringLiteral("must start with https://");
    const QString noHost = QStringLiteral("needs a server name");
    const QString userInfo = QStringLiteral("cannot contain a user name or password");

    QTest::newRow("empty") << QString() << QStringLiteral("Please enter the");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("Please enter the");
    QTest::newRow("http to a remote host") << QStringLiteral("http://api.soundcloud.com") << notHttps;
    QTest::newRow("http to a private address") << QStringLiteral("http://192.168.1.10:8080") << notHttps;
    QTest::newRow("http to 0.0.0.0") << QStringLiteral("http://0.0.0.0:8766") << notHttps;
    QTest::newRow("http to a remote IPv6 address") << QStringLiteral("http://[2001:db8::1]/api") << notHttps;
    QTest::newRow("http to localhost as a subdomain") << QStringLiteral("http://localhost.evil.example/") << notHttps;
    QTest::newRow("http to 127.0.0.1 as a subdomain") << QStringLiteral("http://127.0.0.1.evil.example/") << notHttps;
    QTest::newRow("userinfo names this computer, host is remote")
        << QStringLiteral("http://127.0.0.1@evil.example/oauth/token") << userInfo;
    QTest::newRow("userinfo localhost, host is remote")
        << QStringLiteral("http://localhost:80@evil.example/") << userInfo;
    QTest::newRow("userinfo on https") << QStringLiteral("https://user:secret@api.example.org") << userInfo;
    QTest::newRow("userinfo on http to this computer") << QStringLiteral("http://user@127.0.0.1:8766") << userInfo;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/token") << notWeb;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << notWeb;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << notWeb;
    QTest::newRow("websocket to this computer") << QStringLiteral("ws://127.0.0.1:8766") << notWeb;
    QTest::newRow("no scheme") << QStringLiteral("api.soundcloud.com") << notWeb;
    QTest::newRow("scheme-relative") << QStringLiteral("//127.0.0.1:8766") << notWeb;
    QTest::newRow("space in host") << QStringLiteral("http://bad host/cb") << notWeb;
    QTest::newRow("https without host") << QStringLiteral("https:///authorize") << noHost;
    QTest::newRow("http without slashes") << QStringLiteral("http:127.0.0.1") << noHost;
    QTest::newRow("IPv6 without brackets") << QStringLiteral("http://::1/callback") << notWeb;
}

void TestConfigCheck::refusedEndpoints()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto problem = ConfigCheck::endpoint(ConfigField::TokenUrl, ConfigCheck::endpointUrl(text));
    QVERIFY(problem.has_value());
    QCOMPARE(problem->field, ConfigField::TokenUrl);
    QVERIFY2(problem->message.contains(message), qPrintable(problem->message));
    QVERIFY2(problem->message.contains(QStringLiteral("Token URL")), qPrintable(problem->message));
    // Never the URL itself (it may hold a user name or password).
    if (!text.trimmed().isEmpty())
        QVERIFY(!problem->message.contains(text.trimmed()));
}

void TestConfigCheck::problemNamesTheField_data()
{
    QTest::addColumn<ConfigField>("field");
    QTest::addColumn<QString>("name");
    QTest::newRow("redirect") << ConfigField::RedirectUri << QStringLiteral("Redirect URI");
    QTest::newRow("authorize") << ConfigField::AuthorizeUrl << QStringLiteral("Authorize URL");
    QTest::newRow("token") << ConfigField::TokenUrl << QStringLiteral("Token URL");
    QTest::newRow("api") << ConfigField::ApiUrl << QStringLiteral("API URL");
}

void TestConfigCheck::problemNamesTheField()
{
    QFETCH(ConfigField, field);
    QFETCH(QString, name);
    QCOMPARE(ConfigCheck::fieldName(field), name);
    const auto problem = ConfigCheck::endpoint(field, ConfigCheck::endpointUrl(QStringLiteral("http://example.org")));
    QVERIFY(problem.has_value());
    QCOMPARE(problem->field, field);
    QCOMPARE(problem->message,
             QStringLiteral("The %1 must start with https:// (plain http:// is only allowed for "
                            "this computer, such as 127.0.0.1).")
                 .arg(name));
}

void TestConfigCheck::redirectUriHasNoFragment()
{
    const QUrl withFragment = ConfigCheck::endpointUrl(QStringLiteral("http://127.0.0.1:8765/callback#x"));
    const auto problem = ConfigCheck::endpoint(ConfigField::RedirectUri, withFragment);
    QVERIFY(problem.has_value());
    QCOMPARE(problem->field, ConfigField::RedirectUri);
    QCOMPARE(problem->message, QStringLiteral("The Redirect URI cannot contain a “#” part."));
    // Other endpoints are not redirect targets.
    QVERIFY(!ConfigCheck::endpoint(ConfigField::ApiUrl, withFragment));
}

void TestConfigCheck::endpointUrlIsTrimmedAndStrict()
{
    QCOMPARE(ConfigCheck::endpointUrl(QStringLiteral("  https://api.soundcloud.com\t")),
             QUrl(QStringLiteral("https://api.soundcloud.com")));
    QVERIFY(ConfigCheck::endpointUrl(QString()).isEmpty());
    QVERIFY(!ConfigCheck::endpointUrl(QStringLiteral("http://bad host/")).isValid());
}

void TestConfigCheck::thisComputer_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("local");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.0.1") << QStringLiteral("127.255.0.1") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("localhost.evil.example") << QStringLiteral("localhost.evil.example") << false;
    QTest::newRow("evil-localhost") << QStringLiteral("evil-localhost") << false;
    QTest::newRow("api.soundcloud.com") << QStringLiteral("api.soundcloud.com") << false;
}

void TestConfigCheck::thisComputer()
{
    QFETCH(QString, host);
    QFETCH(bool, local);
    QCOMPARE(ConfigCheck::isThisComputer(host), local);
}

void TestConfigCheck::clientId()
{
    QVERIFY(!ConfigCheck::clientId(QString()));  // may stay empty until the user has one
    QVERIFY(!ConfigCheck::clientId(QStringLiteral("abc-DEF_123")));
    for (const QString &bad : {QStringLiteral("abc def"), QStringLiteral("abc\tdef"), QStringLiteral("abc\ndef")}) {
        const auto problem = ConfigCheck::clientId(bad);
        QVERIFY(problem.has_value());
        QCOMPARE(problem->field, ConfigField::ClientId);
        QCOMPARE(problem->message, QStringLiteral("The client ID cannot contain spaces."));
    }
}

void TestConfigCheck::databaseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("refusedFor");  // empty: allowed
    QTest::newRow("empty: SQLite") << QString() << QString();
    QTest::newRow("plain") << QStringLiteral("postgresql://dana@db.example.org/waveshelf") << QString();
    QTest::newRow("port, options") << QStringLiteral("postgres://dana@10.0.0.5:5433/ws?sslmode=verify-full")
                                   << QString();
    QTest::newRow("password") << QStringLiteral("postgresql://dana:secret@db/ws") << QStringLiteral("password");
    QTest::newRow("password option") << QStringLiteral("postgresql://dana@db/ws?password=secret")
                                     << QStringLiteral("password");
    // libpq's other password options: the client key's passphrase is a secret too.
    QTest::newRow("sslpassword option") << QStringLiteral("postgresql://dana@db/ws?sslmode=require&sslpassword=secret")
                                        << QStringLiteral("password");
    QTest::newRow("option with a space") << QStringLiteral("postgresql://dana@db/ws?sslmode=a%20host=evil")
                                         << QStringLiteral("options");
    QTest::newRow("no database") << QStringLiteral("postgresql://dana@db") << QStringLiteral("look like");
    QTest::newRow("not postgres") << QStringLiteral("mysql://dana@db/ws") << QStringLiteral("look like");
    QTest::newRow("a file") << QStringLiteral("/home/dana/waveshelf.sqlite") << QStringLiteral("look like");
}

void TestConfigCheck::databaseUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, refusedFor);
    const auto problem = ConfigCheck::databaseUrl(url);
    QCOMPARE(problem.has_value(), !refusedFor.isEmpty());
    if (problem) {
        QCOMPARE(problem->field, ConfigField::DatabaseUrl);
        QVERIFY2(problem->message.contains(refusedFor), qPrintable(problem->message));
        QVERIFY(!problem->message.contains(QLatin1String("secret")));
    }
}

WAVESHELF_TEST_GUILESS_MAIN(TestConfigCheck)
#include "tst_configcheck.moc"
