#include "MainWindow.h"

#include "ChangePasswordDialog.h"
#include "FirstRunPage.h"
#include "LazySignInWindowFactory.h"
#include "LibraryBrowser.h"
#include "LibraryPage.h"
#include "LoginPage.h"
#include "PlaybackUi.h"
#include "SettingsDialog.h"
#include "accounts/PasswordChange.h"
#include "app/AppCore.h"
#include "config/ConfigCheck.h"
#include "config/ConfigLoader.h"
#include "firstrun/SandboxProcess.h"
#include "secrets/ClientSecretStore.h"
#include "session/ArtworkCacheFolder.h"
#include "session/ConnectController.h"
#include "session/UserContext.h"

#include <QApplication>
#include <QDesktopServices>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace waveshelf {

MainWindow::MainWindow(AppCore &core, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_signInWindows(std::make_unique<LazySignInWindowFactory>(core.config().browserProfilesDir(), this))
    , m_secrets(std::make_unique<ClientSecretStore>())
    , m_sandbox(new SandboxProcess(SandboxProcess::defaultSearchDirs(), this))
    , m_stack(new QStackedWidget(this))
    , m_loginPage(new LoginPage(core.accounts(), m_stack))
    , m_serviceLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_loginPage);
    resize(960, 640);
    setMinimumSize(800, 560);  // layouts hold there in German too (tst_germanlayout)

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setShortcut(QKeySequence::Preferences);
    m_changePasswordAction = fileMenu->addAction(tr("Change &Password…"), this, &MainWindow::changePassword);
    m_changePasswordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_logOutAction = fileMenu->addAction(tr("&Log Out"), this, &MainWindow::logOut);
    m_logOutAction->setObjectName(QStringLiteral("logOutAction"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu *accountMenu = menuBar()->addMenu(tr("&SoundCloud"));
    m_connectAction = accountMenu->addAction(tr("&Connect to SoundCloud"), this, [this] {
        if (m_libraryPage)
            m_libraryPage->connectToSoundCloud();
    });
    m_disconnectAction = accountMenu->addAction(tr("&Disconnect"), this, [this] {
        if (m_libraryPage)
            m_libraryPage->disconnectFromSoundCloud();
    });
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    m_connectAction->setObjectName(QStringLiteral("connectAction"));

    m_playback = new PlaybackUi(*this);
    setCentralWidget(m_stack);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Waveshelf"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);

    m_serviceLabel->setObjectName(QStringLiteral("serviceLabel"));
    statusBar()->addPermanentWidget(m_serviceLabel);

    connect(m_loginPage, &LoginPage::loggedIn, this, &MainWindow::onLoggedIn);
    // While the password is checked, the connection to the API opens.
    connect(m_loginPage, &LoginPage::loggingIn, this, [this] { m_core.warmUpNetwork(); });
    connect(m_sandbox, &SandboxProcess::stoppedUnexpectedly, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    if (!m_core.config().hasClientId()) {
        // No SoundCloud app yet: the first-run guide comes before the login.
        m_firstRun = new FirstRunPage(m_core, *m_sandbox, *m_secrets, m_stack);
        m_stack->addWidget(m_firstRun);
        m_stack->setCurrentWidget(m_firstRun);
        connect(m_firstRun, &FirstRunPage::configured, this, &MainWindow::leaveFirstRun);
    }
    loadClientSecret();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The page and the player refer to the user's context: remove them first.
    m_playback->logOut();
    delete m_libraryPage.data();
}

LibraryPage *MainWindow::libraryPage() const
{
    return m_libraryPage.data();
}

FirstRunPage *MainWindow::firstRunPage() const
{
    return m_firstRun.data();
}

void MainWindow::leaveFirstRun(const AppConfig &config)
{
    m_core.setConfig(config);
    m_stack->setCurrentWidget(m_loginPage);
    m_loginPage->setFocus();
    if (m_firstRun)
        m_firstRun->deleteLater();
    updateTitle();
}

// A client secret kept in the system keyring joins the configuration; with no
// keyring running, the status bar says so (the environment remains the way).
void MainWindow::loadClientSecret()
{
    m_secrets->applyTo(m_core.config(), this, [this](const Result<AppConfig> &config) {
        if (!config.ok()) {
            statusBar()->showMessage(config.error().message);
            return;
        }
        // Only the secret joins the config current now (it may have changed meanwhile).
        if (const auto joined = ClientSecretStore::withAnsweredSecret(m_core.config(), config.value()))
            m_core.setConfig(*joined);
    });
}

void MainWindow::onLoggedIn(const UserSession &session)
{
    logOut();  // never two users at once
    m_user = m_core.createUserContext(session);
    // The user's connect attempts end with their session (the controller is the context's child).
    auto *connector = new ConnectController(*m_user, m_signInWindows.get(), &QDesktopServices::openUrl, m_user.get());
    m_libraryPage = new LibraryPage(*m_user, *connector, m_stack);
    m_libraryPage->setObjectName(QStringLiteral("libraryPage"));
    connect(m_libraryPage, &LibraryPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_libraryPage, &LibraryPage::connectionChanged, this, &MainWindow::updateActions);
    auto *separator = new QAction(m_libraryPage);
    separator->setSeparator(true);
    m_libraryPage->browser()->setAccountActions(
        {m_connectAction, m_disconnectAction, separator, m_changePasswordAction, m_logOutAction});
    m_stack->addWidget(m_libraryPage);
    m_stack->setCurrentWidget(m_libraryPage);
    m_playback->logIn(m_core.network(), m_core.database(), *m_user, session.vault);
    m_playback->attach(*m_libraryPage);
    m_libraryPage->start();
    updateTitle();
    updateActions();
}

void MainWindow::logOut()
{
    if (!m_user)
        return;
    m_playback->logOut();  // stops and saves the user's player
    delete m_libraryPage.data();
    m_user.reset();  // cancels the user's pending requests and connect attempt
    m_loginPage->reset();
    m_stack->setCurrentWidget(m_loginPage);
    statusBar()->clearMessage();
    updateTitle();
    updateActions();
}

void MainWindow::changePassword()
{
    if (!m_user)
        return;
    const std::unique_ptr<PasswordChange> change = m_core.createPasswordChange();
    ChangePasswordDialog dialog(*change, m_user->user().username, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // What the old password opened is left behind: the artwork cache (plain URLs) too.
    ArtworkCacheFolder::remove(ArtworkCacheFolder::rootFor(m_core.config().databaseLocation()), m_user->user().id);
    // The tokens are sealed under a new key now: continue with the new vault.
    m_playback->keepForSameUser();
    onLoggedIn(dialog.changed().session);
    statusBar()->showMessage(ChangePasswordDialog::doneMessage(dialog.changed().grant), 8000);
}

void MainWindow::openSettings()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    SettingsDialog dialog(m_core.config(), ConfigLoader::overriddenKeys(env), this,
                          m_user ? &m_user->library() : nullptr);
    if (m_sandbox->isRunning())  // tried from the first-run guide: its endpoints are not saved
        dialog.keepForThisSession(SandboxEndpoints::iniKeys(),
                                  tr("Set by the sandbox for this session; saved only if you change it."));
    if (m_user) {
        const QString connection = m_libraryPage && m_libraryPage->isConnected()
            ? m_libraryPage->browser()->accountText()
            : tr("Not connected to SoundCloud.");
        dialog.setAccount(m_user->user().username, connection,
                          {m_changePasswordAction, m_connectAction, m_disconnectAction});
    }
    if (dialog.exec() != QDialog::Accepted) {
        if (QAction *chosen = dialog.chosenAction())
            chosen->trigger();  // from the Account page, with the dialog gone
        return;
    }
    m_core.setConfig(dialog.settings());
    if (m_firstRun && m_core.config().hasClientId())
        leaveFirstRun(m_core.config());
    updateTitle();
    if (m_user)
        statusBar()->showMessage(tr("New settings apply the next time you log in."), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Waveshelf"),
        tr("<h3>Waveshelf %1</h3><p>A native desktop app for SoundCloud.</p>").arg(QStringLiteral(WAVESHELF_VERSION)));
}

void MainWindow::updateTitle()
{
    // Who and where only: the desktop adds " — Waveshelf" itself (the application's
    // display name, QPlatformWindow::formatWindowTitle), and shows "Waveshelf" alone
    // for an empty title.
    QString title = m_user ? m_user->user().username : QString();
    const AppConfig &config = m_core.config();
    if (!config.talksToSoundCloud()) {
        const QString service = config.apiUrl.authority();
        const bool local = ConfigCheck::isThisComputer(config.apiUrl.host());
        const QString label = local ? tr("SoundCloud sandbox at %1").arg(service)
                                    : tr("not SoundCloud: %1").arg(service);
        title = title.isEmpty() ? label : title + QStringLiteral(" [") + label + QLatin1Char(']');
        m_serviceLabel->setText(tr("Service: %1").arg(label));
    } else {
        m_serviceLabel->setText(tr("Service: SoundCloud"));
    }
    setWindowTitle(title);
}

void MainWindow::updateActions()
{
    const bool loggedIn = m_user != nullptr;
    const bool connected = m_libraryPage && m_libraryPage->isConnected();
    m_logOutAction->setEnabled(loggedIn);
    m_changePasswordAction->setEnabled(loggedIn);
    m_connectAction->setEnabled(loggedIn);
    m_connectAction->setText(connected ? tr("&Reconnect to SoundCloud") : tr("&Connect to SoundCloud"));
    m_disconnectAction->setEnabled(connected);
}

}  // namespace waveshelf
