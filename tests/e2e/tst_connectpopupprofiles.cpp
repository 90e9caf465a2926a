// Browser profiles of the sign-in popup: one per user, kept on disk, and cleared.

#include "LocalSite.h"
#include "PopupTestCase.h"
#include "TestSuite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace popuptest;
using namespace waveshelf;

class TestConnectPopupProfiles final : public PopupTestCase {
    Q_OBJECT

private slots:
    void profilesAreSeparatePerUser();
    void clearRemovesCookies();
    void clearRemovesUnusedProfileFromDisk();
};

void TestConnectPopupProfiles::profilesAreSeparatePerUser()
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

void TestConnectPopupProfiles::clearRemovesCookies()
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

void TestConnectPopupProfiles::clearRemovesUnusedProfileFromDisk()
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

WAVESHELF_TEST_MAIN(TestConnectPopupProfiles)
#include "tst_connectpopupprofiles.moc"
