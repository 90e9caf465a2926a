#include "BrowserProfiles.h"
#include "ConnectPage.h"
#include "ConnectPopup.h"
#include "SignInPopupWindow.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineProfile>
#include <QWebEngineView>

#include <functional>
#include <memory>

using namespace waveshelf;

namespace {

constexpr int kTimeoutMs = 90000;  // WebEngine starts slowly on a small machine.

QByteArray requestHeader(const QHttpServerRequest &request, const QByteArray &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(name).toByteArray();
#else
    const auto headers = request.headers();
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
#endif
}

void addHeader(QHttpServerResponse &response, const QByteArray &name, const QByteArray &value)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpHeaders headers = response.headers();
    headers.append(name, value);
    response.setHeaders(std::move(headers));
#else
    response.addHeader(name, value);
#endif
}

QHttpServerResponse html(const QByteArray &body)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"),
                                 QByteArrayLiteral("<!doctype html><html><body>") + body
                                     + QByteArrayLiteral("</body></html>"));
    addHeader(response, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse redirectTo(const QByteArray &location)
{
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    addHeader(response, QByteArrayLiteral("Location"), location);
    addHeader(response, QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// A tiny web site on loopback that records every request (path and Cookie header).
class LocalSite final {
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    struct Hit {
        QString path;
        QByteArray cookie;
    };

    explicit LocalSite(quint16 port = 0)
    {
        m_server.route(QStringLiteral("/<arg>"), [this](const QUrl &path, const QHttpServerRequest &request) {
            const QString key = QLatin1Char('/') + path.path();
            m_hits.append({key, requestHeader(request, QByteArrayLiteral("Cookie"))});
            const Handler handler = m_pages.value(key);
            return handler ? handler(request)
                           : QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
        });
        auto *tcp = new QTcpServer;
        m_listening = tcp->listen(QHostAddress::LocalHost, port);
        m_port = tcp->serverPort();
        m_server.bind(tcp);  // takes ownership
    }

    [[nodiscard]] bool isListening() const { return m_listening; }
    [[nodiscard]] QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }
    void page(const QString &path, Handler handler) { m_pages.insert(path, std::move(handler)); }
    void page(const QString &path, const QByteArray &body)
    {
        m_pages.insert(path, [body](const QHttpServerRequest &) { return html(body); });
    }
    [[nodiscard]] const QList<Hit> &hits() const { return m_hits; }
    [[nodiscard]] int hitCount(const QString &path) const
    {
        return int(std::count_if(m_hits.cbegin(), m_hits.cend(),
                                 [&path](const Hit &hit) { return hit.path == path; }));
    }
    [[nodiscard]] QByteArray lastCookie(const QString &path) const
    {
        for (auto it = m_hits.crbegin(); it != m_hits.crend(); ++it) {
            if (it->path == path)
                return it->cookie;
        }
        return {};
    }

private:
    QHttpServer m_server;
    QHash<QString, Handler> m_pages;
    QList<Hit> m_hits;
    quint16 m_port = 0;
    bool m_listening = false;
};

// Stands where the redirect URI points and counts whoever connects. The popup must
// refuse the navigation before anything reaches it.
class RedirectTarget final {
public:
    RedirectTarget()
    {
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->close();
                socket->deleteLater();
            }
        });
    }
    [[nodiscard]] bool isListening() const { return m_listening; }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] QUrl redirectUri() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort()));
    }
    // The answer as the authorization server writes it: '+' and '%2B' both present.
    [[nodiscard]] QByteArray answer() const
    {
        return redirectUri().toEncoded() + QByteArrayLiteral("?code=ab+c%2Bd%2F9&state=s%2Bt+u~v");
    }

private:
    QTcpServer m_server;
    int m_connections = 0;
    bool m_listening = false;
};

// Call before returning to the event loop after starting the load.
bool waitForLoad(QWebEnginePage *page)
{
    QSignalSpy finished(page, &QWebEnginePage::loadFinished);
    return finished.wait(kTimeoutMs) && finished.last().at(0).toBool();
}

void runJavaScript(QWebEnginePage *page, const QString &script)
{
    page->runJavaScript(script);
}

// Instead of a fixed wait before checking that nothing more happened: the page
// fetches a fresh path of `site`, and we wait until that request arrives. It goes
// through the same renderer and network stack after whatever the page started
// before, so a navigation that slipped through would have shown by then.
bool pageSettled(QWebEnginePage *page, const LocalSite &site)
{
    static int round = 0;
    const QString path = QStringLiteral("/settled-%1").arg(++round);
    runJavaScript(page, QStringLiteral("fetch('%1', {mode: 'no-cors', cache: 'no-store'}).catch(() => {});")
                            .arg(site.url(path).toString()));
    return QTest::qWaitFor([&] { return site.hitCount(path) == 1; }, kTimeoutMs);
}

}  // namespace

class TestConnectPopup final : public QObject {
    Q_OBJECT

public:
    static void initMain() { QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); }

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pageRefusesRedirectUri_data();
    void pageRefusesRedirectUri();
    void serverRedirectIsCaughtBeforeLoading();
    void javaScriptNavigationIsCaught();
    void redirectInSubframeIsCaught();
    void userClosedPopup_data();
    void userClosedPopup();
    void profilesAreSeparatePerUser();
    void clearRemovesCookies();
    void clearRemovesUnusedProfileFromDisk();
    void windowOpenUsesSameProfile();
    void redirectInSignInWindowIsCaught();
    void unreachableServerShowsErrorAndRetry();
    void addressShowsHostOnly();

private:
    std::unique_ptr<QTemporaryDir> m_profilesDir;
    std::unique_ptr<BrowserProfiles> m_profiles;
    qint64 m_nextUser = 1;
    QWebEngineProfile *freshProfile() { return m_profiles->profileFor(m_nextUser++); }
};

void TestConnectPopup::initTestCase()
{
    m_profilesDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_profilesDir->isValid());
    m_profiles = std::make_unique<BrowserProfiles>(m_profilesDir->path());
}

void TestConnectPopup::cleanupTestCase()
{
    m_profiles.reset();
    m_profilesDir.reset();
}

void TestConnectPopup::pageRefusesRedirectUri_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("allowHits");
    QTest::newRow("server redirect") << QStringLiteral("document.getElementById('allow').click();") << 1;
    QTest::newRow("javascript") << QStringLiteral("go();") << 0;
}

// The page alone, without the popup stopping it: the navigation itself is refused.
void TestConnectPopup::pageRefusesRedirectUri()
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

void TestConnectPopup::serverRedirectIsCaughtBeforeLoading()
{
    RedirectTarget target;
    QVERIFY(target.isListening());
    LocalSite site;
    QVERIFY(site.isListening());
    site.page(QStringLiteral("/authorize"),
              QByteArrayLiteral("<a id=\"allow\" href=\"/allow\">Allow</a>"));
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

void TestConnectPopup::javaScriptNavigationIsCaught()
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

void TestConnectPopup::redirectInSubframeIsCaught()
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

void TestConnectPopup::userClosedPopup_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("window close") << QStringLiteral("close");
    QTest::newRow("cancel button") << QStringLiteral("cancel");
    QTest::newRow("escape key") << QStringLiteral("escape");
}

void TestConnectPopup::userClosedPopup()
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

void TestConnectPopup::profilesAreSeparatePerUser()
{
    LocalSite site;
    site.page(QStringLiteral("/login"), [](const QHttpServerRequest &) {
        QHttpServerResponse response = html(QByteArrayLiteral("<p>Signed in</p>"));
        addHeader(response, QByteArrayLiteral("Set-Cookie"),
                  QByteArrayLiteral("sc_session=user-one-secret; Max-Age=3600; Path=/; HttpOnly"));
        return response;
    });
    site.page(QStringLiteral("/echo"), QByteArrayLiteral("<p>Echo</p>"));

    const qint64 userA = m_nextUser++;
    const qint64 userB = m_nextUser++;
    QWebEngineProfile *profileA = m_profiles->profileFor(userA);
    QWebEngineProfile *profileB = m_profiles->profileFor(userB);
    QVERIFY(profileA != profileB);
    QCOMPARE(m_profiles->profileFor(userA), profileA);  // kept, not recreated
    QVERIFY(!profileA->isOffTheRecord());
    QCOMPARE(profileA->persistentStoragePath(), m_profiles->storagePathFor(userA));
    QVERIFY(profileA->persistentStoragePath().endsWith(QStringLiteral("/user-%1").arg(userA)));
    QVERIFY(profileA->cachePath().startsWith(profileA->persistentStoragePath()));
    QCOMPARE(profileA->persistentCookiesPolicy(), QWebEngineProfile::AllowPersistentCookies);

    QWebEnginePage pageA(profileA);
    pageA.load(site.url(QStringLiteral("/login")));
    QVERIFY(waitForLoad(&pageA));
    pageA.load(site.url(QStringLiteral("/echo")));
    QVERIFY(waitForLoad(&pageA));
    QCOMPARE(site.lastCookie(QStringLiteral("/echo")), QByteArrayLiteral("sc_session=user-one-secret"));

    QWebEnginePage pageB(profileB);
    pageB.load(site.url(QStringLiteral("/echo")));
    QVERIFY(waitForLoad(&pageB));
    QCOMPARE(site.hitCount(QStringLiteral("/echo")), 2);
    QCOMPARE(site.lastCookie(QStringLiteral("/echo")), QByteArray());
}

void TestConnectPopup::clearRemovesCookies()
{
    LocalSite site;
    site.page(QStringLiteral("/login"), [](const QHttpServerRequest &) {
        QHttpServerResponse response = html(QByteArrayLiteral("<p>Signed in</p>"));
        addHeader(response, QByteArrayLiteral("Set-Cookie"),
                  QByteArrayLiteral("sc_session=to-be-cleared; Max-Age=3600; Path=/"));
        return response;
    });
    site.page(QStringLiteral("/echo"), QByteArrayLiteral("<p>Echo</p>"));

    const qint64 user = m_nextUser++;
    QWebEngineProfile *profile = m_profiles->profileFor(user);
    QWebEnginePage page(profile);
    page.load(site.url(QStringLiteral("/login")));
    QVERIFY(waitForLoad(&page));
    page.load(site.url(QStringLiteral("/echo")));
    QVERIFY(waitForLoad(&page));
    QCOMPARE(site.lastCookie(QStringLiteral("/echo")), QByteArrayLiteral("sc_session=to-be-cleared"));

    m_profiles->clear(user);
    QCOMPARE(m_profiles->profileFor(user), profile);  // same profile, emptied
    page.load(site.url(QStringLiteral("/echo")));
    QVERIFY(waitForLoad(&page));
    QCOMPARE(site.hitCount(QStringLiteral("/echo")), 2);
    QCOMPARE(site.lastCookie(QStringLiteral("/echo")), QByteArray());
}

void TestConnectPopup::clearRemovesUnusedProfileFromDisk()
{
    const qint64 user = m_nextUser++;
    const QString path = m_profiles->storagePathFor(user);
    QVERIFY(QDir().mkpath(path + QStringLiteral("/Local Storage")));
    QFile leftOver(path + QStringLiteral("/Local Storage/000003.log"));
    QVERIFY(leftOver.open(QIODevice::WriteOnly));
    leftOver.write("session of a previous run");
    leftOver.close();

    m_profiles->clear(user);
    QVERIFY(!QFileInfo::exists(path));
    // Later use starts from scratch.
    QVERIFY(m_profiles->profileFor(user));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(!QFileInfo::exists(leftOver.fileName()));
}

void TestConnectPopup::windowOpenUsesSameProfile()
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

void TestConnectPopup::redirectInSignInWindowIsCaught()
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

void TestConnectPopup::unreachableServerShowsErrorAndRetry()
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

void TestConnectPopup::addressShowsHostOnly()
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

QTEST_MAIN(TestConnectPopup)
#include "tst_connectpopupredirect.moc"
