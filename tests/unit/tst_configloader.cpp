#include "TestSuite.h"
#include "config/ConfigLoader.h"

#include "TestDataDir.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using namespace waveshelf;

class TestConfigLoader final : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreSoundCloud();
    void iniValuesAreRead();
    void environmentOverridesIni();
    void secretComesOnlyFromEnvironment();
    void dataDirPrecedence();
    void saveRoundTripsAndIsOwnerOnly();
    void invalidUrlFallsBackToDefault();
    void plainHttpOnlyToThisComputer();
    void endpointsFollowConfigCheck_data();
    void endpointsFollowConfigCheck();
    void refusedIniValueFallsBackWithAWarning();
    void nonLoopbackRedirectIsRefusedOutLoud_data();
    void nonLoopbackRedirectIsRefusedOutLoud();
    void refusedValueNeverShowsAPassword();
    void databaseUrlFromIniOrEnvironment();
};

void TestConfigLoader::defaultsAreSoundCloud()
{
    test::TestDataDir dir;
    const AppConfig config = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(config.redirectUri, QUrl(QStringLiteral("http://127.0.0.1:8765/callback")));
    QCOMPARE(config.authorizeUrl, QUrl(QStringLiteral("https://secure.soundcloud.com/authorize")));
    QCOMPARE(config.tokenUrl, QUrl(QStringLiteral("https://secure.soundcloud.com/oauth/token")));
    QCOMPARE(config.apiUrl, QUrl(QStringLiteral("https://api.soundcloud.com")));
    QVERIFY(config.talksToSoundCloud());
    QVERIFY(!config.hasClientId());
}

void TestConfigLoader::iniValuesAreRead()
{
    test::TestDataDir dir;
    {
        QSettings ini(dir.path() + QStringLiteral("/waveshelf.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("soundcloud/client_id"), QStringLiteral("from-ini"));
        ini.setValue(QStringLiteral("soundcloud/api_url"), QStringLiteral("http://127.0.0.1:9999"));
    }
    const AppConfig config = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(config.clientId, QStringLiteral("from-ini"));
    QCOMPARE(config.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:9999")));
    QVERIFY(!config.talksToSoundCloud());
}

void TestConfigLoader::environmentOverridesIni()
{
    test::TestDataDir dir;
    {
        QSettings ini(dir.path() + QStringLiteral("/waveshelf.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("soundcloud/client_id"), QStringLiteral("from-ini"));
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), QStringLiteral("from-env"));
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), QStringLiteral("http://127.0.0.1:1/oauth/token"));
    const AppConfig config = ConfigLoader::load(dir.path(), env);
    QCOMPARE(config.clientId, QStringLiteral("from-env"));
    QCOMPARE(config.tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:1/oauth/token")));
    QCOMPARE(ConfigLoader::overriddenKeys(env),
             QStringList({QStringLiteral("soundcloud/client_id"), QStringLiteral("soundcloud/token_url")}));
}

void TestConfigLoader::secretComesOnlyFromEnvironment()
{
    test::TestDataDir dir;
    AppConfig config = ConfigLoader::load(dir.path(), QProcessEnvironment());
    config.clientSecret = QStringLiteral("do-not-write-me");
    QVERIFY(ConfigLoader::save(config).ok());
    QFile file(config.settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("do-not-write-me"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_CLIENT_SECRET"), QStringLiteral("s3"));
    QCOMPARE(ConfigLoader::load(dir.path(), env).clientSecret, QStringLiteral("s3"));
}

void TestConfigLoader::dataDirPrecedence()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), QStringLiteral("/tmp/from-env"));
    QCOMPARE(ConfigLoader::resolveDataDir(QStringLiteral("/tmp/from-cli"), env), QStringLiteral("/tmp/from-cli"));
    QCOMPARE(ConfigLoader::resolveDataDir(QString(), env), QStringLiteral("/tmp/from-env"));
    QVERIFY(!ConfigLoader::resolveDataDir(QString(), QProcessEnvironment()).isEmpty());
}

void TestConfigLoader::saveRoundTripsAndIsOwnerOnly()
{
    test::TestDataDir dir;
    AppConfig config = dir.config(QUrl(QStringLiteral("http://127.0.0.1:4321")));
    config.dataDir = dir.path() + QStringLiteral("/nested/data");
    QVERIFY(ConfigLoader::save(config).ok());
    const AppConfig loaded = ConfigLoader::load(config.dataDir, QProcessEnvironment());
    QCOMPARE(loaded.clientId, config.clientId);
    QCOMPARE(loaded.authorizeUrl, config.authorizeUrl);
    QCOMPARE(loaded.tokenUrl, config.tokenUrl);
    QCOMPARE(loaded.apiUrl, config.apiUrl);
    QCOMPARE(QFileInfo(config.settingsPath()).permissions() & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    QCOMPARE(QFileInfo(config.dataDir).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestConfigLoader::invalidUrlFallsBackToDefault()
{
    test::TestDataDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_API_URL"), QStringLiteral("not a url with spaces"));
    QCOMPARE(ConfigLoader::load(dir.path(), env).apiUrl, AppConfig::soundCloudApiUrl());
}

void TestConfigLoader::plainHttpOnlyToThisComputer()
{
    test::TestDataDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), QStringLiteral("http://tokens.example.org/oauth/token"));
    env.insert(QStringLiteral("WAVESHELF_API_URL"), QStringLiteral("http://127.0.0.1:8766"));
    const AppConfig config = ConfigLoader::load(dir.path(), env);
    QCOMPARE(config.tokenUrl, AppConfig::soundCloudTokenUrl());              // refused: secrets would travel in clear
    QCOMPARE(config.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:8766")));  // the sandbox on this machine
}

void TestConfigLoader::endpointsFollowConfigCheck_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("used");

    const QString token = QStringLiteral("WAVESHELF_TOKEN_URL");
    const QString redirect = QStringLiteral("WAVESHELF_REDIRECT_URI");
    QTest::newRow("https") << token << QStringLiteral("https://tokens.example.org/oauth/token") << true;
    QTest::newRow("http to ::1") << token << QStringLiteral("http://[::1]:8766/oauth/token") << true;
    QTest::newRow("http to localhost") << token << QStringLiteral("http://localhost:8766/oauth/token") << true;
    QTest::newRow("userinfo trick") << token << QStringLiteral("http://127.0.0.1@evil.example/oauth/token") << false;
    QTest::newRow("credentials in https") << token << QStringLiteral("https://u:p@tokens.example.org/t") << false;
    QTest::newRow("odd scheme") << token << QStringLiteral("gopher://127.0.0.1/oauth/token") << false;
    QTest::newRow("no host") << token << QStringLiteral("https:///oauth/token") << false;
    QTest::newRow("redirect with fragment") << redirect << QStringLiteral("http://127.0.0.1:8765/callback#x") << false;
    QTest::newRow("redirect on ::1") << redirect << QStringLiteral("http://[::1]:8765/callback") << true;
}

void TestConfigLoader::endpointsFollowConfigCheck()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(bool, used);

    test::TestDataDir dir;
    QProcessEnvironment env;
    env.insert(variable, value);
    const AppConfig config = ConfigLoader::load(dir.path(), env);
    const bool isToken = variable == QLatin1String("WAVESHELF_TOKEN_URL");
    const QUrl loaded = isToken ? config.tokenUrl : config.redirectUri;
    const QUrl fallback = isToken ? AppConfig::soundCloudTokenUrl() : AppConfig::defaultRedirectUri();
    QCOMPARE(loaded, used ? QUrl(value) : fallback);
}

void TestConfigLoader::refusedIniValueFallsBackWithAWarning()
{
    test::TestDataDir dir;
    {
        QSettings ini(dir.path() + QStringLiteral("/waveshelf.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("soundcloud/api_url"), QStringLiteral("http://api.example.org"));
    }
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^soundcloud/api_url in the settings file is not used: "
                                                           "“http://api.example.org”\\. The API URL must start with "
                                                           "https://.* Waveshelf uses https://api.soundcloud.com "
                                                           "instead\\.$")));
    const AppConfig config = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(config.apiUrl, AppConfig::soundCloudApiUrl());
    QCOMPARE(config.refusedValues.size(), 1);
    QCOMPARE(config.refusedValues.constFirst().field, ConfigField::ApiUrl);
}

void TestConfigLoader::nonLoopbackRedirectIsRefusedOutLoud_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("WAVESHELF_REDIRECT_URI") << true;
    QTest::newRow("settings file") << false;
}

void TestConfigLoader::nonLoopbackRedirectIsRefusedOutLoud()
{
    QFETCH(bool, fromEnvironment);
    const QString value = QStringLiteral("http://192.168.1.20:8765/callback");
    test::TestDataDir dir;
    QProcessEnvironment env;
    if (fromEnvironment) {
        env.insert(QStringLiteral("WAVESHELF_REDIRECT_URI"), value);
    } else {
        QSettings ini(dir.path() + QStringLiteral("/waveshelf.ini"), QSettings::IniFormat);
        ini.setValue(QStringLiteral("soundcloud/redirect_uri"), value);
    }
    const QString source = fromEnvironment ? QStringLiteral("WAVESHELF_REDIRECT_URI")
                                           : QStringLiteral("soundcloud/redirect_uri in the settings file");
    // At warning level (shown without any logging rule), naming the value, why, and what is used.
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("^%1 is not used: “http://192\\.168\\.1\\.20:8765/callback”\\. "
                                          "The Redirect URI must start with https:// \\(plain http:// "
                                          "is only allowed for this computer.* Waveshelf uses "
                                          "http://127\\.0\\.0\\.1:8765/callback instead\\.$")
                               .arg(source)));
    const AppConfig config = ConfigLoader::load(dir.path(), env);
    QCOMPARE(config.redirectUri, AppConfig::defaultRedirectUri());
    // ...and for the settings dialog.
    QCOMPARE(config.refusedValues.size(), 1);
    QCOMPARE(config.refusedValues.constFirst().field, ConfigField::RedirectUri);
    QVERIFY(config.refusedValues.constFirst().message.contains(value));
    QVERIFY(config.refusedValues.constFirst().message.startsWith(source));
}

void TestConfigLoader::refusedValueNeverShowsAPassword()
{
    test::TestDataDir dir;
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), QStringLiteral("https://me:hunter2@tokens.example.org/t"));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^WAVESHELF_TOKEN_URL is not used: "
                                                           "“https://me@tokens\\.example\\.org/t”")));
    const AppConfig config = ConfigLoader::load(dir.path(), env);
    QCOMPARE(config.tokenUrl, AppConfig::soundCloudTokenUrl());
    QVERIFY(!config.refusedValues.constFirst().message.contains(QStringLiteral("hunter2")));
}

void TestConfigLoader::databaseUrlFromIniOrEnvironment()
{
    test::TestDataDir dir;
    AppConfig saved = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QVERIFY(saved.databaseUrl.isEmpty());
    QCOMPARE(saved.databaseLocation(), saved.databasePath());  // SQLite by default
    saved.databaseUrl = QStringLiteral("postgresql://dana@db.example.org/waveshelf");
    QVERIFY(ConfigLoader::save(saved).ok());
    QCOMPARE(ConfigLoader::load(dir.path(), QProcessEnvironment()).databaseLocation(), saved.databaseUrl);

    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_DATABASE_URL"), QStringLiteral("postgresql://erin@10.0.0.5/shared"));
    QCOMPARE(ConfigLoader::load(dir.path(), env).databaseUrl, QStringLiteral("postgresql://erin@10.0.0.5/shared"));
    QCOMPARE(ConfigLoader::overriddenKeys(env), QStringList{QStringLiteral("database/url")});

    // A password is refused (SQLite is used), and never shown.
    env.insert(QStringLiteral("WAVESHELF_DATABASE_URL"), QStringLiteral("postgresql://erin:hunter2@10.0.0.5/shared"));
    const AppConfig refused = ConfigLoader::load(dir.path(), env);
    QVERIFY(refused.databaseUrl.isEmpty());
    QCOMPARE(refused.refusedValues.size(), 1);
    QCOMPARE(refused.refusedValues.constFirst().field, ConfigField::DatabaseUrl);
    QVERIFY(refused.refusedValues.constFirst().message.contains(QLatin1String("WAVESHELF_DATABASE_URL")));
    QVERIFY(!refused.refusedValues.constFirst().message.contains(QLatin1String("hunter2")));
    env.insert(QStringLiteral("WAVESHELF_DATABASE_URL"), QStringLiteral("postgresql://erin@h/db?password=hunter2"));
    const AppConfig option = ConfigLoader::load(dir.path(), env);
    QCOMPARE(option.refusedValues.size(), 1);
    QVERIFY(!option.refusedValues.constFirst().message.contains(QLatin1String("hunter2")));
}

WAVESHELF_TEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
