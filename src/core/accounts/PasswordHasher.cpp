#include "accounts/PasswordHasher.h"

#include "accounts/SecureBytes.h"
#include "common/LogCategories.h"

#include <QCoreApplication>

#include <sodium.h>

namespace waveshelf {

namespace {

constexpr auto kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr auto kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// The hash of 32 random bytes nobody kept (libsodium 1.0.18, INTERACTIVE limits).
// tst_passwordhasher checks it still matches the current parameters.
constexpr char kDummyHash[] =
    "$argon2id$v=19$m=65536,t=2,p=1$LEVqJdZzTDkaP5+LXXR2ow$6/tfZqF/XJVHjuIqyqZLaWcRNEQ7tqmFL1mevrJRKyc";

SecureBytes passwordBytes(const QString &password)
{
    return SecureBytes::fromUtf8(password.normalized(QString::NormalizationForm_C));
}

// libsodium wants a NUL-terminated string that fits in crypto_pwhash_STRBYTES.
bool isPlausibleHashString(const QByteArray &storedHash)
{
    return !storedHash.isEmpty() && storedHash.size() < qsizetype(crypto_pwhash_STRBYTES)
        && !storedHash.contains('\0');
}

}  // namespace

Result<QByteArray> PasswordHasher::hash(const QString &password)
{
    const SecureBytes bytes = passwordBytes(password);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, bytes.chars(), static_cast<unsigned long long>(bytes.size()),
                          kOpsLimit, kMemLimit)
        != 0) {
        qCWarning(lcAccounts) << "Argon2id hashing failed (out of memory?)";
        return Error{ErrorKind::Crypto,
                     tr("The password could not be processed. Close some programs and try again."),
                     QStringLiteral("crypto_pwhash_str failed")};
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray &storedHash, const QString &password)
{
    ensureSodiumInitialized();
    if (!isPlausibleHashString(storedHash))
        return false;
    const SecureBytes bytes = passwordBytes(password);
    return crypto_pwhash_str_verify(storedHash.constData(), bytes.chars(),
                                    static_cast<unsigned long long>(bytes.size()))
        == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &storedHash)
{
    ensureSodiumInitialized();
    if (!isPlausibleHashString(storedHash))
        return true;
    return crypto_pwhash_str_needs_rehash(storedHash.constData(), kOpsLimit, kMemLimit) != 0;
}

QByteArray PasswordHasher::dummyHash()
{
    return QByteArray(kDummyHash);
}

}  // namespace waveshelf
