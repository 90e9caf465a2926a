#pragma once

// The base of the tst_mainwindow* tests: the in-process SoundCloud sandbox on
// loopback (started once, reset before each test), the app as main() builds it
// (in English), and what a person does in the main window and the WebEngine
// popup. Its private slots initTestCase() and init() are run by Qt Test for the
// derived class.

#include "RunningApp.h"
#include "SandboxHost.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QObject>
#include <QVariant>

class QMessageBox;
class QWidget;

namespace waveshelf {
class ConnectPopup;
class MainWindow;
namespace test {
class TestDataDir;
}
}  // namespace waveshelf

namespace mainwindowtest {

class MainWindowTestCase : public QObject {
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void init();

protected:
    static constexpr int kWebTimeoutMs = 30'000;

    // Runs JavaScript in the popup's page and waits for its result.
    static QVariant runJs(waveshelf::ConnectPopup *popup, const QString &script);
    static bool waitForElement(waveshelf::ConnectPopup *popup, const QString &id);
    // The message box named `objectName` that `parent` opened (with open(): no
    // nested event loop), once it shows; nullptr if none shows in time.
    static QMessageBox *openedMessageBox(QWidget *parent, const QString &objectName);
    // Clicks the button of `box` whose text starts with `text`; false if there is none.
    static bool clickInMessageBox(QMessageBox *box, const QString &text);

    using App = waveshelf::test::RunningApp;
    App startApp(const waveshelf::test::TestDataDir &dir);
    static waveshelf::ConnectPopup *clickConnect(waveshelf::MainWindow &window);
    static void signInAndApprove(waveshelf::ConnectPopup *popup, const QString &user, const QString &password);
    static QString messageText(waveshelf::MainWindow &window);
    // Opens the popup and checks it shows SoundCloud's sign-in form, not "Signed in as …".
    static void expectFreshSignInForm(waveshelf::MainWindow &window);
    static void connectAs(waveshelf::MainWindow &window, const QString &user, const QString &password);

    waveshelf::sandbox::SandboxHost m_sandbox;
    // English with its plural forms ("7 tracks"), as the app speaks it (main()
    // installs the language); a test may install another over it.
    waveshelf::Translations m_english;
};

}  // namespace mainwindowtest
