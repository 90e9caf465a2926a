#include "accounts/Vault.h"

#include "common/LogCategories.h"

#include <QCoreApplication>

#include <sodium.h>

namespace waveshelf {

namespace {

constexpr qsizetype kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype kSaltBytes = crypto_pwhash_SALTBYTES;

static_assert(kKeyBytes == 32, "the data key is 32 bytes");

QByteArray associatedData(qint64 userId, const QString &purpose)
{
    return QStringLiteral("waveshelf/v1/user/%1/%2").arg(userId).arg(purpose).toUtf8();
}

QString dataKeyPurpose()
{
    return QStringLiteral("data-key");
}

Error cryptoError(const QString &detail)
{
    return Error{ErrorKind::Crypto, Vault::tr("Your saved data could not be decrypted. It may be damaged."), detail};
}

// Argon2id13 over the NFC-normalised password.
Result<SecureBytes> deriveKek(const QString &password, const QByteArray &salt, KdfLimits limits)
{
    if (!limits.isAcceptable())
        return cryptoError(QStringLiteral("key derivation limits out of range"));
    const SecureBytes pass = SecureBytes::fromUtf8(password.normalized(QString::NormalizationForm_C));
    SecureBytes kek(kKeyBytes);
    if (crypto_pwhash(
            kek.data(), static_cast<unsigned long long>(kek.size()), pass.chars(),
            static_cast<unsigned long long>(pass.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
            static_cast<unsigned long long>(limits.opsLimit), size_t(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        qCWarning(lcAccounts) << "Argon2id key derivation failed (out of memory?)";
        return cryptoError(QStringLiteral("crypto_pwhash failed"));
    }
    return Result<SecureBytes>(std::move(kek));
}

// nonce || ciphertext of `size` bytes at `plain`.
QByteArray sealWith(const unsigned char *key, const unsigned char *plain, qsizetype size, const QByteArray &ad)
{
    QByteArray out(kNonceBytes + size + kTagBytes, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, size_t(kNonceBytes));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, plain,
                                               static_cast<unsigned long long>(size),
                                               reinterpret_cast<const unsigned char *>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), nullptr, nonce, key);
    Q_ASSERT(qsizetype(written) == size + kTagBytes);
    return out;
}

// Opens nonce || ciphertext into `out` (which must hold size - nonce - tag bytes).
bool openWith(const unsigned char *key, const QByteArray &sealed, const QByteArray &ad, unsigned char *out)
{
    if (sealed.size() < kNonceBytes + kTagBytes)
        return false;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    unsigned long long written = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(out, &written, nullptr, nonce + kNonceBytes,
                                                      static_cast<unsigned long long>(sealed.size() - kNonceBytes),
                                                      reinterpret_cast<const unsigned char *>(ad.constData()),
                                                      static_cast<unsigned long long>(ad.size()), nonce, key)
        == 0;
}

}  // namespace

Vault::Vault(qint64 userId, SecureBytes dataKey)
    : m_userId(userId)
    , m_dataKey(std::move(dataKey))
{
}

Result<std::pair<std::shared_ptr<const Vault>, Vault::Material>> Vault::create(const QString &password, qint64 userId,
                                                                               KdfLimits limits)
{
    ensureSodiumInitialized();
    std::shared_ptr<const Vault> vault(new Vault(userId, SecureBytes::random(kKeyBytes)));
    Result<Material> material = vault->rewrap(password, limits);
    if (!material.ok())
        return material.error();
    return std::make_pair(std::move(vault), std::move(material).value());
}

Result<Vault::Material> Vault::rewrap(const QString &password, KdfLimits limits) const
{
    ensureSodiumInitialized();
    Material material;
    material.limits = KdfLimits::atLeastInteractive(limits);
    material.salt = QByteArray(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(material.salt.data(), size_t(kSaltBytes));
    const Result<SecureBytes> kek = deriveKek(password, material.salt, material.limits);
    if (!kek.ok())
        return kek.error();
    material.wrappedKey = sealWith(kek.value().data(), m_dataKey.data(), m_dataKey.size(),
                                   associatedData(m_userId, dataKeyPurpose()));
    return material;
}

Result<std::shared_ptr<const Vault>> Vault::unlock(const QString &password, qint64 userId, const Material &material)
{
    ensureSodiumInitialized();
    if (material.salt.size() != kSaltBytes || material.wrappedKey.size() != kNonceBytes + kKeyBytes + kTagBytes)
        return cryptoError(QStringLiteral("vault material has the wrong size"));
    const Result<SecureBytes> kek = deriveKek(password, material.salt, material.limits);
    if (!kek.ok())
        return kek.error();

    SecureBytes dataKey(kKeyBytes);
    if (!openWith(kek.value().data(), material.wrappedKey, associatedData(userId, dataKeyPurpose()), dataKey.data())) {
        // Wrong password, or the material belongs to another user: the same
        // answer, as neither may be told apart from the other.
        return Error{ErrorKind::WrongCredentials, tr("The password is not correct."),
                     QStringLiteral("data key did not unwrap")};
    }
    return std::shared_ptr<const Vault>(new Vault(userId, std::move(dataKey)));
}

QByteArray Vault::seal(const QByteArray &plaintext, const QString &field) const
{
    Q_ASSERT(!field.isEmpty());
    return sealWith(m_dataKey.data(), reinterpret_cast<const unsigned char *>(plaintext.constData()), plaintext.size(),
                    associatedData(m_userId, field));
}

Result<QByteArray> Vault::open(const QByteArray &sealed, const QString &field) const
{
    Q_ASSERT(!field.isEmpty());
    if (sealed.size() < kNonceBytes + kTagBytes)
        return cryptoError(QStringLiteral("sealed value for field %1 is too short").arg(field));
    QByteArray plain(sealed.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    if (!openWith(m_dataKey.data(), sealed, associatedData(m_userId, field),
                  reinterpret_cast<unsigned char *>(plain.data()))) {
        return cryptoError(QStringLiteral("field %1 failed authentication").arg(field));
    }
    return plain;
}

QByteArray Vault::keyedHash(const QByteArray &message, const QString &purpose) const
{
    Q_ASSERT(!purpose.isEmpty());
    // The hash key: BLAKE2b keyed with the data key over the purpose's name,
    // so the data key itself never keys two primitives.
    const QByteArray label = associatedData(m_userId, QStringLiteral("keyed-hash/") + purpose);
    SecureBytes hashKey(crypto_generichash_KEYBYTES);
    crypto_generichash(hashKey.data(), size_t(hashKey.size()),
                       reinterpret_cast<const unsigned char *>(label.constData()),
                       static_cast<unsigned long long>(label.size()), m_dataKey.data(), size_t(m_dataKey.size()));
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<unsigned long long>(message.size()), hashKey.data(), size_t(hashKey.size()));
    return out;
}

}  // namespace waveshelf
