// FollowClient against the sandbox (PUT / DELETE /me/followings/{urn}): a follow
// comes first in the Following list and counts in /me, an unfollow leaves it,
// both twice are no error; the follow limit (422) and a missing person (404)
// are said in plain words; a urn that is not a user's sends nothing.

#include "ConnectedUserFixture.h"
#include "ResultSpy.h"
#include "SandboxHost.h"
#include "TestSuite.h"
#include "network/ApiClient.h"
#include "network/FollowClient.h"
#include "network/PageCursor.h"
#include "soundcloud/ApiJson.h"
#include "soundcloud/LibraryList.h"

#include <QTest>

#include <memory>

using namespace waveshelf;
using sandbox::SandboxHost;

namespace {

constexpr int kTimeoutMs = 10'000;
constexpr qint64 kCarol = 1003;
const QString kDave = QStringLiteral("soundcloud:users:1004");

}  // namespace

class TestFollowClient final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void followAndUnfollow();
    void followLimitIsNamed();
    void missingPersonAndBadUrn();

private:
    Result<void> setFollowing(const QString &urn, bool follow);
    QStringList following();

    SandboxHost m_sandbox;
    std::unique_ptr<test::ConnectedUserFixture> m_user;
};

void TestFollowClient::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestFollowClient::init()
{
    m_sandbox.resetFollowings();
    m_user = std::make_unique<test::ConnectedUserFixture>(m_sandbox);
    QVERIFY(m_user->connectAs(QStringLiteral("carol"), QStringLiteral("carol-password")));
    m_sandbox.resetCounters();
}

void TestFollowClient::cleanup()
{
    m_user.reset();
}

Result<void> TestFollowClient::setFollowing(const QString &urn, bool follow)
{
    FollowClient follows(m_user->api());
    test::ResultSpy<void> spy;
    follows.setFollowing(urn, QStringLiteral("dj-dave"), follow, spy.context(), spy.callback());
    if (!spy.wait(kTimeoutMs))
        return Error{ErrorKind::Unreachable, QStringLiteral("timed out")};
    return spy.at(0);
}

QStringList TestFollowClient::following()
{
    PageCursor<SoundCloudUser> cursor(m_user->api(), &ApiJson::parseUserPage, &UserPage::users);
    cursor.restart(m_user->api().firstPage(LibraryList::of(LibraryList::Kind::Followings)));
    test::ResultSpy<QList<SoundCloudUser>> spy;
    cursor.collect(0, spy.context(), spy.callback());
    QStringList urns;
    if (spy.wait(kTimeoutMs) && spy.at(0).ok()) {
        for (const SoundCloudUser &user : spy.at(0).value())
            urns.append(user.urn);
    }
    return urns;
}

void TestFollowClient::followAndUnfollow()
{
    QVERIFY(following().isEmpty());
    QVERIFY(setFollowing(kDave, true).ok());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/me/followings/") + kDave), 1);
    QCOMPARE(following(), QStringList{kDave});
    QVERIFY(setFollowing(kDave, true).ok());  // again: no error
    QVERIFY(setFollowing(QStringLiteral("soundcloud:users:1001"), true).ok());
    QCOMPARE(following(), QStringList({QStringLiteral("soundcloud:users:1001"), kDave}));  // newest first
    QCOMPARE(m_sandbox.followingIds(kCarol), QList<qint64>({1001, 1004}));

    QVERIFY(setFollowing(kDave, false).ok());
    QVERIFY(setFollowing(kDave, false).ok());  // again: no error
    QCOMPARE(following(), QStringList{QStringLiteral("soundcloud:users:1001")});
}

void TestFollowClient::followLimitIsNamed()
{
    m_sandbox.setFollowLimit(1);
    QVERIFY(setFollowing(QStringLiteral("soundcloud:users:1001"), true).ok());
    const Result<void> refused = setFollowing(kDave, true);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
    QVERIFY2(refused.error().message.contains(QStringLiteral("did not let you follow dj-dave"))
                 && refused.error().message.contains(QStringLiteral("as many people as it allows"))
                 && refused.error().message.contains(QStringLiteral("maximum number of followings")),
             qPrintable(refused.error().message));
    QCOMPARE(m_sandbox.followingIds(kCarol), QList<qint64>({1001}));
    // Yourself: SoundCloud's own reason.
    const Result<void> self = setFollowing(QStringLiteral("soundcloud:users:1003"), true);
    QVERIFY(!self.ok());
    QCOMPARE(self.error().kind, ErrorKind::AccessDenied);
}

void TestFollowClient::missingPersonAndBadUrn()
{
    const Result<void> missing = setFollowing(QStringLiteral("soundcloud:users:99999999"), true);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("dj-dave")));
    m_sandbox.resetCounters();
    const Result<void> bad = setFollowing(QStringLiteral("soundcloud:tracks:1"), true);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(m_sandbox.apiRequestCount(), 0);
}

WAVESHELF_TEST_MAIN(TestFollowClient)
#include "tst_followclient.moc"
