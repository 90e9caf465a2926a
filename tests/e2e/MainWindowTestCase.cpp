#include "MainWindowTestCase.h"

#include "ConnectPopup.h"
#include "ConnectPopupOf.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "TestDataDir.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace waveshelf;

namespace mainwindowtest {

QVariant MainWindowTestCase::runJs(ConnectPopup *popup, const QString &script)
{
    QVariant result;
    bool done = false;
    popup->view()->page()->runJavaScript(script, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, kWebTimeoutMs))
        qWarning("the page did not answer a script in time");
    return result;
}

bool MainWindowTestCase::waitForElement(ConnectPopup *popup, const QString &id)
{
    return QTest::qWaitFor(
        [&] {
            return popup && runJs(popup, QStringLiteral("document.getElementById('%1') !== null").arg(id)).toBool();
        },
        kWebTimeoutMs);
}

QMessageBox *MainWindowTestCase::openedMessageBox(QWidget *parent, const QString &objectName)
{
    QMessageBox *box = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            box = parent->findChild<QMessageBox *>(objectName);
            return box && box->isVisible();
        },
        kWebTimeoutMs);
    return shown ? box : nullptr;
}

bool MainWindowTestCase::clickInMessageBox(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().startsWith(text)) {
            button->click();
            return true;
        }
    }
    return false;
}

void MainWindowTestCase::initTestCase()
{
    QVERIFY(m_sandbox.start());
    m_english.use(QStringLiteral("en"));
}

void MainWindowTestCase::init()
{
    m_sandbox.clearFaults();
    m_sandbox.resetCounters();
}

MainWindowTestCase::App MainWindowTestCase::startApp(const test::TestDataDir &dir)
{
    AppConfig config = dir.config(m_sandbox.baseUrl());
    config.clientId = QStringLiteral("waveshelf-sandbox");
    return test::RunningApp::start(config);
}

ConnectPopup *MainWindowTestCase::clickConnect(MainWindow &window)
{
    auto *button = window.libraryPage()->findChild<QPushButton *>(QStringLiteral("connectPushButton"));
    if (!button || !button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return test::connectPopup(window.libraryPage());
}

void MainWindowTestCase::signInAndApprove(ConnectPopup *popup, const QString &user, const QString &password)
{
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    runJs(popup,
          QStringLiteral("document.getElementById('username').value = '%1';"
                         "document.getElementById('password').value = '%2';"
                         "document.getElementById('approve').click(); true")
              .arg(user, password));
}

QString MainWindowTestCase::messageText(MainWindow &window)
{
    auto *panel = window.libraryPage()->findChild<QWidget *>(QStringLiteral("messagePanel"));
    if (!panel || panel->isHidden())
        return {};
    return window.libraryPage()->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
}

void MainWindowTestCase::expectFreshSignInForm(MainWindow &window)
{
    ConnectPopup *popup = clickConnect(window);
    QVERIFY(popup);
    QVERIFY(waitForElement(popup, QStringLiteral("password")));
    QVERIFY(!runJs(popup, QStringLiteral("document.getElementById('switch-account') !== null")).toBool());
    popup->reject();
}

void MainWindowTestCase::connectAs(MainWindow &window, const QString &user, const QString &password)
{
    ConnectPopup *popup = clickConnect(window);
    QVERIFY(popup);
    signInAndApprove(popup, user, password);
    QTRY_VERIFY_WITH_TIMEOUT(window.libraryPage()->isConnected(), kWebTimeoutMs);
}

}  // namespace mainwindowtest
