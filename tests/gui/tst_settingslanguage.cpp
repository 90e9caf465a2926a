// The Settings dialog's language: "System default" and each shipped language
// by its own name, saved as ui/language (applied at the next start, said so),
// read-only when WAVESHELF_LANGUAGE sets it.

#include "SettingsDialog.h"
#include "TestSuite.h"
#include "config/ConfigLoader.h"

#include "TestDataDir.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace waveshelf;

namespace {

QComboBox *languageBox(const QDialog &dialog)
{
    return dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
}

QLabel *languageNote(const QDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("languageNoteLabel"));
}

void save(const QDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QString iniLanguage(const AppConfig &config)
{
    return QSettings(config.settingsPath(), QSettings::IniFormat).value(QStringLiteral("ui/language")).toString();
}

}  // namespace

class TestSettingsLanguage final : public QObject {
    Q_OBJECT

private slots:
    void offersSystemDefaultAndEachLanguageByItsName();
    void chosenLanguageIsSavedForTheNextStart();
    void systemDefaultRemovesTheChoice();
    void environmentSetsItReadOnly();
};

void TestSettingsLanguage::offersSystemDefaultAndEachLanguageByItsName()
{
    test::TestDataDir dir;
    SettingsDialog dialog(dir.config(), {}, nullptr);
    dialog.show();
    QComboBox *combo = languageBox(dialog);
    QVERIFY(combo && combo->isEnabled());
    QCOMPARE(combo->accessibleName(), QStringLiteral("Language"));
    QStringList names;
    for (int i = 0; i < combo->count(); ++i)
        names << combo->itemText(i);
    QVERIFY2(names.value(0).startsWith(QStringLiteral("System default")), qPrintable(names.join(u',')));
    QCOMPARE(names.mid(1),
             (QStringList{QStringLiteral("Deutsch"), QStringLiteral("English"), QStringLiteral("Español"),
                          QStringLiteral("Français")}));
    QCOMPARE(combo->currentIndex(), 0);  // nothing chosen yet
    QVERIFY(!languageNote(dialog)->isVisible());
}

void TestSettingsLanguage::chosenLanguageIsSavedForTheNextStart()
{
    test::TestDataDir dir;
    const AppConfig config = dir.config();
    {
        SettingsDialog dialog(config, {}, nullptr);
        dialog.show();
        QComboBox *combo = languageBox(dialog);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Français")));
        QVERIFY(languageNote(dialog)->isVisible());
        QVERIFY2(languageNote(dialog)->text().contains(QStringLiteral("next start")),
                 qPrintable(languageNote(dialog)->text()));
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().language, QStringLiteral("fr"));
    }
    QCOMPARE(iniLanguage(config), QStringLiteral("fr"));
    const AppConfig reloaded = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(reloaded.language, QStringLiteral("fr"));
    QCOMPARE(ConfigLoader::startLanguage({QStringLiteral("waveshelf"), QStringLiteral("--data-dir"), dir.path()},
                                         QProcessEnvironment()),
             QStringLiteral("fr"));
    SettingsDialog again(reloaded, {}, nullptr);
    QCOMPARE(languageBox(again)->currentText(), QStringLiteral("Français"));
}

void TestSettingsLanguage::systemDefaultRemovesTheChoice()
{
    test::TestDataDir dir;
    AppConfig config = dir.config();
    config.language = QStringLiteral("de");
    QVERIFY(ConfigLoader::save(config).ok());
    SettingsDialog dialog(config, {}, nullptr);
    dialog.show();
    QCOMPARE(languageBox(dialog)->currentText(), QStringLiteral("Deutsch"));
    languageBox(dialog)->setCurrentIndex(0);
    save(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().language, QString());
    QVERIFY(!QSettings(config.settingsPath(), QSettings::IniFormat).contains(QStringLiteral("ui/language")));
}

void TestSettingsLanguage::environmentSetsItReadOnly()
{
    test::TestDataDir dir;
    AppConfig fromFile = dir.config();
    fromFile.language = QStringLiteral("de");
    QVERIFY(ConfigLoader::save(fromFile).ok());
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_LANGUAGE"), QStringLiteral("es"));
    const AppConfig effective = ConfigLoader::load(dir.path(), env);
    SettingsDialog dialog(effective, ConfigLoader::overriddenKeys(env), nullptr);
    dialog.show();
    QComboBox *combo = languageBox(dialog);
    QCOMPARE(combo->currentText(), QStringLiteral("Español"));
    QVERIFY(!combo->isEnabled());
    QVERIFY(languageNote(dialog)->isVisible());
    QVERIFY(languageNote(dialog)->text().contains(QStringLiteral("WAVESHELF_LANGUAGE")));
    save(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(iniLanguage(fromFile), QStringLiteral("de"));  // the file keeps its own
}

WAVESHELF_TEST_MAIN(TestSettingsLanguage)
#include "tst_settingslanguage.moc"
