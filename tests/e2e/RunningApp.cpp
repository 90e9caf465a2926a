#include "RunningApp.h"

#include "LibraryPage.h"
#include "LoginPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace waveshelf::test {

namespace {

// What QtWebEngine needs before QApplication exists, as main() sets it: the
// harness links no WebEngine, whose plugin is loaded later (Qt Test's main
// makes the application after static initialisation).
void shareOpenGLContexts()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
}
Q_CONSTRUCTOR_FUNCTION(shareOpenGLContexts)

constexpr int kLoginTimeoutMs = 20'000;

void fill(LoginPage *page, const char *field, const QString &text)
{
    page->findChild<QLineEdit *>(QLatin1String(field))->setText(text);
}

QPushButton *button(LoginPage *page, const char *name)
{
    return page->findChild<QPushButton *>(QLatin1String(name));
}

}  // namespace

RunningApp RunningApp::start(const AppConfig &config)
{
    RunningApp app;
    auto core = AppCore::open(config);
    if (!core.ok())
        qFatal("cannot start the app: %s", qPrintable(core.error().detail));
    app.core = std::move(core).value();
    app.window = std::make_unique<MainWindow>(*app.core);
    app.window->show();
    return app;
}

bool RunningApp::createAccount(const QString &name, const QString &password) const
{
    LoginPage *page = window->loginPage();
    fill(page, "usernameLineEdit", name);
    if (!page->isCreatingAccount())  // the first click asks for the password twice
        QTest::mouseClick(button(page, "createAccountPushButton"), Qt::LeftButton);
    fill(page, "passwordLineEdit", password);
    fill(page, "repeatPasswordLineEdit", password);
    QTest::mouseClick(button(page, "createAccountPushButton"), Qt::LeftButton);
    return QTest::qWaitFor([this] { return window->libraryPage() != nullptr; }, kLoginTimeoutMs);
}

bool RunningApp::logIn(const QString &name, const QString &password) const
{
    LoginPage *page = window->loginPage();
    fill(page, "usernameLineEdit", name);
    fill(page, "passwordLineEdit", password);
    QTest::mouseClick(button(page, "logInPushButton"), Qt::LeftButton);
    return QTest::qWaitFor([this] { return window->libraryPage() != nullptr; }, kLoginTimeoutMs);
}

QString messageText(const LibraryPage *library)
{
    auto *panel = library->findChild<QWidget *>(QStringLiteral("messagePanel"));
    if (!panel || panel->isHidden())
        return {};
    return library->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
}

}  // namespace waveshelf::test
