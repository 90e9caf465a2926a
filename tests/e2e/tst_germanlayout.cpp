// Layouts hold in German (longer strings): the main window at its minimum size
// and the Settings dialog as it opens, page by page (first run, login, the
// logged-in library against the sandbox), with no visible label, button or
// group box title cut (LayoutWalker, generic: every visible widget under the
// window). With WAVESHELF_LAYOUT_SCREENSHOTS=<folder> each step is saved there
// as a PNG for a person to look at.

#include "FirstRunPage.h"
#include "LayoutWalker.h"
#include "LibraryPage.h"
#include "MainWindow.h"
#include "MainWindowTestCase.h"
#include "SettingsDialog.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "i18n/Translations.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace mainwindowtest;
using namespace waveshelf;

class TestGermanLayout final : public MainWindowTestCase {
    Q_OBJECT

private slots:
    void walkerNamesWhatIsCut();
    void firstRunPage();
    void loginPageAndSettings();
    void libraryPageAndSettings();

private:
    // German strings and formats for the windows made after this.
    void speakGerman();
    // The window at its minimum size, checked and saved as `step`.
    static void checkAtMinimumSize(MainWindow &window, const QString &step);
    // Opens File → Settings, checks the dialog as it shows, and closes it.
    static void checkSettings(MainWindow &window, const QString &step);
    static void expectNothingCut(QWidget *window, const QString &step);

    Translations m_translations;
};

void TestGermanLayout::speakGerman()
{
    QCOMPARE(m_translations.use(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("waveshelf::MainWindow", "&File"), QStringLiteral("&Datei"));
}

void TestGermanLayout::expectNothingCut(QWidget *window, const QString &step)
{
    const QString screenshot = test::LayoutWalker::saveScreenshot(window, step);
    if (!screenshot.isEmpty())
        qInfo("%s: %s", qPrintable(step), qPrintable(screenshot));
    const QStringList cut = test::LayoutWalker::cutTexts(window);
    QVERIFY2(cut.isEmpty(), qPrintable(step + QStringLiteral(": cut text:\n") + cut.join(u'\n')));
}

void TestGermanLayout::checkAtMinimumSize(MainWindow &window, const QString &step)
{
    const QSize minimum = window.minimumSize();
    QVERIFY2(minimum.width() >= 640 && minimum.height() >= 480, "the main window sets a minimum size");
    window.resize(minimum);
    QTRY_COMPARE(window.size(), minimum);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    expectNothingCut(&window, step);
}

void TestGermanLayout::checkSettings(MainWindow &window, const QString &step)
{
    QAction *settings = nullptr;
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->menuRole() == QAction::PreferencesRole)
            settings = action;
    }
    QVERIFY(settings);
    bool checked = false;
    auto *timer = new QTimer;
    connect(timer, &QTimer::timeout, timer, [timer, &checked, step] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->deleteLater();
        // Issue 19, defect 4: it opened at a fixed 560×480 with fields cut off. It is
        // resizable and opens at its size hint; every page holds in German.
        QVERIFY(dialog->minimumSize() != dialog->maximumSize());
        auto *pages = dialog->findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"));
        QVERIFY(pages && pages->count() == 5);
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            expectNothingCut(dialog, step + QLatin1Char('-') + pages->widget(page)->objectName());
        }
        // Qt's own strings (the standard buttons) speak German too.
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
                 QStringLiteral("Abbrechen"));
        checked = true;
        dialog->reject();
    });
    timer->start(50);
    settings->trigger();  // returns once the dialog is closed
    QVERIFY(checked);
}

void TestGermanLayout::walkerNamesWhatIsCut()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    const auto add = [&](QWidget *widget, const char *name, int width) {
        widget->setObjectName(QLatin1String(name));
        widget->setFixedWidth(width);
        layout->addWidget(widget);
    };
    const QString text = QStringLiteral("Verbindung zu SoundCloud trennen");
    add(new QLabel(text), "cutLabel", 60);
    add(new QLabel(text), "roomyLabel", 400);
    auto *wrapped = new QLabel(text + QLatin1Char(' ') + text + QLatin1Char(' ') + text);
    wrapped->setWordWrap(true);
    wrapped->setFixedHeight(wrapped->fontMetrics().height());
    add(wrapped, "shortWrappedLabel", 120);
    auto *elided = new QLabel(QStringLiteral("Verbindung…"));
    elided->setToolTip(text);
    add(elided, "elidedLabel", 40);
    add(new QPushButton(QStringLiteral("&") + text), "cutPushButton", 80);
    add(new QPushButton(QStringLiteral("&OK")), "okPushButton", 80);
    add(new QCheckBox(text), "cutCheckBox", 70);
    add(new QGroupBox(text), "cutGroupBox", 50);
    window.resize(420, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString cut = test::LayoutWalker::cutTexts(&window).join(u'\n');
    for (const char *name : {"cutLabel", "shortWrappedLabel", "cutPushButton", "cutCheckBox", "cutGroupBox"})
        QVERIFY2(cut.contains(QLatin1String(name)),
                 qPrintable(QLatin1String(name) + QStringLiteral(" not found in:\n") + cut));
    for (const char *name : {"roomyLabel", "elidedLabel", "okPushButton"})
        QVERIFY2(!cut.contains(QLatin1String(name)),
                 qPrintable(QLatin1String(name) + QStringLiteral(" found in:\n") + cut));
}

void TestGermanLayout::firstRunPage()
{
    speakGerman();
    test::TestDataDir dir;
    AppConfig config = dir.config(m_sandbox.baseUrl());
    config.clientId.clear();  // no SoundCloud app yet: the first-run guide
    App app = App::start(config);
    QVERIFY(app.window->firstRunPage());
    QTRY_VERIFY(app.window->firstRunPage()->isVisible());
    checkAtMinimumSize(*app.window, QStringLiteral("de-first-run"));
    checkSettings(*app.window, QStringLiteral("de-first-run-settings"));
}

void TestGermanLayout::loginPageAndSettings()
{
    speakGerman();
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(!app.window->firstRunPage());
    checkAtMinimumSize(*app.window, QStringLiteral("de-login"));
    checkSettings(*app.window, QStringLiteral("de-login-settings"));  // nobody logged in: no cache to clear
}

void TestGermanLayout::libraryPageAndSettings()
{
    speakGerman();
    test::TestDataDir dir;
    App app = startApp(dir);
    QVERIFY(app.createAccount(QStringLiteral("lena"), QStringLiteral("lena-password-1")));
    checkAtMinimumSize(*app.window, QStringLiteral("de-library-not-connected"));
    connectAs(*app.window, QStringLiteral("bob"), QStringLiteral("bob-password"));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->libraryPage()->isConnected(), kWebTimeoutMs);
    // Whatever list the page shows first, with its rows.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const auto views = app.window->findChildren<QAbstractItemView *>();
            return std::any_of(views.begin(), views.end(), [](const QAbstractItemView *view) {
                return view->isVisible() && view->model() && view->model()->rowCount() > 0;
            });
        }(),
        kWebTimeoutMs);
    checkAtMinimumSize(*app.window, QStringLiteral("de-library"));
    checkSettings(*app.window, QStringLiteral("de-library-settings"));  // the user's cache
}

WAVESHELF_TEST_MAIN(TestGermanLayout)
#include "tst_germanlayout.moc"
