// The languages shipped: embedded in the core (so the app and the CLI both
// speak them), chosen from the system's languages or by name, and QLocale's
// default following the choice; the language chosen in Settings (INI
// ui/language, WAVESHELF_LANGUAGE) read at start and preferred to the system's.

#include "TestDataDir.h"
#include "TestSuite.h"
#include "config/ConfigLoader.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace waveshelf;

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void shippedLanguagesAreEmbedded();
    void resolveFollowsSystemThenEnglish();
    void useSwitchesLocaleAndStrings();
    void englishHasItsPluralForms();
    void languageSettingRoundTrips();
    void chosenLanguageBeatsTheSystems();
};

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::shippedLanguagesAreEmbedded()
{
    const QStringList languages = Translations::available();
    QCOMPARE(languages.value(0), QStringLiteral("en"));
    for (const QString &language : languages)
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/waveshelf_%1.qm").arg(language)), qPrintable(language));
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translations::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    QCOMPARE(Translations::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
}

void TestTranslations::resolveFollowsSystemThenEnglish()
{
    const QStringList languages = Translations::available();
    QCOMPARE(Translations::resolve(QStringLiteral("xx"), {QStringLiteral("yy-ZZ")}), QStringLiteral("en"));
    QCOMPARE(Translations::resolve(QString(), {}), QStringLiteral("en"));
    for (const QString &language : languages) {
        // A region or script suffix still finds the language, by name or from the system.
        QCOMPARE(Translations::resolve(language + QStringLiteral("_CH"), {}), language);
        QCOMPARE(Translations::resolve(QString(), {QStringLiteral("xx"), language + QStringLiteral("-BE")}), language);
    }
}

void TestTranslations::useSwitchesLocaleAndStrings()
{
    Translations translations;
    for (const QString &language : Translations::available()) {
        QCOMPARE(translations.use(language), language);
        QCOMPARE(QLocale().name().left(2), language);
    }
}

// English is the source language, yet "%n track(s)" must read "1 track" and
// "7 tracks": the English plural forms are installed like a translation.
void TestTranslations::englishHasItsPluralForms()
{
    Translations translations;
    QCOMPARE(translations.use(QStringLiteral("en")), QStringLiteral("en"));
    const auto tracks = [](int n) { return QCoreApplication::translate("CountText", "%n track(s)", nullptr, n); };
    QCOMPARE(tracks(1), QStringLiteral("1 track"));
    QCOMPARE(tracks(7), QStringLiteral("7 tracks"));
    QCOMPARE(tracks(10000), QLocale().toString(10000) + QStringLiteral(" tracks"));
    // Counts are in the language's number format: German groups thousands with a dot.
    QCOMPARE(translations.use(QStringLiteral("de")), QStringLiteral("de"));
    QVERIFY2(tracks(10000).startsWith(QStringLiteral("10.000 ")), qPrintable(tracks(10000)));
    QCOMPARE(translations.use(QStringLiteral("en")), QStringLiteral("en"));
    // A string with no English entry stays the source text.
    QCOMPARE(QCoreApplication::translate("waveshelf::LibraryBrowser", "Refresh"), QStringLiteral("Refresh"));
}

void TestTranslations::languageSettingRoundTrips()
{
    test::TestDataDir dir;
    AppConfig config = dir.config(QUrl(QStringLiteral("http://127.0.0.1:4321")));
    config.language = QStringLiteral("fr");
    QVERIFY(ConfigLoader::save(config).ok());
    QCOMPARE(QSettings(config.settingsPath(), QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
             QStringLiteral("fr"));
    QCOMPARE(ConfigLoader::load(dir.path(), QProcessEnvironment()).language, QStringLiteral("fr"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_LANGUAGE"), QStringLiteral("ES"));
    QCOMPARE(ConfigLoader::load(dir.path(), env).language, QStringLiteral("es"));
    QVERIFY(ConfigLoader::overriddenKeys(env).contains(QStringLiteral("ui/language")));

    config.language.clear();  // "System default": the key goes
    QVERIFY(ConfigLoader::save(config).ok());
    QVERIFY(!QSettings(config.settingsPath(), QSettings::IniFormat).contains(QStringLiteral("ui/language")));
    QCOMPARE(ConfigLoader::load(dir.path(), QProcessEnvironment()).language, QString());
}

void TestTranslations::chosenLanguageBeatsTheSystems()
{
    test::TestDataDir dir;
    AppConfig config = dir.config(QUrl(QStringLiteral("http://127.0.0.1:4321")));
    config.language = QStringLiteral("fr");
    QVERIFY(ConfigLoader::save(config).ok());
    const QString program = QStringLiteral("waveshelf");
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), QStringLiteral("/nonexistent/waveshelf"));
    // --data-dir DIR or --data-dir=DIR, before or after a command's words.
    QCOMPARE(ConfigLoader::startLanguage({program, QStringLiteral("--data-dir"), dir.path()}, env),
             QStringLiteral("fr"));
    QCOMPARE(ConfigLoader::startLanguage(
                 {program, QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--data-dir=") + dir.path()},
                 env),
             QStringLiteral("fr"));
    QCOMPARE(ConfigLoader::startLanguage({program}, env), QString());  // no settings there: the system's
    env.insert(QStringLiteral("WAVESHELF_DATA_DIR"), dir.path());
    QCOMPARE(ConfigLoader::startLanguage({program}, env), QStringLiteral("fr"));
    env.insert(QStringLiteral("WAVESHELF_LANGUAGE"), QStringLiteral("es"));
    QCOMPARE(ConfigLoader::startLanguage({program, QStringLiteral("--data-dir"), dir.path()}, env),
             QStringLiteral("es"));

    // The chosen language wins over the system's, strings and formats alike.
    QCOMPARE(Translations::resolve(QStringLiteral("fr"), {QStringLiteral("de-DE"), QStringLiteral("en-US")}),
             QStringLiteral("fr"));
    Translations translations;
    QCOMPARE(translations.use(QStringLiteral("fr")), QStringLiteral("fr"));
    QCOMPARE(QCoreApplication::translate("ConfigCheck", "Client ID"), QStringLiteral("ID client"));
    QCOMPARE(QLocale().language(), QLocale::French);
    QCOMPARE(translations.use(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("ConfigCheck", "Client ID"), QStringLiteral("Client ID"));
}

WAVESHELF_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
