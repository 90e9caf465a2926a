#include "SettingsDialog.h"
#include "TestSuite.h"
#include "config/ConfigLoader.h"

#include "TestDataDir.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace waveshelf;

namespace {

QLineEdit *lineEdit(const QDialog &dialog, const char *name)
{
    return dialog.findChild<QLineEdit *>(QLatin1String(name));
}

QLabel *label(const QDialog &dialog, const char *name)
{
    return dialog.findChild<QLabel *>(QLatin1String(name));
}

void clickSave(const QDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void setText(const QDialog &dialog, const char *name, const QString &text)
{
    QLineEdit *edit = lineEdit(dialog, name);
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

}  // namespace

class TestSettingsDialog final : public QObject {
    Q_OBJECT

private slots:
    void showsCurrentValues();
    void secretIsNotEditableNorShown();
    void badValueIsRefusedAndNotSaved_data();
    void badValueIsRefusedAndNotSaved();
    void goodValuesAreSavedAndReload();
    void environmentOverriddenFieldsAreReadOnly();
    void restoreSoundCloudDefaults();
    void saveErrorIsShownInPlainWords();
    void fieldsHaveAccessibleNames();
    void refusedRedirectUriIsNamedInANote_data();
    void refusedRedirectUriIsNamedInANote();
    void ignoredSettingsFileIsNamed();
    void pagesAudioOutputAndAccount();
};

void TestSettingsDialog::showsCurrentValues()
{
    test::TestDataDir dir;
    AppConfig config = dir.config(QUrl(QStringLiteral("http://127.0.0.1:9000")));
    SettingsDialog dialog(config, {}, nullptr);
    QCOMPARE(lineEdit(dialog, "clientIdLineEdit")->text(), config.clientId);
    QCOMPARE(lineEdit(dialog, "redirectUriLineEdit")->text(), config.redirectUri.toString());
    QCOMPARE(lineEdit(dialog, "authorizeUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:9000/authorize"));
    QCOMPARE(lineEdit(dialog, "tokenUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:9000/oauth/token"));
    QCOMPARE(lineEdit(dialog, "apiUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:9000"));
    QLineEdit *dataDir = lineEdit(dialog, "dataDirLineEdit");
    QCOMPARE(dataDir->text(), QDir::toNativeSeparators(dir.path()));
    QVERIFY(dataDir->isReadOnly());
    for (const char *name :
         {"clientIdLineEdit", "redirectUriLineEdit", "authorizeUrlLineEdit", "tokenUrlLineEdit", "apiUrlLineEdit"}) {
        QVERIFY2(!lineEdit(dialog, name)->isReadOnly(), name);
    }
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
}

void TestSettingsDialog::secretIsNotEditableNorShown()
{
    test::TestDataDir dir;
    AppConfig config = dir.config();
    config.clientSecret = QStringLiteral("very-secret-value");
    SettingsDialog dialog(config, {}, nullptr);
    dialog.show();
    dialog.showPage(QStringLiteral("advancedPage"));  // where the SoundCloud fields are
    const auto edits = dialog.findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits)
        QVERIFY(!edit->text().contains(QStringLiteral("very-secret-value")));
    const auto labels = dialog.findChildren<QLabel *>();
    for (const QLabel *l : labels)
        QVERIFY(!l->text().contains(QStringLiteral("very-secret-value")));
    QLabel *note = label(dialog, "clientSecretNoteLabel");
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("WAVESHELF_CLIENT_SECRET")));
    QVERIFY(note->text().contains(QStringLiteral("A client secret is set now.")));

    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QFile ini(config.settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("very-secret-value"));
}

void TestSettingsDialog::badValueIsRefusedAndNotSaved_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");

    QTest::newRow("token url ftp") << QByteArray("tokenUrlLineEdit") << QStringLiteral("ftp://example.com/token")
                                   << QStringLiteral(
                                          "The Token URL must be a web address that starts with https:// or http://.");
    QTest::newRow("api url no scheme") << QByteArray("apiUrlLineEdit") << QStringLiteral("api.soundcloud.com")
                                       << QStringLiteral("The API URL must be a web address");
    QTest::newRow("authorize url no host") << QByteArray("authorizeUrlLineEdit") << QStringLiteral("https:///authorize")
                                           << QStringLiteral("The Authorize URL needs a server name");
    QTest::newRow("authorize url empty") << QByteArray("authorizeUrlLineEdit") << QString()
                                         << QStringLiteral("Please enter the Authorize URL.");
    QTest::newRow("redirect uri javascript")
        << QByteArray("redirectUriLineEdit") << QStringLiteral("javascript:alert(1)")
        << QStringLiteral("The Redirect URI must be a web address");
    QTest::newRow("redirect uri fragment")
        << QByteArray("redirectUriLineEdit") << QStringLiteral("http://127.0.0.1:8765/callback#x")
        << QStringLiteral("cannot contain");
    QTest::newRow("redirect uri spaces") << QByteArray("redirectUriLineEdit") << QStringLiteral("http://bad host/cb")
                                         << QStringLiteral("The Redirect URI must be a web address");
    QTest::newRow("token url plain http to a remote host")
        << QByteArray("tokenUrlLineEdit") << QStringLiteral("http://secure.soundcloud.com/oauth/token")
        << QStringLiteral("The Token URL must start with https://");
    QTest::newRow("client id with space") << QByteArray("clientIdLineEdit") << QStringLiteral("abc def")
                                          << QStringLiteral("The client ID cannot contain spaces.");
    QTest::newRow("database url with a password")
        << QByteArray("databaseUrlLineEdit") << QStringLiteral("postgresql://dana:secret@db.example.org/ws")
        << QStringLiteral("The database URL cannot contain a password. Put the password in ~/.pgpass");
}

void TestSettingsDialog::badValueIsRefusedAndNotSaved()
{
    QFETCH(QByteArray, field);
    QFETCH(QString, value);
    QFETCH(QString, message);

    test::TestDataDir dir;
    const AppConfig config = dir.config();
    SettingsDialog dialog(config, {}, nullptr);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    setText(dialog, field.constData(), value);
    clickSave(dialog);

    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QLabel *error = label(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(error->accessibleDescription(), error->text());
    QCOMPARE(dialog.focusWidget(), lineEdit(dialog, field.constData()));
    QVERIFY(!QFile::exists(config.settingsPath()));

    // Fixing the value clears the error and saves.
    const QString fixed = field == "clientIdLineEdit" ? QStringLiteral("abcdef")
        : field == "databaseUrlLineEdit"              ? QStringLiteral("postgresql://dana@db.example.org/ws")
                                                      : QStringLiteral("https://example.com/x");
    setText(dialog, field.constData(), fixed);
    clickSave(dialog);
    QCOMPARE(accepted.count(), 1);
    QVERIFY(!error->isVisible());
    QVERIFY(QFile::exists(config.settingsPath()));
}

void TestSettingsDialog::goodValuesAreSavedAndReload()
{
    test::TestDataDir dir;
    const AppConfig config = dir.config();
    SettingsDialog dialog(config, {}, nullptr);
    dialog.show();
    setText(dialog, "clientIdLineEdit", QStringLiteral("  my-client-id  "));
    setText(dialog, "redirectUriLineEdit", QStringLiteral("http://127.0.0.1:9999/cb"));
    setText(dialog, "authorizeUrlLineEdit", QStringLiteral("http://localhost:7000/authorize"));
    setText(dialog, "tokenUrlLineEdit", QStringLiteral("http://localhost:7000/oauth/token"));
    setText(dialog, "apiUrlLineEdit", QStringLiteral("https://api.example.org"));
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const AppConfig reloaded = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(reloaded.clientId, QStringLiteral("my-client-id"));
    QCOMPARE(reloaded.redirectUri, QUrl(QStringLiteral("http://127.0.0.1:9999/cb")));
    QCOMPARE(reloaded.authorizeUrl, QUrl(QStringLiteral("http://localhost:7000/authorize")));
    QCOMPARE(reloaded.tokenUrl, QUrl(QStringLiteral("http://localhost:7000/oauth/token")));
    QCOMPARE(reloaded.apiUrl, QUrl(QStringLiteral("https://api.example.org")));

    const AppConfig result = dialog.settings();
    QCOMPARE(result.clientId, reloaded.clientId);
    QCOMPARE(result.redirectUri, reloaded.redirectUri);
    QCOMPARE(result.authorizeUrl, reloaded.authorizeUrl);
    QCOMPARE(result.tokenUrl, reloaded.tokenUrl);
    QCOMPARE(result.apiUrl, reloaded.apiUrl);
    QCOMPARE(result.dataDir, dir.path());
}

void TestSettingsDialog::environmentOverriddenFieldsAreReadOnly()
{
    test::TestDataDir dir;
    {
        AppConfig fromFile = dir.config();
        fromFile.clientId = QStringLiteral("id-in-file");
        QVERIFY(ConfigLoader::save(fromFile).ok());
    }
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_CLIENT_ID"), QStringLiteral("id-from-env"));
    env.insert(QStringLiteral("WAVESHELF_TOKEN_URL"), QStringLiteral("http://127.0.0.1:1/oauth/token"));
    const AppConfig effective = ConfigLoader::load(dir.path(), env);

    SettingsDialog dialog(effective, ConfigLoader::overriddenKeys(env), nullptr);
    dialog.show();
    dialog.showPage(QStringLiteral("advancedPage"));  // where the SoundCloud fields are
    QLineEdit *clientId = lineEdit(dialog, "clientIdLineEdit");
    QLineEdit *tokenUrl = lineEdit(dialog, "tokenUrlLineEdit");
    QCOMPARE(clientId->text(), QStringLiteral("id-from-env"));
    QVERIFY(clientId->isReadOnly());
    QVERIFY(tokenUrl->isReadOnly());
    QVERIFY(!lineEdit(dialog, "apiUrlLineEdit")->isReadOnly());
    QLabel *clientIdNote = label(dialog, "clientIdNoteLabel");
    QVERIFY(clientIdNote->isVisible());
    QVERIFY(clientIdNote->text().contains(QStringLiteral("WAVESHELF_CLIENT_ID")));
    QVERIFY(label(dialog, "tokenUrlNoteLabel")->text().contains(QStringLiteral("WAVESHELF_TOKEN_URL")));
    QVERIFY(!label(dialog, "apiUrlNoteLabel")->isVisible());

    // Typing does nothing in a read-only field.
    QTest::keyClicks(clientId, QStringLiteral("xyz"));
    QCOMPARE(clientId->text(), QStringLiteral("id-from-env"));

    setText(dialog, "apiUrlLineEdit", QStringLiteral("https://api.example.org"));
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The environment's values are not written into the file; the file keeps its own.
    const AppConfig fileOnly = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(fileOnly.clientId, QStringLiteral("id-in-file"));
    QCOMPARE(fileOnly.tokenUrl, AppConfig::soundCloudTokenUrl());
    QCOMPARE(fileOnly.apiUrl, QUrl(QStringLiteral("https://api.example.org")));
    // What is in effect still follows the environment.
    QCOMPARE(dialog.settings().clientId, QStringLiteral("id-from-env"));
    QCOMPARE(dialog.settings().tokenUrl, QUrl(QStringLiteral("http://127.0.0.1:1/oauth/token")));
    QCOMPARE(dialog.settings().apiUrl, QUrl(QStringLiteral("https://api.example.org")));
}

void TestSettingsDialog::restoreSoundCloudDefaults()
{
    test::TestDataDir dir;
    const AppConfig config = dir.config(QUrl(QStringLiteral("http://127.0.0.1:9000")));
    SettingsDialog dialog(config, {QStringLiteral("soundcloud/api_url")}, nullptr);
    dialog.show();
    setText(dialog, "redirectUriLineEdit", QStringLiteral("http://127.0.0.1:1234/cb"));
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaultsPushButton"));
    QVERIFY(restore);
    QCOMPARE(restore->text().remove(QLatin1Char('&')), QStringLiteral("Restore SoundCloud defaults"));
    QTest::mouseClick(restore, Qt::LeftButton);

    QCOMPARE(lineEdit(dialog, "redirectUriLineEdit")->text(), AppConfig::defaultRedirectUri().toString());
    QCOMPARE(lineEdit(dialog, "authorizeUrlLineEdit")->text(), AppConfig::soundCloudAuthorizeUrl().toString());
    QCOMPARE(lineEdit(dialog, "tokenUrlLineEdit")->text(), AppConfig::soundCloudTokenUrl().toString());
    // Overridden by the environment: left alone. The client ID has no default.
    QCOMPARE(lineEdit(dialog, "apiUrlLineEdit")->text(), QStringLiteral("http://127.0.0.1:9000"));
    QCOMPARE(lineEdit(dialog, "clientIdLineEdit")->text(), config.clientId);
    QVERIFY(!QFile::exists(config.settingsPath()));  // restoring is not saving
}

void TestSettingsDialog::saveErrorIsShownInPlainWords()
{
    test::TestDataDir dir;
    AppConfig config = dir.config();
    config.dataDir = dir.unmakeableDir();

    SettingsDialog dialog(config, {}, nullptr);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    clickSave(dialog);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QLabel *error = label(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("Could not create the data folder")), qPrintable(error->text()));
}

void TestSettingsDialog::fieldsHaveAccessibleNames()
{
    test::TestDataDir dir;
    SettingsDialog dialog(dir.config(), {}, nullptr);
    const std::pair<const char *, const char *> pairs[] = {
        {"clientIdLabel", "clientIdLineEdit"},
        {"redirectUriLabel", "redirectUriLineEdit"},
        {"authorizeUrlLabel", "authorizeUrlLineEdit"},
        {"tokenUrlLabel", "tokenUrlLineEdit"},
        {"apiUrlLabel", "apiUrlLineEdit"},
        {"dataDirLabel", "dataDirLineEdit"},
    };
    for (const auto &[labelName, editName] : pairs) {
        QLabel *l = label(dialog, labelName);
        QLineEdit *edit = lineEdit(dialog, editName);
        QVERIFY2(l && edit, editName);
        QCOMPARE(l->buddy(), edit);
        QString visible = l->text().remove(QLatin1Char('&'));
        visible.chop(1);  // the colon
        QCOMPARE(edit->accessibleName(), visible);
    }
}

void TestSettingsDialog::refusedRedirectUriIsNamedInANote_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::newRow("WAVESHELF_REDIRECT_URI") << true;
    QTest::newRow("settings file") << false;
}

void TestSettingsDialog::refusedRedirectUriIsNamedInANote()
{
    QFETCH(bool, fromEnvironment);
    const QString refused = QStringLiteral("http://192.168.1.20:8765/callback");
    test::TestDataDir dir;
    QProcessEnvironment env;
    if (fromEnvironment) {
        env.insert(QStringLiteral("WAVESHELF_REDIRECT_URI"), refused);
    } else {
        AppConfig fromFile = dir.config();
        fromFile.redirectUri = QUrl(refused);
        QVERIFY(ConfigLoader::save(fromFile).ok());
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not used: “%1”").arg(refused)));
    const AppConfig effective = ConfigLoader::load(dir.path(), env);
    SettingsDialog dialog(effective, ConfigLoader::overriddenKeys(env), nullptr);
    dialog.show();
    dialog.showPage(QStringLiteral("advancedPage"));  // where the SoundCloud fields are
    QCOMPARE(lineEdit(dialog, "redirectUriLineEdit")->text(), AppConfig::defaultRedirectUri().toString());
    QLabel *note = label(dialog, "redirectUriNoteLabel");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(refused), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("must start with https://")));
    QVERIFY(note->text().contains(fromEnvironment ? QStringLiteral("WAVESHELF_REDIRECT_URI")
                                                  : QStringLiteral("in the settings file")));
    QVERIFY(lineEdit(dialog, "redirectUriLineEdit")->accessibleDescription().contains(refused));
    QVERIFY(!label(dialog, "tokenUrlNoteLabel")->isVisible());
    QVERIFY(!label(dialog, "settingsFileNoteLabel")->isVisible());
}

void TestSettingsDialog::ignoredSettingsFileIsNamed()
{
    test::TestDataDir dir;
    AppConfig fromFile = dir.config(QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QVERIFY(ConfigLoader::save(fromFile).ok());
    QVERIFY(QFile::setPermissions(fromFile.settingsPath(), QFile::Permissions(0x6666)));  // rw for everyone
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^The settings file .* is not used")));
    const AppConfig effective = ConfigLoader::load(dir.path(), QProcessEnvironment());
    SettingsDialog dialog(effective, {}, nullptr);
    dialog.show();
    dialog.showPage(QStringLiteral("advancedPage"));  // where the SoundCloud fields are
    QLabel *note = label(dialog, "settingsFileNoteLabel");
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QDir::toNativeSeparators(fromFile.settingsPath())), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("other users of this computer can change it")));
    QCOMPARE(note->accessibleName(), QStringLiteral("About the settings file"));
    QCOMPARE(lineEdit(dialog, "tokenUrlLineEdit")->text(), AppConfig::soundCloudTokenUrl().toString());
}

void TestSettingsDialog::pagesAudioOutputAndAccount()
{
    // Issue 19, defect 4: one fixed page, nearly all sign-in plumbing. Now pages, with
    // Playback (the audio output) and Account (the window's actions) among them.
    test::TestDataDir dir;
    AppConfig config = dir.config();
    config.audioOutput = QStringLiteral("unplugged-usb-dac");
    SettingsDialog dialog(config, {}, nullptr);
    dialog.show();
    auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"));
    QStringList names;
    for (int page = 0; page < pages->count(); ++page)
        names << pages->widget(page)->objectName();
    QCOMPARE(names,
             QStringList({QStringLiteral("generalPage"), QStringLiteral("playbackPage"), QStringLiteral("libraryPage"),
                          QStringLiteral("accountPage"), QStringLiteral("advancedPage")}));
    QVERIFY(dialog.minimumSize() != dialog.maximumSize());  // resizable

    // A device chosen before but not there now stays chosen, and says so; the default
    // is always offered.
    dialog.showPage(QStringLiteral("playbackPage"));
    auto *outputs = dialog.findChild<QComboBox *>(QStringLiteral("audioOutputComboBox"));
    QCOMPARE(outputs->currentData().toString(), QStringLiteral("unplugged-usb-dac"));
    QVERIFY(outputs->currentText().contains(QStringLiteral("not connected")));
    QCOMPARE(outputs->itemData(0).toString(), QString());
    outputs->setCurrentIndex(0);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.settings().audioOutput, QString());
    QCOMPARE(ConfigLoader::load(dir.path(), QProcessEnvironment()).audioOutput, QString());

    // Account: nobody logged in says so; logged in, the window's actions as buttons,
    // each closing the dialog for the window to run it.
    SettingsDialog again(config, {}, nullptr);
    again.show();
    again.showPage(QStringLiteral("accountPage"));
    QVERIFY(label(again, "accountUserLabel")->text().startsWith(QStringLiteral("Log in")));
    QAction password(QStringLiteral("Change &Password…"));
    password.setObjectName(QStringLiteral("changePasswordAction"));
    QAction disconnect(QStringLiteral("&Disconnect"));
    disconnect.setObjectName(QStringLiteral("disconnectAction"));
    disconnect.setEnabled(false);
    again.setAccount(QStringLiteral("ada"), QStringLiteral("SoundCloud: bob"), {&password, &disconnect});
    QCOMPARE(pages->count(), 5);
    auto *accountPages = again.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"));
    QCOMPARE(accountPages->indexOf(again.findChild<QWidget *>(QStringLiteral("accountPage"))), 3);
    again.showPage(QStringLiteral("accountPage"));
    QCOMPARE(label(again, "accountUserLabel")->text(), QStringLiteral("Logged in to Waveshelf as ada."));
    auto *disconnectButton = again.findChild<QPushButton *>(QStringLiteral("disconnectActionButton"));
    QVERIFY(disconnectButton && !disconnectButton->isEnabled());
    QCOMPARE(disconnectButton->accessibleName(), QStringLiteral("Disconnect"));
    QSignalSpy triggered(&password, &QAction::triggered);
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("changePasswordActionButton")), Qt::LeftButton);
    QCOMPARE(again.result(), int(QDialog::Rejected));
    QVERIFY(!again.isVisible());
    QCOMPARE(again.chosenAction(), &password);
    QCOMPARE(triggered.count(), 0);  // the window runs it, with the dialog gone
}

WAVESHELF_TEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
