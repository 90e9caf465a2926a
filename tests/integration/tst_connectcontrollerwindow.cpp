// ConnectController: a connect attempt in the embedded sign-in window (played
// over HTTP by HttpSignInWindow), one attempt at a time, switching to the
// browser, no window at all, and another account than the one connected.

#include "ConnectControllerTestCase.h"
#include "LoopbackPort.h"
#include "SandboxSignIn.h"
#include "TestSuite.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace waveshelf;
using namespace connectcontrollertest;
using State = ConnectController::State;

class TestConnectControllerWindow final : public ConnectControllerTestCase {
    Q_OBJECT

private slots:
    void windowSignInConnects();
    void oneAttemptAtATime();
    void closingTheWindowStoresNothing();
    void windowCanSwitchToTheBrowser();
    void noEmbeddedWindowOffersTheBrowser();
    void differentAccountIsKeptUnlessConfirmed();
};

void TestConnectControllerWindow::windowSignInConnects()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy exchanging(h.controller.data(), &ConnectController::exchanging);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);
    h.controller->connectInWindow();
    QCOMPARE(h.windows.created, 1);
    QCOMPARE(h.windows.lastUserId, h.context->user().id);
    QPointer<HttpSignInWindow> window = h.windows.last;
    QVERIFY(window && window->isOpen());
    QCOMPARE(h.controller->signInWindow(), window.data());
    QCOMPARE(window->authorizeUrl().adjusted(QUrl::RemoveQuery), m_sandbox.authorizeUrl());
    QCOMPARE(window->redirectUri(), m_redirectUri);
    QCOMPARE(h.controller->state(), State::InWindow);
    QVERIFY(h.opened.isEmpty());
    QVERIFY(test::LoopbackPort::isClosed(m_port));  // the window needs no port

    QVERIFY(window->approve(QStringLiteral("carol"), QStringLiteral("carol-password")));
    QVERIFY(!h.controller->signInWindow());
    QCOMPARE(exchanging.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kTimeoutMs);
    QCOMPARE(h.controller->state(), State::Idle);
    QCOMPARE(h.stored()->username, QStringLiteral("carol"));
    QCOMPARE(asked.size(), 0);  // the embedded window needs no question
    QTRY_VERIFY(!window);       // the controller let go of it
}

void TestConnectControllerWindow::oneAttemptAtATime()
{
    Harness h(m_sandbox, m_redirectUri);
    h.controller->connectInWindow();
    h.controller->connectInWindow();
    h.controller->connectWithBrowser();
    QCOMPARE(h.windows.created, 1);
    QCOMPARE(h.windows.last->raised(), 2);  // brought forward instead
    QVERIFY(h.opened.isEmpty());
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    h.windows.last->closeByUser();

    h.controller->connectWithBrowser();
    h.controller->connectWithBrowser();
    h.controller->connectInWindow();
    QCOMPARE(h.windows.created, 1);
    QCOMPARE(h.opened.size(), 3);  // the same page opened again
    QCOMPARE(h.opened.at(1), h.opened.at(0));
    QCOMPARE(h.opened.at(2), h.opened.at(0));
    h.controller->openBrowserAgain();
    QCOMPARE(h.opened.size(), 4);
    QCOMPARE(h.controller->state(), State::WaitingForBrowser);
}

void TestConnectControllerWindow::closingTheWindowStoresNothing()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectInWindow();
    h.windows.last->closeByUser();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::Cancelled);
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.controller->signInWindow());
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(!h.stored());

    // The next attempt starts afresh, with a new state.
    const QUrl first = h.windows.last ? h.windows.last->authorizeUrl() : QUrl();
    h.controller->connectInWindow();
    QCOMPARE(h.windows.created, 2);
    QVERIFY(QUrlQuery(h.windows.last->authorizeUrl()).queryItemValue(QStringLiteral("state"))
            != QUrlQuery(first).queryItemValue(QStringLiteral("state")));
}

void TestConnectControllerWindow::windowCanSwitchToTheBrowser()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);
    h.controller->connectInWindow();
    h.windows.last->askForBrowser();
    QCOMPARE(failed.size(), 0);  // not a failure: the attempt moved to the browser
    QVERIFY(!h.controller->signInWindow());
    QCOMPARE(h.controller->state(), State::WaitingForBrowser);
    QCOMPARE(h.opened.size(), 1);

    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QCOMPARE(browse(*m_browser, location), 200);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, kTimeoutMs);  // signed in through the browser: asked
    QVERIFY(!h.stored());
    h.controller->confirm();
    QCOMPARE(connected.size(), 1);
    QCOMPARE(h.stored()->username, QStringLiteral("bob"));
}

void TestConnectControllerWindow::noEmbeddedWindowOffersTheBrowser()
{
    Harness h(m_sandbox, m_redirectUri, false);
    QVERIFY(!h.controller->hasSignInWindow());
    QSignalSpy states(h.controller.data(), &ConnectController::stateChanged);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectInWindow();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("web browser")));
    QCOMPARE(states.size(), 0);

    h.controller->connectWithBrowser();
    QCOMPARE(h.controller->state(), State::WaitingForBrowser);
    QCOMPARE(h.opened.size(), 1);
    h.controller->cancel();
    QVERIFY(test::LoopbackPort::isClosed(m_port));
}

void TestConnectControllerWindow::differentAccountIsKeptUnlessConfirmed()
{
    Harness h(m_sandbox, m_redirectUri);
    QVERIFY(connectInWindowAs(h, QStringLiteral("carol"), QStringLiteral("carol-password")));
    QSignalSpy different(h.controller.data(), &ConnectController::differentAccount);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);

    // Declining keeps carol; bob's tokens are dropped.
    h.controller->connectInWindow();
    QVERIFY(h.windows.last->approve(QStringLiteral("bob"), QStringLiteral("bob-password")));
    QTRY_COMPARE_WITH_TIMEOUT(different.size(), 1, kTimeoutMs);
    QCOMPARE(different.first().at(0).value<SoundCloudAccount>().username, QStringLiteral("carol"));
    QCOMPARE(different.first().at(1).value<SoundCloudAccount>().username, QStringLiteral("bob"));
    QCOMPARE(h.controller->state(), State::ConfirmingAccount);
    h.controller->keepExisting();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(h.controller->state(), State::Idle);
    QCOMPARE(h.stored()->username, QStringLiteral("carol"));

    // Confirming connects bob instead.
    h.controller->connectInWindow();
    QVERIFY(h.windows.last->approve(QStringLiteral("bob"), QStringLiteral("bob-password")));
    QTRY_COMPARE_WITH_TIMEOUT(different.size(), 2, kTimeoutMs);
    h.controller->confirmReplace();
    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.first().first().value<SoundCloudAccount>().username, QStringLiteral("bob"));
    QCOMPARE(h.controller->state(), State::Idle);
    QCOMPARE(h.stored()->username, QStringLiteral("bob"));
    QCOMPARE(failed.size(), 1);
}

WAVESHELF_TEST_GUILESS_MAIN(TestConnectControllerWindow)
#include "tst_connectcontrollerwindow.moc"
