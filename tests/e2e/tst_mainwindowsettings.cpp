// End to end: the main window's password change and settings dialog, and the
// sandbox label, against the in-process sandbox.

#include "ChangePasswordDialog.h"
#include "LibraryPage.h"
#include "LoginPage.h"
#include "MainWindow.h"
#include "MainWindowTestCase.h"
#include "SettingsDialog.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "app/AppCore.h"
#include "models/TrackListModel.h"
#include "session/ArtworkCacheFolder.h"
#include "storage/UserRepository.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace mainwindowtest;
using namespace waveshelf;

class TestMainWindowSettings final : public MainWindowTestCase {
    Q_OBJECT

private slots:
    void changingPasswordKeepsTheConnection();
    void sandboxIsLabelled();
    void savedSettingsApplyAndKeepTheSecret();
};

void TestMainWindowSettings::changingPasswordKeepsTheConnection()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("mover"), QStringLiteral("old-secret-1")));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    // What the old password showed stays behind: the artwork cache goes too.
    const auto mover = app.core->users().findByUsername(QStringLiteral("mover"));
    QVERIFY(mover.ok() && mover.value().has_value());
    const QString artworkRoot = ArtworkCacheFolder::rootFor(dir.databaseLocation());
    const auto artwork = ArtworkCacheFolder::make(artworkRoot, mover.value()->user.id);
    QVERIFY(artwork.ok());
    QFile cached(artwork.value() + QStringLiteral("/cover.jpg"));
    QVERIFY(cached.open(QIODevice::WriteOnly));
    cached.close();
    m_sandbox.resetCounters();

    QAction *action = nullptr;
    for (QAction *candidate : app.window->findChildren<QAction *>()) {
        if (candidate->text().contains(QStringLiteral("Password")))
            action = candidate;
    }
    QVERIFY(action && action->isEnabled());
    bool filled = false;
    QTimer::singleShot(0, this, [&filled] {
        QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
        auto *dialog = QApplication::activeModalWidget();
        dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordLineEdit"))
            ->setText(QStringLiteral("old-secret-1"));
        dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordLineEdit"))->setText(QStringLiteral("new-secret-2"));
        dialog->findChild<QLineEdit *>(QStringLiteral("repeatPasswordLineEdit"))
            ->setText(QStringLiteral("new-secret-2"));
        QMetaObject::invokeMethod(dialog, "accept");
        filled = true;
    });
    action->trigger();  // returns when the dialog closed after the change
    QVERIFY(filled);
    // The grant was renewed first (security review 3, item 2), and the window says so.
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("refresh_token")), 1);
    QCOMPARE(app.window->statusBar()->currentMessage(), ChangePasswordDialog::doneMessage(GrantRenewal::Renewed));
    QVERIFY(!QFile::exists(cached.fileName()));  // (the new session may fill the folder again)

    app.window->logOut();
    // The old password no longer opens the account...
    auto *page = app.window->loginPage();
    page->findChild<QLineEdit *>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("mover"));
    page->findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("old-secret-1"));
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("logInPushButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible(), 20'000);
    QVERIFY(app.window->libraryPage() == nullptr);
    // ...the new one does, and the SoundCloud connection survived.
    m_sandbox.resetCounters();
    QVERIFY(app.logIn(QStringLiteral("mover"), QStringLiteral("new-secret-2")));
    QVERIFY(app.window->libraryPage()->isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(app.window->libraryPage()->tracksModel()->rowCount() == 7, 10'000);  // bob's likes
    QCOMPARE(m_sandbox.authorizeRequestCount(), 0);
}

void TestMainWindowSettings::sandboxIsLabelled()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QCOMPARE(app.window->windowTitle(),
             QStringLiteral("SoundCloud sandbox at %1").arg(m_sandbox.baseUrl().authority()));
    auto *label = app.window->findChild<QLabel *>(QStringLiteral("serviceLabel"));
    QVERIFY(label->text().contains(m_sandbox.baseUrl().authority()));
    // Issue 19, defect 9: the title named the app twice ("Waveshelf — maria [SoundCloud
    // sandbox at …] — Waveshelf"): the desktop adds the display name itself.
    QVERIFY(app.createAccount(QStringLiteral("maria"), QStringLiteral("maria-secret-1")));
    QCOMPARE(app.window->windowTitle(),
             QStringLiteral("maria [SoundCloud sandbox at %1]").arg(m_sandbox.baseUrl().authority()));
}

void TestMainWindowSettings::savedSettingsApplyAndKeepTheSecret()
{
    test::TestDataDir dir;
    AppConfig config = dir.config(m_sandbox.baseUrl());
    config.clientSecret = QStringLiteral("secret-from-the-environment");
    App app = test::RunningApp::start(config);

    // Answers the settings dialog once it shows: a new API URL, then Save.
    bool saved = false;
    auto *timer = new QTimer;
    connect(timer, &QTimer::timeout, timer, [timer, &saved] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlLineEdit"))
            ->setText(QStringLiteral("https://api.example.org"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        saved = true;
        timer->deleteLater();
    });
    timer->start(50);
    QAction *settings = nullptr;
    const auto actions = app.window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == QStringLiteral("&Settings…"))
            settings = action;
    }
    QVERIFY(settings);
    settings->trigger();  // returns once the dialog is closed
    QVERIFY(saved);

    // In effect at once (title, the next login's context), the secret from the environment kept.
    QCOMPARE(app.core->config().apiUrl, QUrl(QStringLiteral("https://api.example.org")));
    QCOMPARE(app.core->config().clientSecret, QStringLiteral("secret-from-the-environment"));
    QCOMPARE(app.core->config().dataDir, dir.path());
    QVERIFY2(app.window->windowTitle().contains(QStringLiteral("not SoundCloud: api.example.org")),
             qPrintable(app.window->windowTitle()));
}

WAVESHELF_TEST_MAIN(TestMainWindowSettings)
#include "tst_mainwindowsettings.moc"
