// Failed local logins slow down per username, known or not, and a success
// clears the record. The throttle answers before any password work is done.
// The record lives in the database: two services on one database (as two
// processes) share it, and its rows look the same for known and unknown names.
// Also run on PostgreSQL (tst_loginbackoff_postgres).

#include "ResultSpy.h"
#include "TestDataDir.h"
#include "TestSuite.h"
#include "accounts/AccountService.h"
#include "accounts/LoginThrottle.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace waveshelf;

class TestLoginBackoff final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { WAVESHELF_SKIP_WITHOUT_POSTGRES(); }
    void init() { m_dir = std::make_unique<test::TestDataDir>(); }  // a fresh database per test
    void cleanup() { m_dir.reset(); }
    void firstFailuresAreFree();
    void delaysDoubleAndCap();
    void successClears();
    void serviceThrottlesKnownAndUnknownAlike();
    void twoServicesOnOneDatabaseShareTheBackoff();
    void rowsRevealNoUsername();

private:
    static Error attempt(AccountService &service, const QString &name, const QString &password, bool *loggedIn);
    static void createUser(AccountService &service, const QString &name, const QString &password);
    static QList<QVariantList> backoffRows(Database &db);

    std::unique_ptr<test::TestDataDir> m_dir;
};

void TestLoginBackoff::firstFailuresAreFree()
{
    auto db = Database::open(m_dir->databaseLocation());
    QVERIFY(db.ok());
    LoginThrottle throttle(*db.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i) {
        QVERIFY(throttle.recordFailure(QStringLiteral("dana"), now).ok());
        QVERIFY(!throttle.blockedUntil(QStringLiteral("dana"), now).value());
    }
    QVERIFY(throttle.recordFailure(QStringLiteral("dana"), now).ok());
    QCOMPARE(throttle.blockedUntil(QStringLiteral("dana"), now).value(), now.addSecs(1));
    QVERIFY(!throttle.blockedUntil(QStringLiteral("other"), now).value());
}

void TestLoginBackoff::delaysDoubleAndCap()
{
    auto db = Database::open(m_dir->databaseLocation());
    QVERIFY(db.ok());
    LoginThrottle throttle(*db.value());
    QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < LoginThrottle::kFreeAttempts; ++i)
        QVERIFY(throttle.recordFailure(QStringLiteral("k"), now).ok());
    qint64 expected = 1;
    for (int i = 0; i < 12; ++i) {
        QVERIFY(throttle.recordFailure(QStringLiteral("k"), now).ok());
        QCOMPARE(now.secsTo(*throttle.blockedUntil(QStringLiteral("k"), now).value()), expected);
        expected = qMin<qint64>(expected * 2, LoginThrottle::kMaxDelaySeconds);
        now = now.addSecs(120);  // waited it out; fails again
    }
}

void TestLoginBackoff::successClears()
{
    auto db = Database::open(m_dir->databaseLocation());
    QVERIFY(db.ok());
    LoginThrottle throttle(*db.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 6; ++i)
        QVERIFY(throttle.recordFailure(QStringLiteral("k"), now).ok());
    QVERIFY(throttle.blockedUntil(QStringLiteral("k"), now).value());
    QVERIFY(throttle.recordSuccess(QStringLiteral("k")).ok());
    QVERIFY(!throttle.blockedUntil(QStringLiteral("k"), now).value());
}

Error TestLoginBackoff::attempt(AccountService &service, const QString &name, const QString &password, bool *loggedIn)
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
    auto db = Database::open(m_dir->databaseLocation());
    QVERIFY(db.ok());
    UserRepository users(*db.value());
    AccountService service(users);
    service.setKdfLimits(KdfLimits::interactive());  // many logins; the limits are not under test
    QDateTime now = QDateTime::currentDateTimeUtc();
    service.setClock([&now] { return now; });
    createUser(service, QStringLiteral("Dana"), QStringLiteral("dana-secret"));

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

void TestLoginBackoff::createUser(AccountService &service, const QString &name, const QString &password)
{
    test::ResultSpy<UserSession> created;
    service.createAccount(name, password, created.context(), created.callback());
    QVERIFY(created.wait(20'000));
    QCOMPARE(created.okCount(), 1);
}

QList<QVariantList> TestLoginBackoff::backoffRows(Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name_hash, failures, next_allowed_ms FROM login_backoff ORDER BY name_hash"));
    QList<QVariantList> rows;
    while (query.next())
        rows.append({query.value(0), query.value(1), query.value(2)});
    return rows;
}

void TestLoginBackoff::twoServicesOnOneDatabaseShareTheBackoff()
{
    // Two processes: each its own connection to the same file, its own service.
    const QString path = m_dir->databaseLocation();
    auto firstDb = Database::open(path);
    QVERIFY(firstDb.ok());
    UserRepository firstUsers(*firstDb.value());
    AccountService first(firstUsers);
    first.setKdfLimits(KdfLimits::interactive());
    createUser(first, QStringLiteral("Dana"), QStringLiteral("dana-secret"));
    bool loggedIn = false;
    for (int i = 0; i <= LoginThrottle::kFreeAttempts; ++i)
        QCOMPARE(attempt(first, QStringLiteral("dana"), QStringLiteral("wrong-password"), &loggedIn).kind,
                 ErrorKind::WrongCredentials);

    auto secondDb = Database::open(path);
    QVERIFY(secondDb.ok());
    UserRepository secondUsers(*secondDb.value());
    AccountService second(secondUsers);
    second.setKdfLimits(KdfLimits::interactive());
    // The first process's failures count here: the right password waits.
    const QDateTime failedAt = QDateTime::currentDateTimeUtc();
    second.setClock([failedAt] { return failedAt; });
    const Error blocked = attempt(second, QStringLiteral("DANA"), QStringLiteral("dana-secret"), &loggedIn);
    QVERIFY(!loggedIn);
    QCOMPARE(blocked.kind, ErrorKind::RateLimited);
    QVERIFY(!second.isBusy());

    // Once the wait is over a success in the second clears it for the first.
    second.setClock([failedAt] { return failedAt.addSecs(5); });
    (void)attempt(second, QStringLiteral("dana"), QStringLiteral("dana-secret"), &loggedIn);
    QVERIFY(loggedIn);
    QVERIFY(backoffRows(*firstDb.value()).isEmpty());
    QCOMPARE(attempt(first, QStringLiteral("dana"), QStringLiteral("wrong-password"), &loggedIn).kind,
             ErrorKind::WrongCredentials);
}

void TestLoginBackoff::rowsRevealNoUsername()
{
    // Same failures for a known and an unknown name: the same kind of row,
    // and nothing in the table is the name or a plain hash of it.
    auto db = Database::open(m_dir->databaseLocation());
    QVERIFY(db.ok());
    UserRepository users(*db.value());
    AccountService service(users);
    service.setKdfLimits(KdfLimits::interactive());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    service.setClock([now] { return now; });
    createUser(service, QStringLiteral("Known"), QStringLiteral("known-secret"));
    bool loggedIn = false;
    for (const QString &name : {QStringLiteral("known"), QStringLiteral("unknown")}) {
        for (int i = 0; i <= LoginThrottle::kFreeAttempts; ++i)
            QCOMPARE(attempt(service, name, QStringLiteral("wrong-password"), &loggedIn).kind,
                     ErrorKind::WrongCredentials);
    }
    const QList<QVariantList> rows = backoffRows(*db.value());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).at(1), rows.at(1).at(1));  // failures
    QCOMPARE(rows.at(0).at(2), rows.at(1).at(2));  // next allowed
    LoginThrottle throttle(*db.value());
    QStringList hashes;
    for (const QString &name : {QStringLiteral("KNOWN"), QStringLiteral("Unknown")})
        hashes.append(throttle.nameHash(name).value());
    hashes.sort();
    QCOMPARE(rows.at(0).at(0).toString(), hashes.at(0));
    QCOMPARE(rows.at(1).at(0).toString(), hashes.at(1));
    for (const QVariantList &row : rows) {
        const QString stored = row.at(0).toString();
        QCOMPARE(stored.size(), 64);  // 32 bytes, hex
        QVERIFY(!stored.contains(QStringLiteral("known"), Qt::CaseInsensitive));
        for (const QByteArray &plain : {QByteArrayLiteral("known"), QByteArrayLiteral("unknown")}) {
            for (auto algorithm : {QCryptographicHash::Sha256, QCryptographicHash::Blake2b_256})
                QVERIFY(stored != QString::fromLatin1(QCryptographicHash::hash(plain, algorithm).toHex()));
        }
    }
    // Another database keys its hashes differently.
    const test::TestDataDir otherDir;
    auto other = Database::open(otherDir.databaseLocation());
    QVERIFY(other.ok());
    LoginThrottle otherThrottle(*other.value());
    QVERIFY(otherThrottle.nameHash(QStringLiteral("known")).value()
            != throttle.nameHash(QStringLiteral("known")).value());
}

WAVESHELF_TEST_GUILESS_MAIN(TestLoginBackoff)
#include "tst_loginbackoff.moc"
