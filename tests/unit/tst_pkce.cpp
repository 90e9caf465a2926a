#include "TestSuite.h"
#include "auth/Pkce.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace waveshelf;

namespace {

const QByteArray kUnreserved = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
const QByteArray kBase64Url = QByteArrayLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

bool onlyFrom(const QByteArray &value, const QByteArray &alphabet)
{
    for (const char c : value) {
        if (!alphabet.contains(c))
            return false;
    }
    return true;
}

}  // namespace

class TestPkce final : public QObject {
    Q_OBJECT

private slots:
    void challengeVectors_data();
    void challengeVectors();
    void challengeIsNotTheVerifier();
    void verifierAlphabetAndLength();
    void verifiersAreUnique();
    void verifierCharactersAreUnbiased();
    void stateShapeAndUniqueness();
    void isValidVerifier_data();
    void isValidVerifier();
};

void TestPkce::challengeVectors_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<QByteArray>("challenge");
    // RFC 7636, Appendix B.
    QTest::newRow("rfc7636-appendix-b") << QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
                                        << QByteArrayLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    // SHA-256 of "" and "abc" (FIPS 180-2), base64url without padding: exercises '-' and '_'.
    QTest::newRow("sha256-empty") << QByteArray() << QByteArrayLiteral("47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU");
    QTest::newRow("sha256-abc") << QByteArrayLiteral("abc")
                                << QByteArrayLiteral("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
}

void TestPkce::challengeVectors()
{
    QFETCH(QByteArray, verifier);
    QFETCH(QByteArray, challenge);
    QCOMPARE(Pkce::challengeFor(verifier), challenge);
}

void TestPkce::challengeIsNotTheVerifier()
{
    const QByteArray verifier = Pkce::generateVerifier();
    const QByteArray challenge = Pkce::challengeFor(verifier);
    QVERIFY(challenge != verifier);
    QCOMPARE(challenge.size(), 43);  // 32 bytes, base64url, no padding
    QVERIFY(!challenge.contains('='));
    QVERIFY(onlyFrom(challenge, kBase64Url));
    QCOMPARE(Pkce::challengeFor(verifier), challenge);  // deterministic
}

void TestPkce::verifierAlphabetAndLength()
{
    for (int i = 0; i < 500; ++i) {
        const QByteArray verifier = Pkce::generateVerifier();
        QCOMPARE(verifier.size(), 64);
        QVERIFY2(onlyFrom(verifier, kUnreserved), "verifier has a character outside [A-Za-z0-9-._~]");
        QVERIFY(Pkce::isValidVerifier(verifier));
    }
}

void TestPkce::verifiersAreUnique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 2000; ++i)
        seen.insert(Pkce::generateVerifier());
    QCOMPARE(seen.size(), 2000);
}

// A modulo-biased draw (byte % 66) favours 58 of the 66 characters by 4:3,
// which puts chi-square near 900 over this sample. An unbiased source stays
// near 65 (the degrees of freedom); 150 is beyond p = 1e-8.
void TestPkce::verifierCharactersAreUnbiased()
{
    QHash<char, int> counts;
    constexpr int draws = 2000;
    for (int i = 0; i < draws; ++i) {
        for (const char c : Pkce::generateVerifier())
            ++counts[c];
    }
    QCOMPARE(counts.size(), kUnreserved.size());  // every character occurs
    const double expected = draws * 64.0 / kUnreserved.size();
    double chiSquare = 0;
    for (const char c : kUnreserved) {
        const double diff = counts.value(c) - expected;
        chiSquare += diff * diff / expected;
    }
    QVERIFY2(chiSquare < 150.0, qPrintable(QStringLiteral("chi-square %1").arg(chiSquare)));
}

void TestPkce::stateShapeAndUniqueness()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 2000; ++i) {
        const QByteArray state = Pkce::generateState();
        QVERIFY(state.size() >= 22);  // >= 128 bits in base64
        QVERIFY2(onlyFrom(state, kBase64Url), "state is not URL-safe");
        seen.insert(state);
    }
    QCOMPARE(seen.size(), 2000);
    QVERIFY(Pkce::generateState() != Pkce::generateVerifier().left(43));
}

void TestPkce::isValidVerifier_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("42 chars") << QByteArray(42, 'a') << false;
    QTest::newRow("43 chars") << QByteArray(43, 'a') << true;
    QTest::newRow("128 chars") << QByteArray(128, '~') << true;
    QTest::newRow("129 chars") << QByteArray(129, 'a') << false;
    QTest::newRow("all unreserved") << kUnreserved.left(66) << true;
    QTest::newRow("rfc vector") << QByteArrayLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") << true;
    QTest::newRow("plus") << QByteArray(QByteArray(42, 'a') + '+') << false;
    QTest::newRow("slash") << QByteArray(QByteArray(42, 'a') + '/') << false;
    QTest::newRow("padding") << QByteArray(QByteArray(42, 'a') + '=') << false;
    QTest::newRow("space") << QByteArray(QByteArray(42, 'a') + ' ') << false;
    QTest::newRow("percent") << QByteArray(QByteArray(42, 'a') + '%') << false;
    QTest::newRow("nul") << QByteArray(QByteArray(42, 'a') + '\0') << false;
    QTest::newRow("non-ascii") << QByteArray(QByteArray(42, 'a') + "\xc3\xa9") << false;
}

void TestPkce::isValidVerifier()
{
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

WAVESHELF_TEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
