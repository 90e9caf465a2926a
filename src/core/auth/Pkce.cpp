#include "auth/Pkce.h"

#include <sodium.h>

#include <QtGlobal>

namespace waveshelf {

namespace {

constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr quint32 kUnreservedCount = sizeof(kUnreserved) - 1;  // 66
constexpr int kVerifierLength = 64;
constexpr int kMinVerifierLength = 43;
constexpr int kMaxVerifierLength = 128;
constexpr size_t kStateBytes = 32;

// sodium_init() is idempotent and thread-safe. Without it there is no CSPRNG
// we can trust, so failing here is fatal rather than silently weak.
void ensureSodium()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialized");
}

QByteArray base64UrlNoPad(const unsigned char *data, size_t size)
{
    constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
    const size_t encodedSize = sodium_base64_ENCODED_LEN(size, variant);  // includes the NUL
    QByteArray out(static_cast<qsizetype>(encodedSize), Qt::Uninitialized);
    sodium_bin2base64(out.data(), encodedSize, data, size, variant);
    out.chop(1);
    return out;
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

}  // namespace

QByteArray Pkce::generateVerifier()
{
    ensureSodium();
    QByteArray verifier;
    verifier.reserve(kVerifierLength);
    for (int i = 0; i < kVerifierLength; ++i) {
        // randombytes_uniform rejects out-of-range draws, so every one of the
        // 66 characters is equally likely.
        verifier.append(kUnreserved[randombytes_uniform(kUnreservedCount)]);
    }
    return verifier;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    ensureSodium();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(verifier.constData()),
                       static_cast<unsigned long long>(verifier.size()));
    const QByteArray challenge = base64UrlNoPad(digest, sizeof digest);
    sodium_memzero(digest, sizeof digest);
    return challenge;
}

QByteArray Pkce::generateState()
{
    ensureSodium();
    unsigned char bytes[kStateBytes];
    randombytes_buf(bytes, sizeof bytes);
    const QByteArray state = base64UrlNoPad(bytes, sizeof bytes);
    sodium_memzero(bytes, sizeof bytes);
    return state;
}

bool Pkce::isValidVerifier(const QByteArray &v)
{
    if (v.size() < kMinVerifierLength || v.size() > kMaxVerifierLength)
        return false;
    for (const char c : v) {
        if (!isUnreserved(c))
            return false;
    }
    return true;
}

}  // namespace waveshelf
