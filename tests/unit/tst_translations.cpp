// The languages shipped: embedded in the core (so the app and the CLI both
// speak them), chosen from the system's languages or by name, and QLocale's
// default following the choice.

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace waveshelf;

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void shippedLanguagesAreEmbedded();
    void resolveFollowsSystemThenEnglish();
    void useSwitchesLocaleAndStrings();
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
    QCOMPARE(Translations::nativeName(QStringLiteral("en")), QStringLiteral("American English"));
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

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
