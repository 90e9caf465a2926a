// ConnectController: a connect attempt in the web browser with the loopback
// receiver, against the sandbox on loopback: the account question, cancel,
// timeout, a busy port, a browser that cannot open, and a configuration that
// cannot connect.

#include "ConnectControllerTestCase.h"
#include "LoopbackPort.h"
#include "SandboxSignIn.h"
#include "TestSuite.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace waveshelf;
using namespace connectcontrollertest;
using State = ConnectController::State;

class TestConnectControllerBrowser final : public ConnectControllerTestCase {
    Q_OBJECT

private slots:
    void browserSignInConnects();
    void decliningTheBrowserAccountStoresNothing();
    void browserReconnectOfTheSameAccountAsksNothing();
    void cancelClosesThePortAndStoresNothing();
    void timeoutEndsTheWait();
    void portInUseOpensNoBrowser();
    void browserThatCannotOpenEndsTheAttempt();
    void missingClientIdIsExplained();
    void redirectUriMustBeOnThisComputerForTheBrowser();
};

void TestConnectControllerBrowser::browserSignInConnects()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy states(h.controller.data(), &ConnectController::stateChanged);
    QSignalSpy waiting(h.controller.data(), &ConnectController::waitingForBrowser);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);

    h.controller->connectWithBrowser();
    QCOMPARE(h.opened.size(), 1);
    QCOMPARE(h.opened.first().adjusted(QUrl::RemoveQuery), m_sandbox.authorizeUrl());
    QCOMPARE(QUrlQuery(h.opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
             m_redirectUri.toString());
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().first().value<quint16>(), m_port);
    QCOMPARE(h.controller->state(), State::WaitingForBrowser);
    QVERIFY(h.controller->isWaitingForBrowser());
    QCOMPARE(h.windows.created, 0);
    QVERIFY(!test::LoopbackPort::isClosed(m_port));

    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("alice"),
                                                       QStringLiteral("alice-password"));
    QVERIFY(!location.isEmpty());
    // A stray request (the browser's favicon) does not end the wait.
    QCOMPARE(browse(*m_browser, location.resolved(QUrl(QStringLiteral("/favicon.ico")))), 404);
    QVERIFY(h.controller->isWaitingForBrowser());
    QCOMPARE(browse(*m_browser, location), 200);

    // A first connection through the browser: the account is named and
    // nothing is stored until the user says it is theirs.
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, kTimeoutMs);
    QCOMPARE(asked.first().first().value<SoundCloudAccount>().username, QStringLiteral("alice"));
    QCOMPARE(h.controller->state(), State::ConfirmingAccount);
    QVERIFY(!h.stored());
    QCOMPARE(connected.size(), 0);
    h.controller->confirm();

    QCOMPARE(connected.size(), 1);
    QCOMPARE(connected.first().first().value<SoundCloudAccount>().username, QStringLiteral("alice"));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.controller->isWaitingForBrowser());
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    QCOMPARE(h.stored()->username, QStringLiteral("alice"));
    QCOMPARE(m_sandbox.tokenRequestCount(QStringLiteral("authorization_code")), 1);
    QList<State> seen;
    for (const QList<QVariant> &change : std::as_const(states))
        seen.append(change.first().value<State>());
    QCOMPARE(seen, (QList<State>{State::WaitingForBrowser, State::Exchanging, State::ConfirmingAccount, State::Idle}));
}

void TestConnectControllerBrowser::decliningTheBrowserAccountStoresNothing()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QCOMPARE(browse(*m_browser, location), 200);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, kTimeoutMs);
    QCOMPARE(asked.first().first().value<SoundCloudAccount>().username, QStringLiteral("bob"));

    h.controller->decline();
    QCOMPARE(failed.size(), 1);
    const Error declined = failed.first().first().value<Error>();
    QCOMPARE(declined.kind, ErrorKind::Cancelled);
    QVERIFY2(declined.message.contains(QStringLiteral("bob"))
                 && declined.message.contains(QStringLiteral("nothing was saved")),
             qPrintable(declined.message));
    QCOMPARE(connected.size(), 0);
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.stored());
    h.controller->confirm();  // too late: the tokens are gone
    QVERIFY(!h.stored());

    // Cancelling while asked is declining too.
    h.controller->connectWithBrowser();
    const QUrl again = test::SandboxSignIn::approve(*m_browser, h.opened.last(), QStringLiteral("bob"),
                                                    QStringLiteral("bob-password"));
    QCOMPARE(browse(*m_browser, again), 200);
    QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, kTimeoutMs);
    h.controller->cancel();
    QCOMPARE(failed.size(), 2);
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.stored());
    QCOMPARE(connected.size(), 0);
}

void TestConnectControllerBrowser::browserReconnectOfTheSameAccountAsksNothing()
{
    Harness h(m_sandbox, m_redirectUri);
    QVERIFY(connectInWindowAs(h, QStringLiteral("carol"), QStringLiteral("carol-password")));
    QSignalSpy asked(h.controller.data(), &ConnectController::confirmAccount);
    QSignalSpy connected(h.controller.data(), &ConnectController::connected);
    h.controller->connectWithBrowser();
    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("carol"),
                                                       QStringLiteral("carol-password"));
    QCOMPARE(browse(*m_browser, location), 200);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kTimeoutMs);
    QCOMPARE(asked.size(), 0);  // not a first connection: the same account again
}

void TestConnectControllerBrowser::cancelClosesThePortAndStoresNothing()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QVERIFY(!test::LoopbackPort::isClosed(m_port));

    h.controller->cancel();
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(error.message.contains(QStringLiteral("cancelled")));
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(!h.controller->isWaitingForBrowser());
    QVERIFY(test::LoopbackPort::isClosed(m_port));

    // Approving afterwards in the still-open browser tab reaches nobody.
    const QUrl location = test::SandboxSignIn::approve(*m_browser, h.opened.first(), QStringLiteral("bob"),
                                                       QStringLiteral("bob-password"));
    QCOMPARE(browse(*m_browser, location), 0);
    QCOMPARE(m_sandbox.tokenRequestCount(), 0);
    QVERIFY(!h.stored());
    QCOMPARE(failed.size(), 1);
}

void TestConnectControllerBrowser::timeoutEndsTheWait()
{
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->setBrowserTimeout(std::chrono::milliseconds(300));
    h.controller->connectWithBrowser();
    QVERIFY(h.controller->isWaitingForBrowser());
    QVERIFY(failed.wait(kTimeoutMs));
    const auto error = failed.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Cancelled);
    QVERIFY(error.message.contains(QStringLiteral("stopped waiting")));
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
    QVERIFY(!h.stored());
}

void TestConnectControllerBrowser::portInUseOpensNoBrowser()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, m_port));
    Harness h(m_sandbox, m_redirectUri);
    QSignalSpy states(h.controller.data(), &ConnectController::stateChanged);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(
        QStringLiteral("Another program is using port %1").arg(m_port)));
    QVERIFY(h.opened.isEmpty());  // no browser opened for an answer nobody could receive
    QCOMPARE(states.size(), 0);
    QVERIFY(!h.controller->isBusy());
}

void TestConnectControllerBrowser::browserThatCannotOpenEndsTheAttempt()
{
    Harness h(m_sandbox, m_redirectUri);
    h.controller->setBrowserOpener([](const QUrl &) { return false; });
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().value<Error>().message.contains(QStringLiteral("could not open your web browser")));
    QCOMPARE(h.controller->state(), State::Idle);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
}

void TestConnectControllerBrowser::missingClientIdIsExplained()
{
    Harness h(m_sandbox, m_redirectUri, true, false);
    QSignalSpy states(h.controller.data(), &ConnectController::stateChanged);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    const Result<void> check = ConnectController::checkCanConnect(h.context->config());
    QVERIFY(!check.ok());
    QCOMPARE(check.error().kind, ErrorKind::InvalidInput);
    QVERIFY(check.error().message.contains(QStringLiteral("client ID")));

    h.controller->connectWithBrowser();
    h.controller->connectInWindow();
    QCOMPARE(failed.size(), 2);
    for (const QList<QVariant> &signal : failed)
        QCOMPARE(signal.first().value<Error>().message, check.error().message);  // one message for app and CLI
    QVERIFY(h.opened.isEmpty());
    QCOMPARE(h.windows.created, 0);
    QCOMPARE(states.size(), 0);
    QVERIFY(test::LoopbackPort::isClosed(m_port));
}

void TestConnectControllerBrowser::redirectUriMustBeOnThisComputerForTheBrowser()
{
    Harness h(m_sandbox, QUrl(QStringLiteral("https://example.com/callback")));
    QVERIFY(ConnectController::checkCanConnect(h.context->config()).ok());
    const Result<void> check = ConnectController::checkCanUseBrowser(h.context->config());
    QVERIFY(!check.ok());
    QCOMPARE(check.error().kind, ErrorKind::InvalidInput);
    QSignalSpy failed(h.controller.data(), &ConnectController::failed);
    h.controller->connectWithBrowser();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<Error>().message, check.error().message);
    QVERIFY(h.opened.isEmpty());
    // The embedded window catches any redirect URI: it still starts.
    h.controller->connectInWindow();
    QCOMPARE(h.windows.created, 1);
    QCOMPARE(h.controller->state(), State::InWindow);
}

WAVESHELF_TEST_GUILESS_MAIN(TestConnectControllerBrowser)
#include "tst_connectcontrollerbrowser.moc"
