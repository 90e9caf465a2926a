#include "TestSuite.h"
#include "accounts/PasswordHasher.h"

#include <QTest>

using namespace waveshelf;

namespace {
// Where the Argon2id cost is not what a test checks, libsodium's interactive
// limits keep it fast; storedFormatIsArgon2id and the dummy hash check the defaults.
constexpr KdfLimits kLimits = KdfLimits::interactive();
}  // namespace

class TestPasswordHasher final : public QObject {
    Q_OBJECT

private slots:
    void verifyAcceptsTheRightPassword();
    void verifyRejectsAWrongPassword();
    void hashIsNotThePassword();
    void twoHashesOfOnePasswordDiffer();
    void storedFormatIsArgon2id();
    void unicodePasswordIsNormalised();
    void malformedStoredHashIsRejected();
    void dummyHashMatchesCurrentParameters();
};

void TestPasswordHasher::verifyAcceptsTheRightPassword()
{
    const Result<QByteArray> hash = PasswordHasher::hash(QStringLiteral("correct horse battery"), kLimits);
    QVERIFY(hash.ok());
    QVERIFY(PasswordHasher::verify(hash.value(), QStringLiteral("correct horse battery")));
}

void TestPasswordHasher::verifyRejectsAWrongPassword()
{
    const Result<QByteArray> hash = PasswordHasher::hash(QStringLiteral("correct horse battery"), kLimits);
    QVERIFY(hash.ok());
    QVERIFY(!PasswordHasher::verify(hash.value(), QStringLiteral("correct horse batterY")));
    QVERIFY(!PasswordHasher::verify(hash.value(), QStringLiteral("correct horse battery ")));
    QVERIFY(!PasswordHasher::verify(hash.value(), QString()));
}

void TestPasswordHasher::hashIsNotThePassword()
{
    const QString password = QStringLiteral("plain-secret-123");
    const Result<QByteArray> hash = PasswordHasher::hash(password, kLimits);
    QVERIFY(hash.ok());
    QVERIFY(!hash.value().contains(password.toUtf8()));
    QVERIFY(!hash.value().contains(password.toUtf8().toBase64()));
}

void TestPasswordHasher::twoHashesOfOnePasswordDiffer()
{
    const Result<QByteArray> first = PasswordHasher::hash(QStringLiteral("same password"), kLimits);
    const Result<QByteArray> second = PasswordHasher::hash(QStringLiteral("same password"), kLimits);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value() != second.value());  // a fresh salt each time
    QVERIFY(PasswordHasher::verify(first.value(), QStringLiteral("same password")));
    QVERIFY(PasswordHasher::verify(second.value(), QStringLiteral("same password")));
}

void TestPasswordHasher::storedFormatIsArgon2id()
{
    const Result<QByteArray> hash = PasswordHasher::hash(QStringLiteral("format check"));
    QVERIFY(hash.ok());
    QVERIFY2(hash.value().startsWith("$argon2id$v=19$"), hash.value().constData());
    // The recommended (MODERATE) limits: 256 MiB, 3 passes.
    QVERIFY2(hash.value().contains("$m=262144,t=3,p=1$"), hash.value().constData());
    QVERIFY(!PasswordHasher::needsRehash(hash.value()));
    // INTERACTIVE limits when asked for (tests), and never less.
    const Result<QByteArray> cheap = PasswordHasher::hash(QStringLiteral("format check"), KdfLimits{1, 8192});
    QVERIFY2(cheap.value().contains("$m=65536,t=2,p=1$"), cheap.value().constData());
    QVERIFY(PasswordHasher::needsRehash(cheap.value()));
    QCOMPARE(PasswordHasher::limitsOf(cheap.value())->memLimit, KdfLimits::interactive().memLimit);
}

void TestPasswordHasher::unicodePasswordIsNormalised()
{
    const QString composed = QStringLiteral(u"caf\u00e9-passw\u00f6rd");
    const QString decomposed = QStringLiteral(u"cafe\u0301-passwo\u0308rd");
    QVERIFY(composed != decomposed);
    const Result<QByteArray> hash = PasswordHasher::hash(composed, kLimits);
    QVERIFY(hash.ok());
    QVERIFY(PasswordHasher::verify(hash.value(), decomposed));
    QVERIFY(!PasswordHasher::verify(hash.value(), QStringLiteral("cafe-passwrd")));
}

void TestPasswordHasher::malformedStoredHashIsRejected()
{
    QVERIFY(!PasswordHasher::verify(QByteArray(), QStringLiteral("anything")));
    QVERIFY(!PasswordHasher::verify(QByteArrayLiteral("anything"), QStringLiteral("anything")));
    QVERIFY(!PasswordHasher::verify(QByteArray(500, '$'), QStringLiteral("anything")));
    QVERIFY(PasswordHasher::needsRehash(QByteArrayLiteral("$2y$10$notargon")));
}

void TestPasswordHasher::dummyHashMatchesCurrentParameters()
{
    // The dummy must cost what a real hash costs, or unknown users log in faster.
    const QByteArray dummy = PasswordHasher::dummyHash();
    QVERIFY(dummy.startsWith("$argon2id$"));
    QVERIFY(!PasswordHasher::needsRehash(dummy));
    QVERIFY(!PasswordHasher::verify(dummy, QString()));
    QVERIFY(!PasswordHasher::verify(dummy, QStringLiteral("password")));
    // The one for tests at interactive limits, too.
    const QByteArray cheap = PasswordHasher::dummyHash(KdfLimits::interactive());
    QVERIFY(!PasswordHasher::needsRehash(cheap, KdfLimits::interactive()));
    QVERIFY(!PasswordHasher::verify(cheap, QStringLiteral("password")));
}

WAVESHELF_TEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
