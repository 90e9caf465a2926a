#include "TestSuite.h"
#include "accounts/AccountService.h"
#include "accounts/PasswordHasher.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include "ResultSpy.h"
#include "TestDataDir.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace waveshelf;
using SessionSpy = test::ResultSpy<UserSession>;

namespace {

constexpr int kTimeoutMs = 30000;  // Argon2 on a busy CI machine
const QString kPassword = QStringLiteral("correct horse");

UserSession sessionFrom(const SessionSpy &spy)
{
    return spy.isEmpty() || !spy.at(0).ok() ? UserSession{} : spy.at(0).value();
}

}  // namespace

class TestAccountService final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createThenLogIn();
    void usernameIsTrimmed();
    void invalidInputIsRefusedAtOnce_data();
    void invalidInputIsRefusedAtOnce();
    void duplicateUsernameIsRefused();
    void wrongPasswordAndUnknownUserFailAlike();
    void secondRequestWhileBusyIsIgnored();
    void slowWorkRunsOffTheCallingThread();
    void deletingTheServiceDuringCreateDropsTheResult();
    void deletingTheServiceDuringLogInDoesNotCrash();
    void deletingTheContextDropsTheResult();
    void logInCreatesAMissingVault();
    void damagedVaultIsACryptoError();

private:
    // Runs a request and waits for its outcome; returns false on timeout.
    bool createAndWait(const QString &username, const QString &password, UserSession *session = nullptr);
    Error logInExpectingFailure(const QString &username, const QString &password, qint64 *elapsedMs = nullptr);

    std::unique_ptr<test::TestDataDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<AccountService> m_service;
};

void TestAccountService::init()
{
    m_dir = std::make_unique<test::TestDataDir>();
    auto db = Database::open(m_dir->path() + QStringLiteral("/waveshelf.db"));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    m_users = std::make_unique<UserRepository>(*m_db);
    m_service = std::make_unique<AccountService>(*m_users);
    // What this suite checks does not depend on the Argon2id cost (the default
    // limits and the upgrade to them are tst_vaultrekey's): interactive keeps it fast.
    m_service->setKdfLimits(KdfLimits::interactive());
}

void TestAccountService::cleanup()
{
    m_service.reset();
    QThreadPool::globalInstance()->waitForDone();  // no job outlives its test
    m_users.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestAccountService::createAndWait(const QString &username, const QString &password, UserSession *session)
{
    SessionSpy created;
    m_service->createAccount(username, password, created.context(), created.callback());
    if (!created.wait(kTimeoutMs))
        return false;
    if (session)
        *session = sessionFrom(created);
    return created.okCount() == 1;
}

Error TestAccountService::logInExpectingFailure(const QString &username, const QString &password, qint64 *elapsedMs)
{
    SessionSpy answer;
    QElapsedTimer timer;
    timer.start();
    m_service->logIn(username, password, answer.context(), answer.callback());
    const bool done = answer.wait(kTimeoutMs);
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    if (!done || answer.okCount() > 0)
        return Error{ErrorKind::Protocol, QStringLiteral("unexpected outcome"), QStringLiteral("test")};
    return answer.firstError();
}

void TestAccountService::createThenLogIn()
{
    QSignalSpy busy(m_service.get(), &AccountService::busyChanged);
    UserSession created;
    QVERIFY(createAndWait(QStringLiteral("Alice"), kPassword, &created));
    QVERIFY(created.user.id > 0);
    QCOMPARE(created.user.username, QStringLiteral("Alice"));
    QVERIFY(created.vault);
    QCOMPARE(created.vault->userId(), created.user.id);
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QVERIFY(!m_service->isBusy());

    // What was stored: an Argon2id hash (not the password) and vault material.
    const auto stored = m_users->findByUsername(QStringLiteral("alice"));
    QVERIFY(stored.ok() && stored.value().has_value());
    QVERIFY(stored.value()->passwordHash.startsWith("$argon2id$"));
    QVERIFY(!stored.value()->vault.isEmpty());

    const QByteArray sealed = created.vault->seal(QByteArrayLiteral("kept across logins"),
                                                  QStringLiteral("access_token"));

    SessionSpy loggedIn;
    m_service->logIn(QStringLiteral("  alice "), kPassword, loggedIn.context(), loggedIn.callback());
    QVERIFY(loggedIn.wait(kTimeoutMs));
    QCOMPARE(loggedIn.errorCount(), 0);
    const UserSession session = sessionFrom(loggedIn);
    QCOMPARE(session.user.id, created.user.id);
    QCOMPARE(session.user.username, QStringLiteral("Alice"));
    QVERIFY(session.vault);
    QVERIFY(session.vault != created.vault);
    // Same data key: the new session opens what the first one sealed.
    const Result<QByteArray> opened = session.vault->open(sealed, QStringLiteral("access_token"));
    QVERIFY(opened.ok());
    QCOMPARE(opened.value(), QByteArrayLiteral("kept across logins"));
}

void TestAccountService::usernameIsTrimmed()
{
    UserSession session;
    QVERIFY(createAndWait(QStringLiteral("  Bob \t"), kPassword, &session));
    QCOMPARE(session.user.username, QStringLiteral("Bob"));
}

void TestAccountService::invalidInputIsRefusedAtOnce_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("empty username") << QString() << kPassword;
    QTest::newRow("blank username") << QStringLiteral("   ") << kPassword;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << kPassword;
    QTest::newRow("newline inside") << QStringLiteral("ali\nce") << kPassword;
    QTest::newRow("NUL inside") << QString(QStringLiteral("ali") + QChar(0) + QStringLiteral("ce")) << kPassword;
    QTest::newRow("bidi override") << QStringLiteral(u"ali\u202Ece") << kPassword;
    QTest::newRow("7-character password") << QStringLiteral("alice") << QStringLiteral("1234567");
    QTest::newRow("empty password") << QStringLiteral("alice") << QString();
}

void TestAccountService::invalidInputIsRefusedAtOnce()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QSignalSpy busy(m_service.get(), &AccountService::busyChanged);
    SessionSpy failed;
    m_service->createAccount(username, password, failed.context(), failed.callback());
    QCOMPARE(failed.errorCount(), 1);  // synchronously
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.firstError().kind, ErrorKind::InvalidInput);
    QVERIFY(!failed.firstError().message.isEmpty());
    QVERIFY(!failed.firstError().message.contains(password.isEmpty() ? QStringLiteral("\x01") : password));
    QCOMPARE(busy.size(), 0);
    QVERIFY(!m_service->isBusy());
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
}

void TestAccountService::duplicateUsernameIsRefused()
{
    UserSession first;
    QVERIFY(createAndWait(QStringLiteral("Alice"), kPassword, &first));

    SessionSpy second;
    m_service->createAccount(QStringLiteral("ALICE"), QStringLiteral("another password"), second.context(),
                             second.callback());
    QVERIFY(second.wait(kTimeoutMs));
    QCOMPARE(second.okCount(), 0);
    QCOMPARE(second.firstError().kind, ErrorKind::AlreadyExists);
    QVERIFY(!m_service->isBusy());

    // The original account still works with its own password, not the new one.
    QCOMPARE(logInExpectingFailure(QStringLiteral("alice"), QStringLiteral("another password")).kind,
             ErrorKind::WrongCredentials);
}

void TestAccountService::wrongPasswordAndUnknownUserFailAlike()
{
    QVERIFY(createAndWait(QStringLiteral("Alice"), kPassword));
    qint64 wrongMs = std::numeric_limits<qint64>::max();
    qint64 unknownMs = std::numeric_limits<qint64>::max();
    Error wrong;
    Error unknown;
    for (int round = 0; round < 2; ++round) {  // best of two, to damp scheduling noise
        qint64 elapsed = 0;
        wrong = logInExpectingFailure(QStringLiteral("Alice"), QStringLiteral("wrong password"), &elapsed);
        wrongMs = qMin(wrongMs, elapsed);
        unknown = logInExpectingFailure(QStringLiteral("Nobody"), QStringLiteral("wrong password"), &elapsed);
        unknownMs = qMin(unknownMs, elapsed);
    }
    QCOMPARE(wrong.kind, ErrorKind::WrongCredentials);
    QCOMPARE(unknown.kind, ErrorKind::WrongCredentials);
    QCOMPARE(unknown.message, wrong.message);
    QCOMPARE(unknown.detail, wrong.detail);
    QVERIFY(!wrong.message.isEmpty());
    // An unknown user must cost an Argon2 verify too (a skipped verify is ~0 ms).
    QVERIFY2(unknownMs * 4 >= wrongMs,
             qPrintable(QStringLiteral("unknown user %1 ms, wrong password %2 ms").arg(unknownMs).arg(wrongMs)));
}

void TestAccountService::secondRequestWhileBusyIsIgnored()
{
    QSignalSpy busy(m_service.get(), &AccountService::busyChanged);
    SessionSpy first;
    SessionSpy ignored;  // the calls made while busy: never answered
    m_service->createAccount(QStringLiteral("First"), kPassword, first.context(), first.callback());
    QVERIFY(m_service->isBusy());
    m_service->createAccount(QStringLiteral("Second"), kPassword, ignored.context(), ignored.callback());
    m_service->logIn(QStringLiteral("First"), kPassword, ignored.context(), ignored.callback());
    // even invalid input is not looked at
    m_service->createAccount(QString(), QString(), ignored.context(), ignored.callback());
    QCOMPARE(first.count() + ignored.count(), 0);

    QVERIFY(first.wait(kTimeoutMs));
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();  // the pool is done: deliver any stray queued result
    QCOMPARE(first.okCount(), 1);
    QCOMPARE(first.errorCount(), 0);
    QCOMPARE(ignored.count(), 0);
    QCOMPARE(sessionFrom(first).user.username, QStringLiteral("First"));
    QCOMPARE(busy.size(), 2);
    QVERIFY(!m_users->findByUsername(QStringLiteral("Second")).value().has_value());

    // Once idle, requests are accepted again.
    QVERIFY(createAndWait(QStringLiteral("Second"), kPassword));
}

void TestAccountService::slowWorkRunsOffTheCallingThread()
{
    QVERIFY(createAndWait(QStringLiteral("Alice"), kPassword));

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(1);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();

    SessionSpy loggedIn;
    m_service->logIn(QStringLiteral("Alice"), kPassword, loggedIn.context(), loggedIn.callback());
    // logIn returned before the Argon2 work was done, and that work is on a pool thread.
    QCOMPARE(loggedIn.count(), 0);
    QVERIFY(m_service->isBusy());
    QVERIFY(QThreadPool::globalInstance()->activeThreadCount() >= 1);

    QVERIFY(loggedIn.wait(kTimeoutMs));
    QCOMPARE(loggedIn.okCount(), 1);
    // The event loop kept running meanwhile.
    QVERIFY2(ticks >= 3, qPrintable(QString::number(ticks)));
}

void TestAccountService::deletingTheServiceDuringCreateDropsTheResult()
{
    SessionSpy loggedIn;
    m_service->createAccount(QStringLiteral("Ghost"), kPassword, loggedIn.context(), loggedIn.callback());
    QVERIFY(m_service->isBusy());
    m_service.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();  // the pool is done: deliver whatever it queued
    QCOMPARE(loggedIn.count(), 0);
    // The user row is written only after hashing, on the service's thread: never.
    const auto ghost = m_users->findByUsername(QStringLiteral("Ghost"));
    QVERIFY(ghost.ok());
    QVERIFY(!ghost.value().has_value());
}

void TestAccountService::deletingTheServiceDuringLogInDoesNotCrash()
{
    QVERIFY(createAndWait(QStringLiteral("Alice"), kPassword));
    SessionSpy loggedIn;
    m_service->logIn(QStringLiteral("Alice"), kPassword, loggedIn.context(), loggedIn.callback());
    QVERIFY(m_service->isBusy());
    m_service.reset();
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    // A new service on the same repository works normally.
    QCOMPARE(loggedIn.count(), 0);
    m_service = std::make_unique<AccountService>(*m_users);
    QCOMPARE(logInExpectingFailure(QStringLiteral("Alice"), QStringLiteral("wrong password")).kind,
             ErrorKind::WrongCredentials);
}

void TestAccountService::deletingTheContextDropsTheResult()
{
    // The caller (a page, a dialog) goes away while the job runs: the service
    // finishes the request and becomes idle, and nobody is called.
    QSignalSpy busy(m_service.get(), &AccountService::busyChanged);
    auto created = std::make_unique<SessionSpy>();
    int answered = 0;
    m_service->createAccount(QStringLiteral("Orphan"), kPassword, created->context(),
                             [&answered](const Result<UserSession> &) { ++answered; });
    QVERIFY(m_service->isBusy());
    created.reset();
    QVERIFY(busy.wait(kTimeoutMs));  // busy -> false
    QVERIFY(!m_service->isBusy());
    QCOMPARE(answered, 0);
    // The account was created all the same: it logs in.
    SessionSpy loggedIn;
    m_service->logIn(QStringLiteral("Orphan"), kPassword, loggedIn.context(), loggedIn.callback());
    QVERIFY(loggedIn.wait(kTimeoutMs));
    QCOMPARE(loggedIn.okCount(), 1);
}

void TestAccountService::logInCreatesAMissingVault()
{
    // As if account creation had been interrupted after the user row was written.
    const Result<QByteArray> hash = PasswordHasher::hash(kPassword, KdfLimits::interactive());
    QVERIFY(hash.ok());
    const Result<qint64> id = m_users->create(QStringLiteral("Carol"), hash.value());
    QVERIFY(id.ok());

    SessionSpy loggedIn;
    m_service->logIn(QStringLiteral("carol"), kPassword, loggedIn.context(), loggedIn.callback());
    QVERIFY(loggedIn.wait(kTimeoutMs));
    QCOMPARE(loggedIn.okCount(), 1);
    const UserSession session = sessionFrom(loggedIn);
    QCOMPARE(session.user.id, id.value());
    QVERIFY(session.vault);

    const auto stored = m_users->findByUsername(QStringLiteral("Carol"));
    QVERIFY(stored.ok() && stored.value().has_value());
    QVERIFY(!stored.value()->vault.isEmpty());
    const auto unlocked = Vault::unlock(kPassword, id.value(), stored.value()->vault);
    QVERIFY(unlocked.ok());
    const QByteArray sealed = session.vault->seal(QByteArrayLiteral("x"), QStringLiteral("f"));
    QVERIFY(unlocked.value()->open(sealed, QStringLiteral("f")).ok());
}

void TestAccountService::damagedVaultIsACryptoError()
{
    UserSession alice;
    QVERIFY(createAndWait(QStringLiteral("Alice"), kPassword, &alice));
    // Vault material made for another user id (same password) does not unwrap for Alice.
    const auto foreign = Vault::create(kPassword, alice.user.id + 100, KdfLimits::interactive());
    QVERIFY(foreign.ok());
    QVERIFY(m_users->setVaultMaterial(alice.user.id, foreign.value().second).ok());

    const Error error = logInExpectingFailure(QStringLiteral("Alice"), kPassword);
    QCOMPARE(error.kind, ErrorKind::Crypto);
    QVERIFY(!error.message.isEmpty());
}

WAVESHELF_TEST_GUILESS_MAIN(TestAccountService)
#include "tst_accountservice.moc"
