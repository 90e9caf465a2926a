// The sign-in popup as a window: the sign-in windows a page opens, an unreachable
// server with Retry, and the address bar.

#include "ConnectPage.h"
#include "ConnectPopup.h"
#include "LocalSite.h"
#include "PopupTestCase.h"
#include "RedirectTarget.h"
#include "SignInPopupWindow.h"
#include "TestSuite.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <memory>
#include <optional>

using namespace popuptest;
using namespace waveshelf;

class TestConnectPopupWindow final : public PopupTestCase {
    Q_OBJECT

private slots:
    void windowOpenUsesSameProfile();
    void redirectInSignInWindowIsCaught();
    void unreachableServerShowsErrorAndRetry();
    void addressShowsHostOnly();
    void focusStartsInThePagesFirstField();
};

void TestConnectPopupWindow::windowOpenUsesSameProfile()
{
    RedirectTarget target;
    LocalSite site;
    site.page(QStringLiteral("/authorize"), [](const QHttpServerRequest &) {
        QHttpServerResponse response = html(QByteArrayLiteral("<p>Sign in with Google</p>"));
        addHeader(response, QByteArrayLiteral("Set-Cookie"),
                  QByteArrayLiteral("sc_session=opener-user; Max-Age=3600; Path=/"));
        return response;
    });
    site.page(QStringLiteral("/social"),
              QByteArrayLiteral("<p>Social sign-in</p><script>function done() { window.close(); }</script>"
                                "<title>Social</title>"));

    QWebEngineProfile *profile = freshProfile();
    ConnectPopup popup(profile, site.url(QStringLiteral("/authorize")), target.redirectUri(), nullptr);
    QSignalSpy redirected(&popup, &ConnectPopup::redirectReceived);
    popup.show();
    QVERIFY(waitForLoad(popup.view()->page()));

    // As social sign-in does: an about:blank window first, then navigate it.
    runJavaScript(popup.view()->page(),
                  QStringLiteral("var w = window.open('', 'social', 'width=400,height=500');"
                                 "w.location.href = '/social';"));
    QTRY_VERIFY_WITH_TIMEOUT(site.hitCount(QStringLiteral("/social")) == 1, kTimeoutMs);
    QCOMPARE(site.lastCookie(QStringLiteral("/social")), QByteArrayLiteral("sc_session=opener-user"));

    auto *window = popup.findChild<SignInPopupWindow *>();
    QVERIFY(window);
    QCOMPARE(window->page()->profile(), profile);
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(window->page()->url().path(), QStringLiteral("/social"), kTimeoutMs);

    // The page closes its own window when sign-in is done.
    QPointer<SignInPopupWindow> guard(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->page()->title(), QStringLiteral("Social"), kTimeoutMs);
    runJavaScript(window->page(), QStringLiteral("done();"));
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), kTimeoutMs);
    QCOMPARE(redirected.count(), 0);
    QVERIFY(popup.isVisible());
}

void TestConnectPopupWindow::redirectInSignInWindowIsCaught()
{
    RedirectTarget target;
    LocalSite site;
    const QByteArray answer = target.answer();
    site.page(QStringLiteral("/authorize"), QByteArrayLiteral("<p>Sign in</p>"));
    // The title comes after the link, so once it shows, the link is there.
    site.page(QStringLiteral("/social"),
              QByteArrayLiteral("<a id=\"finish\" href=\"/finish\">Finish</a><title>Social</title>"));
    site.page(QStringLiteral("/finish"), [answer](const QHttpServerRequest &) { return redirectTo(answer); });

    ConnectPopup popup(freshProfile(), site.url(QStringLiteral("/authorize")), target.redirectUri(), nullptr);
    QSignalSpy redirected(&popup, &ConnectPopup::redirectReceived);
    popup.show();
    QVERIFY(waitForLoad(popup.view()->page()));
    runJavaScript(popup.view()->page(), QStringLiteral("window.open('/social', 'social');"));
    QTRY_VERIFY_WITH_TIMEOUT(popup.findChild<SignInPopupWindow *>(), kTimeoutMs);
    QPointer<SignInPopupWindow> window(popup.findChild<SignInPopupWindow *>());
    QTRY_COMPARE_WITH_TIMEOUT(window->page()->title(), QStringLiteral("Social"), kTimeoutMs);

    runJavaScript(window->page(), QStringLiteral("document.getElementById('finish').click();"));
    QVERIFY(redirected.wait(kTimeoutMs));
    QCOMPARE(redirected.count(), 1);
    QCOMPARE(redirected.first().first().toUrl().toEncoded(), answer);
    QVERIFY(!popup.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), kTimeoutMs);  // sign-in windows close too
    QVERIFY(pageSettled(popup.view()->page(), site));
    QCOMPARE(target.connections(), 0);
}

void TestConnectPopupWindow::unreachableServerShowsErrorAndRetry()
{
    // Find a free port, then leave it closed.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    const QUrl authorizeUrl(QStringLiteral("http://127.0.0.1:%1/authorize").arg(port));
    RedirectTarget target;

    ConnectPopup popup(freshProfile(), authorizeUrl, target.redirectUri(), nullptr);
    QSignalSpy closed(&popup, &ConnectPopup::closedByUser);
    popup.show();
    auto *stack = popup.findChild<QStackedWidget *>();
    auto *errorPanel = popup.findChild<QWidget *>(QStringLiteral("errorPanel"));
    auto *errorLabel = popup.findChild<QLabel *>(QStringLiteral("errorLabel"));
    auto *retry = popup.findChild<QPushButton *>(QStringLiteral("retryPushButton"));
    QVERIFY(stack && errorPanel && errorLabel && retry);

    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget(), errorPanel, kTimeoutMs);
    QVERIFY(errorLabel->text().contains(QStringLiteral("Could not reach 127.0.0.1")));
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->accessibleName(), QStringLiteral("Retry"));

    // The server comes up; Retry loads the page.
    LocalSite site(port);
    QVERIFY(site.isListening());
    site.page(QStringLiteral("/authorize"), QByteArrayLiteral("<p>Sign in</p>"));
    QSignalSpy finished(popup.view()->page(), &QWebEnginePage::loadFinished);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY(finished.last().at(0).toBool());
    QCOMPARE(site.hitCount(QStringLiteral("/authorize")), 1);
    QCOMPARE(stack->currentWidget(), popup.view());
    QCOMPARE(closed.count(), 0);
}

void TestConnectPopupWindow::addressShowsHostOnly()
{
    RedirectTarget target;
    LocalSite site;
    site.page(QStringLiteral("/authorize"), QByteArrayLiteral("<p>Sign in</p>"));
    QUrl authorizeUrl = site.url(QStringLiteral("/authorize"));
    authorizeUrl.setQuery(QStringLiteral("state=do-not-show&client_id=x"));

    ConnectPopup popup(freshProfile(), authorizeUrl, target.redirectUri(), nullptr);
    popup.show();
    QVERIFY(waitForLoad(popup.view()->page()));
    QCOMPARE(popup.windowTitle(), QStringLiteral("Connect to SoundCloud"));
    QCOMPARE(popup.size(), QSize(520, 720));
    auto *address = popup.findChild<QLineEdit *>(QStringLiteral("addressLineEdit"));
    auto *security = popup.findChild<QLabel *>(QStringLiteral("securityLabel"));
    QVERIFY(address && security);
    QVERIFY(address->isReadOnly());
    QCOMPARE(address->text(), site.url(QString()).toDisplayString());
    QVERIFY(!address->text().contains(QStringLiteral("do-not-show")));
    QCOMPARE(security->text(), QStringLiteral("Not encrypted"));
    QVERIFY(!address->accessibleName().isEmpty());
    QVERIFY(!popup.view()->accessibleName().isEmpty());
}

void TestConnectPopupWindow::focusStartsInThePagesFirstField()
{
    // Issue 19, defect 11: the keyboard started in the popup's address bar.
    RedirectTarget target;
    LocalSite site;
    site.page(QStringLiteral("/authorize"),
              QByteArrayLiteral("<p>Sign in</p><form><input type=hidden name=state value=s>"
                                "<input id=email name=email><input id=password type=password></form>"));
    ConnectPopup popup(freshProfile(), site.url(QStringLiteral("/authorize")), target.redirectUri(), nullptr);
    popup.show();
    QVERIFY(waitForLoad(popup.view()->page()));
    auto *address = popup.findChild<QLineEdit *>(QStringLiteral("addressLineEdit"));
    QVERIFY(!address->hasFocus());
    // The id of the page's focused element, read as the page answers (never left
    // pending: the answer lands in a shared slot).
    const auto activeId = [&popup] {
        auto answer = std::make_shared<std::optional<QString>>();
        popup.view()->page()->runJavaScript(QStringLiteral("document.activeElement ? document.activeElement.id : ''"),
                                            [answer](const QVariant &id) { *answer = id.toString(); });
        (void)QTest::qWaitFor([answer] { return answer->has_value(); }, kTimeoutMs);  // empty if not
        return answer->value_or(QString());
    };
    QTRY_COMPARE_WITH_TIMEOUT(activeId(), QStringLiteral("email"), kTimeoutMs);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus && (focus == popup.view() || popup.view()->isAncestorOf(focus)));
}

WAVESHELF_TEST_MAIN(TestConnectPopupWindow)
#include "tst_connectpopupwindow.moc"
