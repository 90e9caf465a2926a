// The first-run guide in the real main window, offscreen: shown only without a
// client ID; "Try with the sandbox" starts the real waveshelf-sandbox program and
// leads to the login; "Use your own SoundCloud app" checks the client ID, tests
// the endpoints (the in-process sandbox), saves the settings file without any
// secret and leads to the login. No keyring runs here (no session bus), which
// the guide and the window say in plain words.

#include "FirstRunPage.h"
#include "LoginPage.h"
#include "LoopbackPort.h"
#include "MainWindow.h"
#include "RunningApp.h"
#include "SandboxHost.h"
#include "SettingsDialog.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "config/ConfigLoader.h"
#include "secrets/ClientSecretStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <iterator>

using namespace waveshelf;
using test::RunningApp;

namespace {

QPushButton *button(QWidget *page, const char *name)
{
    return page->findChild<QPushButton *>(QLatin1String(name));
}

QLineEdit *lineEdit(QWidget *page, const char *name)
{
    return page->findChild<QLineEdit *>(QLatin1String(name));
}

QString labelText(QWidget *page, const char *name)
{
    auto *label = page->findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisible() ? label->text() : QString();
}

// Opens Settings from the window's menu; `answer` fills the dialog, then it is saved.
bool saveSettings(const RunningApp &app, const std::function<void(SettingsDialog *)> &answer)
{
    bool saved = false;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog || saved)
            return;
        answer(dialog);
        saved = true;
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
    });
    timer.start(20);
    const auto actions = app.window->findChildren<QAction *>();
    const auto settings = std::find_if(actions.begin(), actions.end(), [](const QAction *action) {
        return action->text() == QStringLiteral("&Settings…");
    });
    if (settings == actions.end())
        return false;
    (*settings)->trigger();  // returns once the dialog is closed
    return saved;
}

bool showsLogin(const RunningApp &app)
{
    return app.window->firstRunPage() == nullptr && app.window->loginPage()->isVisible();
}

}  // namespace

class TestFirstRun final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void clientIdSkipsTheGuide();
    void guideShowsAndIsAccessible();
    void sandboxLeadsToLogin();
    void sandboxIsNotSavedFromSettings();
    void ownAppIsCheckedTestedAndSaved();
    void missingKeyringIsSaidAtStart();

private:
    [[nodiscard]] AppConfig unconfigured(const test::TestDataDir &dir, const QUrl &service = {}) const;

    sandbox::SandboxHost m_sandbox;
};

void TestFirstRun::initTestCase()
{
    QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));  // cleared in main()
    QVERIFY(m_sandbox.start());
}

AppConfig TestFirstRun::unconfigured(const test::TestDataDir &dir, const QUrl &service) const
{
    AppConfig config = dir.config(service);
    config.clientId.clear();
    return config;
}

void TestFirstRun::clientIdSkipsTheGuide()
{
    test::TestDataDir dir;
    const RunningApp app = RunningApp::start(dir.config());
    QVERIFY(!app.window->firstRunPage());
    QVERIFY(app.window->loginPage()->isVisible());
}

void TestFirstRun::guideShowsAndIsAccessible()
{
    test::TestDataDir dir;
    const RunningApp app = RunningApp::start(unconfigured(dir));
    FirstRunPage *page = app.window->firstRunPage();
    QVERIFY(page);
    QVERIFY(page->isVisible());
    QVERIFY(!app.window->loginPage()->isVisible());
    QCOMPARE(lineEdit(page, "redirectUriLineEdit")->text(), AppConfig::defaultRedirectUri().toString());
    QVERIFY(labelText(page, "ownAppStepsLabel").contains(QStringLiteral("soundcloud.com/you/apps")));
    QVERIFY(labelText(page, "firstRunLaterLabel").contains(QStringLiteral("Settings")));

    // Every button is named as it reads; every field as its label reads.
    const auto buttons = page->findChildren<QPushButton *>();
    QVERIFY(buttons.size() >= 4);
    for (QPushButton *b : buttons)
        QCOMPARE(b->accessibleName(), b->text().remove(QLatin1Char('&')));
    const auto forms = page->findChildren<QFormLayout *>();
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                                     ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                                     : nullptr);
            if (!label || !label->buddy())
                continue;
            QCOMPARE(label->buddy()->accessibleName(), label->text().remove(QLatin1Char('&')).chopped(1));
        }
    }
    // Tab reaches every control in reading order (the link and the read-only redirect URI between them).
    const QWidget *expected[] = {button(page, "trySandboxPushButton"),      lineEdit(page, "redirectUriLineEdit"),
                                 button(page, "copyRedirectUriPushButton"), lineEdit(page, "clientIdLineEdit"),
                                 lineEdit(page, "clientSecretLineEdit"),    button(page, "testPushButton"),
                                 button(page, "saveOwnAppPushButton")};
    app.window->activateWindow();
    button(page, "trySandboxPushButton")->setFocus();
    QTRY_VERIFY(button(page, "trySandboxPushButton")->hasFocus());
    QStringList visited;
    for (int step = 0; step < 12 && visited.size() < 1 + int(std::size(expected)); ++step) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        if (std::find(std::begin(expected), std::end(expected), focused) != std::end(expected))
            visited << focused->objectName();
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QStringList inOrder;
    for (const QWidget *widget : expected)
        inOrder << widget->objectName();
    QCOMPARE(visited.mid(0, inOrder.size()), inOrder);

    // Copy puts the redirect URI on the clipboard.
    QTest::mouseClick(button(page, "copyRedirectUriPushButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), AppConfig::defaultRedirectUri().toString());
}

void TestFirstRun::sandboxLeadsToLogin()
{
    test::TestDataDir dir;
    RunningApp app = RunningApp::start(unconfigured(dir));
    FirstRunPage *page = app.window->firstRunPage();
    QVERIFY(page);
    QTest::mouseClick(button(page, "trySandboxPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(showsLogin(app), 20'000);

    // This session talks to the sandbox child, on a port of its own; nothing is saved.
    const AppConfig config = app.core->config();
    QCOMPARE(config.clientId, QStringLiteral("waveshelf-sandbox"));
    QCOMPARE(config.apiUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(config.apiUrl.port() != m_sandbox.baseUrl().port());
    QVERIFY(app.window->windowTitle().contains(QStringLiteral("SoundCloud sandbox")));
    QVERIFY(!QFile::exists(config.settingsPath()));
    QVERIFY(app.createAccount(QStringLiteral("ana"), QStringLiteral("correct horse battery")));

    // Quitting (the window goes) stops the sandbox.
    const auto port = quint16(config.apiUrl.port());
    app.window.reset();
    QVERIFY(test::LoopbackPort::isClosed(port));
}

void TestFirstRun::sandboxIsNotSavedFromSettings()
{
    test::TestDataDir dir;
    RunningApp app = RunningApp::start(unconfigured(dir));
    QTest::mouseClick(button(app.window->firstRunPage(), "trySandboxPushButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(showsLogin(app), 20'000);
    const AppConfig sandbox = app.core->config();

    // Settings saved as they are (the cache limit changed): the sandbox's client ID and
    // endpoints are named as this session's, stay in effect, and stay out of the file,
    // so the next start offers the guide again instead of a sandbox that is gone.
    QString note;
    QVERIFY(saveSettings(app, [&note](SettingsDialog *dialog) {
        dialog->showPage(QStringLiteral("advancedPage"));
        note = labelText(dialog, "apiUrlNoteLabel");
        dialog->findChild<QSpinBox *>(QStringLiteral("cacheLimitSpinBox"))->setValue(42);
    }));
    QVERIFY2(note.contains(QStringLiteral("sandbox")), qPrintable(note));
    QCOMPARE(app.core->config().apiUrl, sandbox.apiUrl);
    QCOMPARE(app.core->config().clientId, sandbox.clientId);
    const AppConfig next = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(next.libraryCacheLimitMiB, 42);
    QVERIFY(!next.hasClientId());
    QVERIFY(next.authorizeUrl != sandbox.authorizeUrl);
    QVERIFY(next.tokenUrl != sandbox.tokenUrl);
    QVERIFY(next.apiUrl != sandbox.apiUrl);

    // A value changed here is the user's own: saved.
    QVERIFY(saveSettings(app, [](SettingsDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"))->setText(QStringLiteral("my-own-app"));
    }));
    const AppConfig own = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QCOMPARE(own.clientId, QStringLiteral("my-own-app"));
    QVERIFY(own.apiUrl != sandbox.apiUrl);
}

void TestFirstRun::ownAppIsCheckedTestedAndSaved()
{
    test::TestDataDir dir;
    RunningApp app = RunningApp::start(unconfigured(dir, m_sandbox.baseUrl()));
    FirstRunPage *page = app.window->firstRunPage();
    QVERIFY(page);
    QLineEdit *clientId = lineEdit(page, "clientIdLineEdit");

    // An unusable client ID is refused by name, and nothing is written.
    QTest::keyClicks(clientId, QStringLiteral("has spaces"));
    QTest::mouseClick(button(page, "saveOwnAppPushButton"), Qt::LeftButton);
    QVERIFY(labelText(page, "ownAppErrorLabel").contains(QStringLiteral("spaces")));
    QVERIFY(!QFile::exists(app.core->config().settingsPath()));

    // Test: both endpoints answer, said in plain words, without blocking the window.
    clientId->setText(QStringLiteral("waveshelf-sandbox"));
    QTest::mouseClick(button(page, "testPushButton"), Qt::LeftButton);
    QVERIFY(!button(page, "testPushButton")->isEnabled());  // busy, not frozen
    QTRY_VERIFY_WITH_TIMEOUT(labelText(page, "testResultLabel").contains(QStringLiteral("Everything answers")), 20'000);
    QCOMPARE(labelText(page, "testResultLabel").count(QStringLiteral("Works:")), 2);
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1);

    // A secret with no keyring: said so; the client ID is saved, the secret nowhere.
    const QString secret = QStringLiteral("my-app-secret-123");
    QTest::keyClicks(lineEdit(page, "clientSecretLineEdit"), secret);
    QTRY_COMPARE(labelText(page, "clientSecretNoteLabel"), ClientSecretStore::noKeyringMessage());
    QTest::mouseClick(button(page, "saveOwnAppPushButton"), Qt::LeftButton);
    QTRY_VERIFY(labelText(page, "ownAppErrorLabel").startsWith(ClientSecretStore::noKeyringMessage()));
    QVERIFY(app.window->firstRunPage());
    QFile ini(app.core->config().settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray saved = ini.readAll();
    QVERIFY(!saved.contains(secret.toUtf8()));
    QCOMPARE(ini.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    // Save again: on to the login, with the client ID in effect and in the file.
    QTest::mouseClick(button(page, "saveOwnAppPushButton"), Qt::LeftButton);
    QTRY_VERIFY(showsLogin(app));
    QCOMPARE(app.core->config().clientId, QStringLiteral("waveshelf-sandbox"));
    QVERIFY(app.core->config().clientSecret.isEmpty());
    const QSettings reloaded(app.core->config().settingsPath(), QSettings::IniFormat);
    QCOMPARE(reloaded.value(QStringLiteral("soundcloud/client_id")).toString(), QStringLiteral("waveshelf-sandbox"));
    QCOMPARE(reloaded.value(QStringLiteral("soundcloud/client_secret_in_keyring")).toBool(), false);
}

void TestFirstRun::missingKeyringIsSaidAtStart()
{
    test::TestDataDir dir;
    {
        QSettings ini(dir.config().settingsPath(), QSettings::IniFormat);
        ini.setValue(QStringLiteral("soundcloud/client_id"), QStringLiteral("my-client"));
        ini.setValue(QStringLiteral("soundcloud/client_secret_in_keyring"), true);
    }
    QVERIFY(QFile::setPermissions(dir.config().settingsPath(), QFile::ReadOwner | QFile::WriteOwner));
    AppConfig config = ConfigLoader::load(dir.path(), QProcessEnvironment());
    QVERIFY(config.clientSecretInKeyring);
    config.kdfLimits = KdfLimits::interactive();
    const RunningApp app = RunningApp::start(config);
    QVERIFY(!app.window->firstRunPage());
    QTRY_COMPARE(app.window->statusBar()->currentMessage(), ClientSecretStore::noKeyringMessage());
    QVERIFY(app.core->config().clientSecret.isEmpty());
}

namespace {

int runFirstRun(int argc, char **argv)
{
    // No keyring here: no session bus, and none to start (X11 autolaunch needs a display).
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QApplication app(argc, argv);
    TestFirstRun test;
    QTest::setMainSourcePath(__FILE__);
    return QTest::qExec(&test, argc, argv);
}

}  // namespace

WAVESHELF_TEST_RUNNER(runFirstRun)

#include "tst_firstrun.moc"
