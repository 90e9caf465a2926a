// Failed local logins slow down per username, known or not, and a success
// clears the record. The throttle answers before any password work is done.

#include "ResultSpy.h"
#include "TestDataDir.h"
#include "accounts/AccountService.h"
#include "accounts/LoginThrottle.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QTest>

using namespace waveshelf;

class TestLoginBackoff final : public QObject {
    Q_OBJECT

private slots:
    void firstFailuresAreFree();
    void delaysDoubleAndCap();
    void successClears();
    void serviceThrottlesKnownAndUnknownAlike();

private:
    static Error attempt(AccountService &service, const QString &name, const QString &password, bool *loggedIn);
};

void TestLoginBackoff::firstFailuresAreFree()
{
    LoginThrottle throttle;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i) {
        throttle.recordFailure(QStringLiteral("dana"), now);
        QVERIFY(!throttle.blockedUntil(QStringLiteral("dana"), now));
    }
    throttle.recordFailure(QStringLiteral("dana"), now);
    QCOMPARE(throttle.blockedUntil(QStringLiteral("dana"), now), now.addSecs(1));
    QVERIFY(!throttle.blockedUntil(QStringLiteral("other"), now));
}

void TestLoginBackoff::delaysDoubleAndCap()
{
    LoginThrottle throttle;
    QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i)
        throttle.recordFailure(QStringLiteral("k"), now);
    qint64 expected = 1;
    for (int i = 0; i < 12; ++i) {
        throttle.recordFailure(QStringLiteral("k"), now);
        QCOMPARE(now.secsTo(*throttle.blockedUntil(QStringLiteral("k"), now)), expected);
        expected = qMin<qint64>(expected * 2, LoginThrottle::kMaxDelaySeconds);
        now = now.addSecs(120);  // waited it out; fails again
    }
}

void TestLoginBackoff::successClears()
{
    LoginThrottle throttle;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 6; ++i)
        throttle.recordFailure(QStringLiteral("k"), now);
    QVERIFY(throttle.blockedUntil(QStringLiteral("k"), now));
    throttle.recordSuccess(QStringLiteral("k"));
    QVERIFY(!throttle.blockedUntil(QStringLiteral("k"), now));
}

Error TestLoginBackoff::attempt(AccountService &service, const QString &name, const QString &password,
                                bool *loggedIn)
{
    test::ResultSpy<UserSession> answer;
    service.logIn(name, password, answer.context(), answer.callback());
    if (!answer.wait(20'000))
        return Error{ErrorKind::Protocol, QStringLiteral("no answer"), {}};
    *loggedIn = answer.okCount() > 0;
    return answer.firstError();
}

void TestLoginBackoff::serviceThrottlesKnownAndUnknownAlike()
{
    test::TestDataDir dir;
    auto db = Database::open(dir.config().databasePath());
    QVERIFY(db.ok());
    UserRepository users(*db.value());
    AccountService service(users);
    QDateTime now = QDateTime::currentDateTimeUtc();
    service.setClock([&now] { return now; });
    {
        test::ResultSpy<UserSession> created;
        service.createAccount(QStringLiteral("Dana"), QStringLiteral("dana-secret"), created.context(),
                              created.callback());
        QVERIFY(created.wait(20'000));
        QCOMPARE(created.okCount(), 1);
    }

    for (const QString &name : {QStringLiteral("dana"), QStringLiteral("nobody")}) {
        bool loggedIn = false;
        for (int i = 0; i <= LoginThrottle::kFreeAttempts; ++i) {
            const Error error = attempt(service, name, QStringLiteral("wrong-password"), &loggedIn);
            QCOMPARE(error.kind, ErrorKind::WrongCredentials);
        }
        // Now even the right password waits, and says how long.
        const Error blocked = attempt(service, name, QStringLiteral("dana-secret"), &loggedIn);
        QVERIFY(!loggedIn);
        QCOMPARE(blocked.kind, ErrorKind::RateLimited);
        QVERIFY2(blocked.message.contains(QStringLiteral("1 second")), qPrintable(blocked.message));
        QVERIFY(!service.isBusy());  // refused before any Argon2 work
    }

    // Another name is not affected; after the wait the right password works.
    now = now.addSecs(2);
    bool loggedIn = false;
    const Error error = attempt(service, QStringLiteral("DANA"), QStringLiteral("dana-secret"), &loggedIn);
    QVERIFY2(loggedIn, qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestLoginBackoff)
#include "tst_loginbackoff.moc"
