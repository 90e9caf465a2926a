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
    QCOMPARE(QFileInfo(config.settingsPath()).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
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
    QCOMPARE(config.tokenUrl, AppConfig::soundCloudTokenUrl());  // refused: secrets would travel in clear
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
                         QRegularExpression(QStringLiteral("^soundcloud/api_url is not used: The API URL must start "
                                                           "with https://.*Using the default\\.$")));
    QCOMPARE(ConfigLoader::load(dir.path(), QProcessEnvironment()).apiUrl, AppConfig::soundCloudApiUrl());
}

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "tst_configloader.moc"
