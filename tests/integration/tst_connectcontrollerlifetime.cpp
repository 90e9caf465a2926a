// ConnectController: what ends an attempt from outside (disconnecting,
// destroying the controller or the user's context) and the rate-limit backoff.

#include "ConnectControllerTestCase.h"
#include "LoopbackPort.h"
#include "ResultSpy.h"
#include "SandboxSignIn.h"
#include "TestSuite.h"
#include "common/RetryBackoff.h"

#include <QDateTime>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace waveshelf;
using namespace connectcontrollertest;
using State = ConnectController::State;

class TestConnectControllerLifetime final : public ConnectControllerTestCase {
    Q_OBJECT

private slots:
    void disconnectEndsTheAttemptAndForgetsTheSignIn();
    void destroyingTheControllerClosesThePort();
    void destroyingTheUserContextEndsTheAttempt();
    void rateLimitBackoff();
};

void TestConnectControllerLifetime::disconnectEndsTheAttemptAndForgetsTheSignIn()
{
    Harness h(m_sandbox, m_redirectUri);
    QVERIFY(connectInWindowAs(h, QStringLiteral("carol"), QStringLiteral("carol-password")));
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QVERIFY(!test::LoopbackPort::isClosed(m_port));

    QVERIFY(h.controller->disconnectAccount().ok());
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    QCOMPARE(h.controller->state(), State::Idle);
    QCOMPARE(failed.size(), 0);  // ended with the connection, not failed
    QCOMPARE(h.windows.forgotten, QList<qint64>{h.context->user().id});
    QVERIFY(!h.stored());

    // An embedded window open at that moment closes too (the asynchronous
    // form: the attempt ends at once, the answer comes once the cache is gone).
    h.controller->connectInWindow();
    QPointer<HttpSignInWindow> window = h.windows.last;
    test::ResultSpy<void> disconnected;
    h.controller->disconnectAccount(disconnected.context(), disconnected.callback());
    QVERIFY(!h.controller->signInWindow());
    QVERIFY(!window || !window->isOpen());
    QVERIFY(disconnected.wait(10'000));
    QVERIFY(disconnected.last().ok());
}

void TestConnectControllerLifetime::destroyingTheControllerClosesThePort()
{
    Harness h(m_sandbox, m_redirectUri);
    h.controller->connectWithBrowser();
    QVERIFY(!test::LoopbackPort::isClosed(m_port));
    delete h.controller.data();
    QVERIFY(test::LoopbackPort::isClosed(m_port));

    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    QVERIFY(!location.isEmpty());
    QCOMPARE(browse(*m_browser, location), 0);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(!h.stored());
}

void TestConnectControllerLifetime::destroyingTheUserContextEndsTheAttempt()
{
    {
        Harness h(m_sandbox, m_redirectUri);
        h.controller->connectWithBrowser();
        QVERIFY(!test::LoopbackPort::isClosed(m_port));
        h.context.reset();  // log out
        QVERIFY(!h.controller);
        QVERIFY(test::LoopbackPort::isClosed(m_port));
    }
    Harness h(m_sandbox, m_redirectUri);
    h.controller->connectInWindow();
    QPointer<HttpSignInWindow> window = h.windows.last;
    QVERIFY(window);
    h.context.reset();
    QVERIFY(!window);  // the window went with the session
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
}

void TestConnectControllerLifetime::rateLimitBackoff()
{
    using std::chrono::milliseconds;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto rateLimited = [](const QDateTime &retryAt) {
        return Error{ErrorKind::RateLimited, QStringLiteral("busy"), QString(), retryAt};
    };
    QCOMPARE(retryBackoff(Error{ErrorKind::Unreachable, QStringLiteral("down")}, now), milliseconds(0));
    QCOMPARE(retryBackoff(Error{ErrorKind::ReconnectNeeded, QStringLiteral("gone")}, now), milliseconds(0));
    QCOMPARE(retryBackoff(rateLimited(QDateTime()), now), kRateLimitBackoff);
    QCOMPARE(kRateLimitBackoff, milliseconds(30'000));
    QCOMPARE(retryBackoff(rateLimited(now.addSecs(-5)), now), kRateLimitBackoff);
    QCOMPARE(retryBackoff(rateLimited(now.addSecs(90)), now), milliseconds(90'000));
    QCOMPARE(retryBackoff(rateLimited(now.addDays(1)), now), kMaxRetryBackoff);
}

WAVESHELF_TEST_GUILESS_MAIN(TestConnectControllerLifetime)
#include "tst_connectcontrollerlifetime.moc"
