#include "LoginPage.h"
#include "TestSuite.h"
#include "accounts/AccountService.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include "ResultSpy.h"
#include "TestDataDir.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace waveshelf;

namespace {

constexpr int kTimeoutMs = 60000;  // Argon2id on a small, busy machine.

const QString kUser = QStringLiteral("Ada");
const QString kPassword = QStringLiteral("correct horse battery");

}  // namespace

class TestLoginPage final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensOnCreateAccountWithoutAccounts();
    void startsInLoginMode();
    void createAccountLogsIn();
    void passwordMismatchIsRefused();
    void tooShortPasswordIsShownInline();
    void wrongPasswordShowsInlineMessage();
    void formStaysInPlaceWhileBusy();
    void enterSubmitsAndRightPasswordLogsIn();
    void emptyFieldsShowMessage();
    void resetClearsEverything();
    void accessibleNamesMatchLabels();
    void tabOrderFollowsTheForm();

private:
    QLineEdit *edit(const char *name) const { return m_page->findChild<QLineEdit *>(QLatin1String(name)); }
    QPushButton *button(const char *name) const { return m_page->findChild<QPushButton *>(QLatin1String(name)); }
    QLabel *label(const char *name) const { return m_page->findChild<QLabel *>(QLatin1String(name)); }
    void fill(const char *name, const QString &text) const;
    void verifyBusy(bool busy) const;
    void createUserDirectly(const QString &username, const QString &password);

    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<LoginPage> m_page;
};

void TestLoginPage::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    auto db = Database::open(m_dir->path() + QStringLiteral("/waveshelf.sqlite"));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().detail));
    m_db = std::move(db).value();
    m_users = std::make_unique<UserRepository>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_users);
    m_page = std::make_unique<LoginPage>(*m_accounts);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    // No account on this computer yet: the page opens on "Create account". The
    // tests start from the login form, as a returning user sees it.
    QVERIFY(m_page->isCreatingAccount());
    QTest::mouseClick(button("backPushButton"), Qt::LeftButton);
    QVERIFY(!m_page->isCreatingAccount());
}

void TestLoginPage::cleanup()
{
    // Let a running job finish before its database goes away.
    if (m_accounts)
        QTRY_VERIFY_WITH_TIMEOUT(!m_accounts->isBusy(), kTimeoutMs);
    m_page.reset();
    m_accounts.reset();
    m_users.reset();
    m_db.reset();
    m_dir.reset();
}

void TestLoginPage::fill(const char *name, const QString &text) const
{
    QLineEdit *lineEdit = edit(name);
    QVERIFY(lineEdit);
    lineEdit->clear();
    QTest::keyClicks(lineEdit, text);
}

void TestLoginPage::verifyBusy(bool busy) const
{
    QCOMPARE(edit("usernameLineEdit")->isEnabled(), !busy);
    QCOMPARE(edit("passwordLineEdit")->isEnabled(), !busy);
    QCOMPARE(edit("repeatPasswordLineEdit")->isEnabled(), !busy);
    QCOMPARE(button("logInPushButton")->isEnabled(), !busy);
    QCOMPARE(button("createAccountPushButton")->isEnabled(), !busy);
    QCOMPARE(m_page->findChild<QProgressBar *>(QStringLiteral("busyProgressBar"))->isVisible(), busy);
    QCOMPARE(label("busyLabel")->isVisible(), busy);
}

void TestLoginPage::createUserDirectly(const QString &username, const QString &password)
{
    test::ResultSpy<UserSession> created;
    m_accounts->createAccount(username, password, created.context(), created.callback());
    QVERIFY(created.wait(kTimeoutMs));
    QCOMPARE(created.okCount(), 1);
}

void TestLoginPage::opensOnCreateAccountWithoutAccounts()
{
    LoginPage fresh(*m_accounts);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QVERIFY(fresh.isCreatingAccount());
    const auto in = [&fresh](const char *name) { return fresh.findChild<QWidget *>(QLatin1String(name)); };
    QVERIFY(in("repeatPasswordLineEdit")->isVisible());
    QVERIFY(qobject_cast<QPushButton *>(in("createAccountPushButton"))->isDefault());
    QVERIFY(!in("logInPushButton")->isVisible());
    QCOMPARE(fresh.focusWidget(), in("usernameLineEdit"));

    // Once there is an account, a new page (or one reset after a logout) opens on "Log in".
    createUserDirectly(kUser, kPassword);
    fresh.reset();
    QVERIFY(!fresh.isCreatingAccount());
    QVERIFY(in("logInPushButton")->isVisible());
    LoginPage returning(*m_accounts);
    QVERIFY(!returning.isCreatingAccount());
}

void TestLoginPage::startsInLoginMode()
{
    QVERIFY(!m_page->isCreatingAccount());
    QVERIFY(edit("usernameLineEdit")->isVisible());
    QVERIFY(edit("passwordLineEdit")->isVisible());
    QCOMPARE(edit("passwordLineEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(!edit("repeatPasswordLineEdit")->isVisible());
    QVERIFY(button("logInPushButton")->isVisible());
    QVERIFY(button("logInPushButton")->isDefault());
    QVERIFY(button("createAccountPushButton")->isVisible());
    QVERIFY(!label("errorLabel")->isVisible());
    verifyBusy(false);
}

void TestLoginPage::createAccountLogsIn()
{
    QSignalSpy loggedIn(m_page.get(), &LoginPage::loggedIn);
    QSignalSpy busy(m_accounts.get(), &AccountService::busyChanged);

    fill("usernameLineEdit", kUser);
    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);
    QVERIFY(m_page->isCreatingAccount());
    QVERIFY(edit("repeatPasswordLineEdit")->isVisible());
    QVERIFY(button("createAccountPushButton")->isDefault());
    QCOMPARE(m_page->focusWidget(), edit("passwordLineEdit"));
    // The first click only asks twice: no request, no answer.
    QCOMPARE(loggedIn.count() + busy.count(), 0);
    QVERIFY(!label("errorLabel")->isVisible());

    fill("passwordLineEdit", kPassword);
    fill("repeatPasswordLineEdit", kPassword);
    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);

    // Busy while the password is hashed off the GUI thread.
    QVERIFY(m_accounts->isBusy());
    verifyBusy(true);
    QCOMPARE(label("busyLabel")->text(), QStringLiteral("Creating your account…"));

    QVERIFY(loggedIn.wait(kTimeoutMs));
    QVERIFY(!label("errorLabel")->isVisible());  // no failure shown
    QCOMPARE(loggedIn.first().first().value<UserSession>().user.username, kUser);
    verifyBusy(false);
    QVERIFY(edit("passwordLineEdit")->text().isEmpty());
    QVERIFY(edit("repeatPasswordLineEdit")->text().isEmpty());

    const auto stored = m_users->findByUsername(kUser);
    QVERIFY(stored.ok() && stored.value().has_value());
}

void TestLoginPage::passwordMismatchIsRefused()
{
    QSignalSpy loggedIn(m_page.get(), &LoginPage::loggedIn);
    fill("usernameLineEdit", kUser);
    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);
    fill("passwordLineEdit", kPassword);
    fill("repeatPasswordLineEdit", kPassword + QStringLiteral("!"));
    QTest::keyClick(edit("repeatPasswordLineEdit"), Qt::Key_Return);

    QVERIFY(!m_accounts->isBusy());
    QLabel *error = label("errorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The two passwords are not the same. Please type them again."));
    QCOMPARE(error->accessibleDescription(), error->text());
    QVERIFY(edit("passwordLineEdit")->text().isEmpty());
    QVERIFY(edit("repeatPasswordLineEdit")->text().isEmpty());
    QCOMPARE(edit("usernameLineEdit")->text(), kUser);
    // Refused before any work started (not busy above), so no login can follow.
    QCOMPARE(loggedIn.count(), 0);
    const auto stored = m_users->findByUsername(kUser);
    QVERIFY(stored.ok() && !stored.value().has_value());
}

void TestLoginPage::tooShortPasswordIsShownInline()
{
    fill("usernameLineEdit", kUser);
    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);
    fill("passwordLineEdit", QStringLiteral("short"));
    fill("repeatPasswordLineEdit", QStringLiteral("short"));
    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);
    QVERIFY(label("errorLabel")->isVisible());
    QVERIFY2(label("errorLabel")->text().contains(QStringLiteral("at least 8 characters")),
             qPrintable(label("errorLabel")->text()));
    QVERIFY(edit("passwordLineEdit")->text().isEmpty());
    verifyBusy(false);
}

void TestLoginPage::wrongPasswordShowsInlineMessage()
{
    createUserDirectly(kUser, kPassword);
    QSignalSpy loggedIn(m_page.get(), &LoginPage::loggedIn);
    QSignalSpy busy(m_accounts.get(), &AccountService::busyChanged);

    fill("usernameLineEdit", kUser);
    fill("passwordLineEdit", QStringLiteral("not the password"));
    QTest::mouseClick(button("logInPushButton"), Qt::LeftButton);
    verifyBusy(true);
    QCOMPARE(label("busyLabel")->text(), QStringLiteral("Checking your password…"));

    QLabel *error = label("errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kTimeoutMs);  // the failure arrived
    QCOMPARE(loggedIn.count(), 0);
    QCOMPARE(busy.count(), 2);
    verifyBusy(false);
    // The first miss is most likely a typo: no talk of lost passwords yet.
    QCOMPARE(error->text(), QStringLiteral("The username or password is not correct."));
    QVERIFY(edit("passwordLineEdit")->text().isEmpty());
    QCOMPARE(edit("usernameLineEdit")->text(), kUser);
    QCOMPARE(m_page->focusWidget(), edit("passwordLineEdit"));

    // Trying again hides the old message while busy.
    fill("passwordLineEdit", QStringLiteral("still wrong!"));
    QTest::mouseClick(button("logInPushButton"), Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QVERIFY(busy.wait(kTimeoutMs));  // busy -> false: the second failure arrived
    QVERIFY(error->isVisible());
    QCOMPARE(loggedIn.count(), 0);
    // A second miss in a row: what to do when the password is forgotten.
    QVERIFY(error->text().startsWith(QStringLiteral("The username or password is not correct.")));
    QVERIFY(error->text().contains(QStringLiteral("Create a new account and connect SoundCloud again")));

    // Another username starts the count again.
    fill("usernameLineEdit", QStringLiteral("Grace"));
    fill("passwordLineEdit", QStringLiteral("not the password"));
    QTest::mouseClick(button("logInPushButton"), Qt::LeftButton);
    QVERIFY(busy.wait(kTimeoutMs));
    QTRY_VERIFY_WITH_TIMEOUT(!m_accounts->isBusy(), kTimeoutMs);
    QCOMPARE(error->text(), QStringLiteral("The username or password is not correct."));
}

void TestLoginPage::formStaysInPlaceWhileBusy()
{
    createUserDirectly(kUser, kPassword);
    QSignalSpy busy(m_accounts.get(), &AccountService::busyChanged);
    const auto where = [this](const char *name) { return edit(name)->mapTo(m_page.get(), QPoint(0, 0)); };
    const auto buttonAt = [this] { return button("logInPushButton")->mapTo(m_page.get(), QPoint(0, 0)); };
    const QPoint username = where("usernameLineEdit");
    const QPoint logIn = buttonAt();

    fill("usernameLineEdit", kUser);
    fill("passwordLineEdit", QStringLiteral("not the password"));
    QTest::mouseClick(button("logInPushButton"), Qt::LeftButton);
    verifyBusy(true);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(where("usernameLineEdit"), username);
    QCOMPARE(buttonAt(), logIn);

    QTRY_VERIFY_WITH_TIMEOUT(label("errorLabel")->isVisible(), kTimeoutMs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(where("usernameLineEdit"), username);  // a one-line message takes the busy row's place
    QCOMPARE(buttonAt(), logIn);
}

void TestLoginPage::enterSubmitsAndRightPasswordLogsIn()
{
    createUserDirectly(kUser, kPassword);
    QSignalSpy loggedIn(m_page.get(), &LoginPage::loggedIn);
    fill("usernameLineEdit", QStringLiteral("ada"));  // case does not matter
    fill("passwordLineEdit", kPassword);
    QTest::keyClick(edit("passwordLineEdit"), Qt::Key_Return);
    verifyBusy(true);
    QVERIFY(loggedIn.wait(kTimeoutMs));
    QCOMPARE(loggedIn.first().first().value<UserSession>().user.username, kUser);
    QVERIFY(!label("errorLabel")->isVisible());
    QVERIFY(edit("passwordLineEdit")->text().isEmpty());
}

void TestLoginPage::emptyFieldsShowMessage()
{
    QTest::mouseClick(button("logInPushButton"), Qt::LeftButton);
    QVERIFY(!m_accounts->isBusy());
    QVERIFY(label("errorLabel")->isVisible());
    QCOMPARE(label("errorLabel")->text(), QStringLiteral("Please enter your username and password."));
    QCOMPARE(m_page->focusWidget(), edit("usernameLineEdit"));
}

void TestLoginPage::resetClearsEverything()
{
    fill("usernameLineEdit", kUser);
    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);
    fill("passwordLineEdit", kPassword);
    fill("repeatPasswordLineEdit", QStringLiteral("other"));
    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);
    QVERIFY(label("errorLabel")->isVisible());

    m_page->reset();
    QVERIFY(m_page->isCreatingAccount());  // still no account on this computer
    QVERIFY(edit("usernameLineEdit")->text().isEmpty());
    QVERIFY(edit("passwordLineEdit")->text().isEmpty());
    QVERIFY(edit("repeatPasswordLineEdit")->text().isEmpty());
    QVERIFY(!label("errorLabel")->isVisible());
    QCOMPARE(m_page->focusWidget(), edit("usernameLineEdit"));
}

void TestLoginPage::accessibleNamesMatchLabels()
{
    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);  // shows every field
    const std::pair<const char *, const char *> pairs[] = {
        {"usernameLabel", "usernameLineEdit"},
        {"passwordLabel", "passwordLineEdit"},
        {"repeatPasswordLabel", "repeatPasswordLineEdit"},
    };
    for (const auto &[labelName, editName] : pairs) {
        QLabel *l = label(labelName);
        QVERIFY(l);
        QCOMPARE(l->buddy(), edit(editName));
        QString visible = l->text().remove(QLatin1Char('&'));
        visible.chop(1);  // the colon
        QCOMPARE(edit(editName)->accessibleName(), visible);
    }
    const auto buttons = m_page->findChildren<QPushButton *>();
    for (const QPushButton *b : buttons)
        QCOMPARE(b->accessibleName(), QString(b->text()).remove(QLatin1Char('&')));
    QCOMPARE(label("errorLabel")->accessibleName(), QStringLiteral("Error"));
}

void TestLoginPage::tabOrderFollowsTheForm()
{
    // What Tab reaches next: the next widget in the focus chain that takes Tab focus.
    const auto next = [this](QWidget *from) {
        QWidget *widget = from->nextInFocusChain();
        while (
            widget != from
            && !((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(m_page.get()) && widget->isEnabled())) {
            widget = widget->nextInFocusChain();
        }
        return widget;
    };
    QCOMPARE(next(edit("usernameLineEdit")), edit("passwordLineEdit"));
    QCOMPARE(next(edit("passwordLineEdit")), button("logInPushButton"));
    QCOMPARE(next(button("logInPushButton")), button("createAccountPushButton"));

    QTest::mouseClick(button("createAccountPushButton"), Qt::LeftButton);
    QCOMPARE(next(edit("usernameLineEdit")), edit("passwordLineEdit"));
    QCOMPARE(next(edit("passwordLineEdit")), edit("repeatPasswordLineEdit"));
    QCOMPARE(next(edit("repeatPasswordLineEdit")), button("createAccountPushButton"));
    QCOMPARE(next(button("createAccountPushButton")), button("backPushButton"));
}

WAVESHELF_TEST_MAIN(TestLoginPage)
#include "tst_loginpage.moc"
