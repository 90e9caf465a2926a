// End to end: the browser engine is loaded on demand. This executable links no
// QtWebEngine (only the GUI and core, as the waveshelf executable): a returning
// user's process never maps libQt6WebEngineCore; the "Connect to SoundCloud"
// popup loads the sign-in window plugin and with it the engine. A missing or
// broken plugin is explained in plain words and the web browser still works.

#include "BuiltPath.h"
#include "LibraryPage.h"
#include "LoopbackPort.h"
#include "MainWindow.h"
#include "ProcessMaps.h"
#include "RunningApp.h"
#include "SandboxHost.h"
#include "SandboxSignIn.h"
#include "SignInPluginLoader.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "auth/RedirectParser.h"
#include "models/TrackListModel.h"
#include "session/ConnectController.h"
#include "session/SignInWindow.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace waveshelf;
using sandbox::SandboxHost;

namespace {

constexpr int kTimeoutMs = 20'000;
constexpr int kWebTimeoutMs = 60'000;

// Whether this process has the browser engine mapped.
bool mapsWebEngine()
{
    return test::ProcessMaps::contains("libQt6WebEngineCore");
}

QDialog *visiblePopup()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->objectName() == QLatin1String("connectPopup") && window->isVisible())
            return qobject_cast<QDialog *>(window);
    }
    return nullptr;
}

// Sets an environment variable for one scope.
class ScopedEnv final {
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedEnv)

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

}  // namespace

class TestLazyWebEngine final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchOrder();
    void returningUserNeverMapsWebEngine();
    void brokenPluginIsExplained_data();
    void brokenPluginIsExplained();

private:
    using App = test::RunningApp;
    [[nodiscard]] App startApp(const test::TestDataDir &dir) const;
    // "Sign in with your web browser": the test plays the browser against the sandbox.
    [[nodiscard]] bool connectWithBrowser(LibraryPage *library, const QString &user, const QString &password);

    SandboxHost m_sandbox;
    quint16 m_port = 0;
    QUrl m_redirectUri;
    QNetworkAccessManager m_browser;
};

void TestLazyWebEngine::initTestCase()
{
    QVERIFY2(!mapsWebEngine(), "this test must not link QtWebEngine");
    m_port = test::LoopbackPort::free();
    QVERIFY(m_port != 0);
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port));
    sandbox::SandboxOptions options;
    options.redirectUris = {m_redirectUri};
    QVERIFY(m_sandbox.start(options));
}

TestLazyWebEngine::App TestLazyWebEngine::startApp(const test::TestDataDir &dir) const
{
    AppConfig config = dir.config(m_sandbox.baseUrl());
    config.clientId = QStringLiteral("waveshelf-sandbox");
    config.redirectUri = m_redirectUri;
    return test::RunningApp::start(config);
}

bool TestLazyWebEngine::connectWithBrowser(LibraryPage *library, const QString &user, const QString &password)
{
    QList<QUrl> opened;
    library->connectController().setBrowserOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    m_browser.setCookieJar(new QNetworkCookieJar(&m_browser));
    auto *button = library->findChild<QPushButton *>(QStringLiteral("browserSignInPushButton"));
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (opened.size() != 1 || !library->connectController().isWaitingForBrowser())
        return false;
    const QUrl location = test::SandboxSignIn::approve(m_browser, opened.first(), user, password);
    if (!RedirectParser::matches(location, m_redirectUri))
        return false;
    QNetworkReply *reply = m_browser.get(QNetworkRequest(location));  // the browser follows the redirect
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool answered = finished.wait(kTimeoutMs);
    reply->deleteLater();
    library->connectController().setBrowserOpener({});
    // A first connection through the browser asks whose account it is: the user's.
    QPushButton *confirm = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            confirm = library->findChild<QPushButton *>(QStringLiteral("confirmAccountButton"));
            return library->isConnected() || (confirm && confirm->isVisible());
        },
        kTimeoutMs);
    if (confirm && confirm->isVisible())
        QTest::mouseClick(confirm, Qt::LeftButton);
    return answered && QTest::qWaitFor([library] { return library->isConnected(); }, kTimeoutMs);
}

void TestLazyWebEngine::searchOrder()
{
    // WAVESHELF_PLUGIN_DIR alone when set, so a test or a developer knows what is loaded.
    QProcessEnvironment env;
    env.insert(QStringLiteral("WAVESHELF_PLUGIN_DIR"), QStringLiteral("/somewhere/else"));
    QCOMPARE(SignInPluginLoader::searchDirs(env), QStringList{QStringLiteral("/somewhere/else")});

    // Otherwise the install layout next to the executable (bin/../lib/.../waveshelf),
    // then, for an executable inside the build tree (this one), the build tree's folder.
    const QStringList dirs = SignInPluginLoader::searchDirs(QProcessEnvironment());
    QCOMPARE(dirs.size(), 2);
    QVERIFY(
        dirs.first().startsWith(QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../lib"))));
    QVERIFY(dirs.first().endsWith(QStringLiteral("/waveshelf")));
    QVERIFY(QFileInfo::exists(QDir(dirs.last()).filePath(SignInPluginLoader::fileName())));
}

void TestLazyWebEngine::returningUserNeverMapsWebEngine()
{
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("Alice"), QStringLiteral("alice-secret-1")));
    QVERIFY(connectWithBrowser(app.window->libraryPage(), QStringLiteral("alice"), QStringLiteral("alice-password")));
    app.window->logOut();
    QVERIFY(!mapsWebEngine());

    // The returning user: logged in, library shown, tracks loaded; no engine.
    QVERIFY(app.logIn(QStringLiteral("alice"), QStringLiteral("alice-secret-1")));
    LibraryPage *library = app.window->libraryPage();
    QVERIFY(library->isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() > 0, kTimeoutMs);
    QVERIFY(!mapsWebEngine());

    // Disconnecting forgets the sign-in without loading the engine: the user's
    // browser profile folder (from an earlier run, say) is deleted on disk.
    const auto alice = app.core->users().findByUsername(QStringLiteral("alice"));
    QVERIFY(alice.ok() && alice.value().has_value());
    const QDir profile(
        QDir(app.core->config().browserProfilesDir()).filePath(QStringLiteral("user-%1").arg(alice.value()->user.id)));
    QVERIFY(QDir().mkpath(profile.filePath(QStringLiteral("Local Storage"))));
    QVERIFY(library->connectController().disconnectAccount().ok());
    QVERIFY(!profile.exists());
    QVERIFY(!mapsWebEngine());
    app.window->logOut();

    // Another local user opens the popup: now the engine is in the process.
    QVERIFY(app.createAccount(QStringLiteral("Bob"), QStringLiteral("bob-secret-1")));
    library = app.window->libraryPage();
    QVERIFY(!mapsWebEngine());
    auto *connect = library->findChild<QPushButton *>(QStringLiteral("connectPushButton"));
    QVERIFY(connect && connect->isVisible());
    QTest::mouseClick(connect, Qt::LeftButton);
    QVERIFY2(library->connectController().signInWindow(), qPrintable(test::messageText(library)));
    QCOMPARE(library->connectController().state(), ConnectController::State::InWindow);
    QTRY_VERIFY_WITH_TIMEOUT(visiblePopup() != nullptr, kWebTimeoutMs);
    QVERIFY(mapsWebEngine());

    // Closing it (Esc, the close button) ends the attempt; the engine stays loaded.
    visiblePopup()->reject();
    QTRY_VERIFY(!library->connectController().signInWindow());
    QCOMPARE(library->connectController().state(), ConnectController::State::Idle);
    QVERIFY(!library->isConnected());
}

void TestLazyWebEngine::brokenPluginIsExplained_data()
{
    QTest::addColumn<QString>("file");  // copied under the plugin's name; empty: none
    QTest::addColumn<QString>("logged");

    QTest::newRow("missing") << QString() << QStringLiteral("is in none of");
    QTest::newRow("not a plugin") << test::BuiltPath::of("NOT_A_PLUGIN")
                                  << QStringLiteral("has the interface \\(none\\)");
    QTest::newRow("another interface") << test::BuiltPath::of("OTHER_INTERFACE_PLUGIN")
                                       << QStringLiteral("has the interface io\\.github\\.waveshelf\\.SomethingElse");
    QTest::newRow("interface not implemented")
        << test::BuiltPath::of("NO_INTERFACE_PLUGIN") << QStringLiteral("could not be loaded");
}

void TestLazyWebEngine::brokenPluginIsExplained()
{
    QFETCH(QString, file);
    QFETCH(QString, logged);
    QTemporaryDir pluginDir;
    QVERIFY(pluginDir.isValid());
    if (!file.isEmpty())
        QVERIFY(QFile::copy(file, QDir(pluginDir.path()).filePath(SignInPluginLoader::fileName())));
    const ScopedEnv env("WAVESHELF_PLUGIN_DIR", QFile::encodeName(pluginDir.path()));

    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("Carol"), QStringLiteral("carol-secret-1")));
    LibraryPage *library = app.window->libraryPage();
    auto *connect = library->findChild<QPushButton *>(QStringLiteral("connectPushButton"));
    QVERIFY(connect && connect->isVisible());

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("sign-in window plugin.*") + logged));
    QTest::mouseClick(connect, Qt::LeftButton);
    QVERIFY(!library->connectController().signInWindow());
    QCOMPARE(library->connectController().state(), ConnectController::State::Idle);
    QVERIFY(!visiblePopup());
    const QString message = test::messageText(library);
    QVERIFY2(message.contains(QStringLiteral("sign-in window could not be loaded")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Sign in with your web browser instead")));

    // The web browser still connects.
    QVERIFY(connectWithBrowser(library, QStringLiteral("bob"), QStringLiteral("bob-password")));
    QTRY_VERIFY_WITH_TIMEOUT(library->tracksModel()->rowCount() > 0, kTimeoutMs);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
}

WAVESHELF_TEST_MAIN(TestLazyWebEngine)
#include "tst_lazywebengine.moc"
