// The sign-in popup catches the answer at the redirect URI, however the page gets
// there (server redirect, JavaScript, a subframe), and reports a user who closes it.

#include "ConnectPage.h"
#include "ConnectPopup.h"
#include "LocalSite.h"
#include "PopupTestCase.h"
#include "RedirectTarget.h"
#include "TestSuite.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

using namespace popuptest;
using namespace waveshelf;

class TestConnectPopupRedirect final : public PopupTestCase {
    Q_OBJECT

private slots:
    void pageRefusesRedirectUri_data();
    void pageRefusesRedirectUri();
    void serverRedirectIsCaughtBeforeLoading();
    void javaScriptNavigationIsCaught();
    void redirectInSubframeIsCaught();
    void userClosedPopup_data();
    void userClosedPopup();
};

void TestConnectPopupRedirect::pageRefusesRedirectUri_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("allowHits");
    QTest::newRow("server redirect") << QStringLiteral("document.getElementById('allow').click();") << 1;
    QTest::newRow("javascript") << QStringLiteral("go();") << 0;
}

// The page alone, without the popup stopping it: the navigation itself is refused.
void TestConnectPopupRedirect::pageRefusesRedirectUri()
{
    QFETCH(QString, script);
    QFETCH(int, allowHits);
    RedirectTarget target;
    LocalSite site;
    const QByteArray answer = target.answer();
    site.page(QStringLiteral("/authorize"),
              QByteArrayLiteral("<a id=\"allow\" href=\"/allow\">Allow</a><script>function go() { window.location = '")
                  + answer + QByteArrayLiteral("'; }</script>"));
    site.page(QStringLiteral("/allow"), [answer](const QHttpServerRequest &) { return redirectTo(answer); });

    ConnectPage page(freshProfile(), target.redirectUri(), nullptr);
    QSignalSpy caught(&page, &ConnectPage::redirectCaught);
    page.load(site.url(QStringLiteral("/authorize")));
    QVERIFY(waitForLoad(&page));
    runJavaScript(&page, script);
    QVERIFY(caught.wait(kTimeoutMs));
    QCOMPARE(caught.first().first().toUrl().toEncoded(), answer);
    QVERIFY(pageSettled(&page, site));
    QCOMPARE(site.hitCount(QStringLiteral("/allow")), allowHits);
    QCOMPARE(target.connections(), 0);
    QCOMPARE(page.url(), site.url(QStringLiteral("/authorize")));
}

void TestConnectPopupRedirect::serverRedirectIsCaughtBeforeLoading()
{
    RedirectTarget target;
    QVERIFY(target.isListening());
    LocalSite site;
    QVERIFY(site.isListening());
    site.page(QStringLiteral("/authorize"), QByteArrayLiteral("<a id=\"allow\" href=\"/allow\">Allow</a>"));
    const QByteArray answer = target.answer();
    site.page(QStringLiteral("/allow"), [answer](const QHttpServerRequest &) { return redirectTo(answer); });

    ConnectPopup popup(freshProfile(), site.url(QStringLiteral("/authorize")), target.redirectUri(), nullptr);
    QSignalSpy redirected(&popup, &ConnectPopup::redirectReceived);
    QSignalSpy closed(&popup, &ConnectPopup::closedByUser);
    popup.show();
    QVERIFY(waitForLoad(popup.view()->page()));

    runJavaScript(popup.view()->page(), QStringLiteral("document.getElementById('allow').click();"));
    QVERIFY(redirected.wait(kTimeoutMs));
    QCOMPARE(site.hitCount(QStringLiteral("/allow")), 1);  // it really was a server redirect
    QCOMPARE(redirected.count(), 1);
    QCOMPARE(redirected.first().first().toUrl().toEncoded(), answer);
    QVERIFY(!popup.isVisible());

    // Nothing reached the redirect URI, and a late close does not emit a second signal.
    QVERIFY(pageSettled(popup.view()->page(), site));
    QCOMPARE(target.connections(), 0);
    popup.close();
    QCOMPARE(redirected.count(), 1);
    QCOMPARE(closed.count(), 0);
}

void TestConnectPopupRedirect::javaScriptNavigationIsCaught()
{
    RedirectTarget target;
    LocalSite site;
    const QByteArray answer = target.answer();
    site.page(QStringLiteral("/authorize"),
              QByteArrayLiteral("<script>function go() { window.location = '") + answer
                  + QByteArrayLiteral("'; }</script><p>Waiting</p>"));

    ConnectPopup popup(freshProfile(), site.url(QStringLiteral("/authorize")), target.redirectUri(), nullptr);
    QSignalSpy redirected(&popup, &ConnectPopup::redirectReceived);
    QSignalSpy closed(&popup, &ConnectPopup::closedByUser);
    popup.show();
    QVERIFY(waitForLoad(popup.view()->page()));

    runJavaScript(popup.view()->page(), QStringLiteral("go();"));
    QVERIFY(redirected.wait(kTimeoutMs));
    QCOMPARE(redirected.count(), 1);
    QCOMPARE(redirected.first().first().toUrl().toEncoded(), answer);
    QVERIFY(!popup.isVisible());
    QVERIFY(pageSettled(popup.view()->page(), site));
    QCOMPARE(target.connections(), 0);
    QCOMPARE(closed.count(), 0);
}

void TestConnectPopupRedirect::redirectInSubframeIsCaught()
{
    RedirectTarget target;
    LocalSite site;
    const QByteArray answer = target.answer();
    site.page(QStringLiteral("/authorize"), QByteArrayLiteral("<iframe src=\"/frame\"></iframe>"));
    site.page(QStringLiteral("/frame"), [answer](const QHttpServerRequest &) { return redirectTo(answer); });

    ConnectPopup popup(freshProfile(), site.url(QStringLiteral("/authorize")), target.redirectUri(), nullptr);
    QSignalSpy redirected(&popup, &ConnectPopup::redirectReceived);
    popup.show();
    QVERIFY(redirected.wait(kTimeoutMs));
    QCOMPARE(site.hitCount(QStringLiteral("/frame")), 1);
    QCOMPARE(redirected.count(), 1);
    QCOMPARE(redirected.first().first().toUrl().toEncoded(), answer);
    QVERIFY(pageSettled(popup.view()->page(), site));
    QCOMPARE(target.connections(), 0);
}

void TestConnectPopupRedirect::userClosedPopup_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("window close") << QStringLiteral("close");
    QTest::newRow("cancel button") << QStringLiteral("cancel");
    QTest::newRow("escape key") << QStringLiteral("escape");
}

void TestConnectPopupRedirect::userClosedPopup()
{
    QFETCH(QString, how);
    RedirectTarget target;
    LocalSite site;
    const QByteArray answer = target.answer();
    site.page(QStringLiteral("/authorize"),
              QByteArrayLiteral("<script>function go() { window.location = '") + answer
                  + QByteArrayLiteral("'; }</script><p>Sign in</p>"));

    ConnectPopup popup(freshProfile(), site.url(QStringLiteral("/authorize")), target.redirectUri(), nullptr);
    QSignalSpy redirected(&popup, &ConnectPopup::redirectReceived);
    QSignalSpy closed(&popup, &ConnectPopup::closedByUser);
    popup.show();
    QVERIFY(waitForLoad(popup.view()->page()));
    QVERIFY(QTest::qWaitForWindowExposed(&popup));

    if (how == QLatin1String("close")) {
        QVERIFY(popup.close());
    } else if (how == QLatin1String("cancel")) {
        auto *cancel = popup.findChild<QPushButton *>(QStringLiteral("cancelPushButton"));
        QVERIFY(cancel);
        QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel"));
        QTest::mouseClick(cancel, Qt::LeftButton);
    } else {
        QTest::keyClick(&popup, Qt::Key_Escape);
    }
    QCOMPARE(closed.count(), 1);
    QVERIFY(!popup.isVisible());

    // A navigation the page still makes afterwards is not reported.
    runJavaScript(popup.view()->page(), QStringLiteral("go();"));
    QVERIFY(pageSettled(popup.view()->page(), site));
    QCOMPARE(redirected.count(), 0);
    QCOMPARE(closed.count(), 1);
    popup.close();
    QCOMPARE(closed.count(), 1);
}

WAVESHELF_TEST_MAIN(TestConnectPopupRedirect)
#include "tst_connectpopupredirect.moc"
