#include "accounts/PasswordHasher.h"

#include "accounts/SecureBytes.h"
#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <sodium.h>

namespace waveshelf {

namespace {

static_assert(KdfLimits::interactive().opsLimit == crypto_pwhash_OPSLIMIT_INTERACTIVE
              && KdfLimits::interactive().memLimit == crypto_pwhash_MEMLIMIT_INTERACTIVE);
static_assert(KdfLimits::moderate().opsLimit == crypto_pwhash_OPSLIMIT_MODERATE
              && KdfLimits::moderate().memLimit == crypto_pwhash_MEMLIMIT_MODERATE);
static_assert(KdfLimits::ceiling().opsLimit == crypto_pwhash_OPSLIMIT_SENSITIVE
              && KdfLimits::ceiling().memLimit == crypto_pwhash_MEMLIMIT_SENSITIVE);

// Hashes of 32 random bytes nobody kept (libsodium 1.0.18).
// tst_passwordhasher checks they still match their limits.
constexpr char kInteractiveDummyHash[] =
    "$argon2id$v=19$m=65536,t=2,p=1$LEVqJdZzTDkaP5+LXXR2ow$6/tfZqF/XJVHjuIqyqZLaWcRNEQ7tqmFL1mevrJRKyc";
constexpr char kModerateDummyHash[] =
    "$argon2id$v=19$m=262144,t=3,p=1$32xvRklR8fdkxfplHRJMWQ$YoY72J4iyNQx9U7/62IM29n/1hKpUPrqV2+Ggzd48Us";

SecureBytes passwordBytes(const QString &password)
{
    return SecureBytes::fromUtf8(password.normalized(QString::NormalizationForm_C));
}

// libsodium wants a NUL-terminated string that fits in crypto_pwhash_STRBYTES.
bool isPlausibleHashString(const QByteArray &storedHash)
{
    return !storedHash.isEmpty() && storedHash.size() < qsizetype(crypto_pwhash_STRBYTES) && !storedHash.contains('\0');
}

}  // namespace

Result<QByteArray> PasswordHasher::hash(const QString &password, KdfLimits limits)
{
    ensureSodiumInitialized();
    limits = KdfLimits::atLeastInteractive(limits);
    const SecureBytes bytes = passwordBytes(password);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, bytes.chars(), static_cast<unsigned long long>(bytes.size()),
                          static_cast<unsigned long long>(limits.opsLimit), size_t(limits.memLimit))
        != 0) {
        qCWarning(lcAccounts) << "Argon2id hashing failed (out of memory?)";
        return Error{ErrorKind::Crypto, tr("The password could not be processed. Close some programs and try again."),
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

bool PasswordHasher::needsRehash(const QByteArray &storedHash, KdfLimits limits)
{
    ensureSodiumInitialized();
    if (!isPlausibleHashString(storedHash))
        return true;
    limits = KdfLimits::atLeastInteractive(limits);
    return crypto_pwhash_str_needs_rehash(storedHash.constData(), static_cast<unsigned long long>(limits.opsLimit),
                                          size_t(limits.memLimit))
        != 0;
}

std::optional<KdfLimits> PasswordHasher::limitsOf(const QByteArray &storedHash)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d{1,10}),t=(\\d{1,10}),p=1\\$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(storedHash));
    if (!match.hasMatch())
        return std::nullopt;
    return KdfLimits{match.captured(2).toULongLong(), match.captured(1).toULongLong() * 1024};
}

QByteArray PasswordHasher::dummyHash(KdfLimits limits)
{
    limits = KdfLimits::atLeastInteractive(limits);
    if (limits == KdfLimits::interactive())
        return QByteArray(kInteractiveDummyHash);
    if (limits == KdfLimits::moderate())
        return QByteArray(kModerateDummyHash);
    static QMutex mutex;
    static QHash<QPair<quint64, quint64>, QByteArray> made;
    const QMutexLocker lock(&mutex);
    QByteArray &hash = made[qMakePair(limits.opsLimit, limits.memLimit)];
    if (hash.isEmpty()) {
        const SecureBytes unknowable = SecureBytes::random(32);
        char out[crypto_pwhash_STRBYTES] = {};
        if (crypto_pwhash_str(out, unknowable.chars(), static_cast<unsigned long long>(unknowable.size()),
                              static_cast<unsigned long long>(limits.opsLimit), size_t(limits.memLimit))
            == 0)
            hash = QByteArray(out);
    }
    return hash.isEmpty() ? QByteArray(kModerateDummyHash) : hash;
}

}  // namespace waveshelf
