#pragma once

#include <QtGlobal>

class QByteArray;
class QString;

namespace waveshelf {

// A fixed-size buffer for key material and password bytes, held in
// sodium_malloc'd memory (guard pages, locked where the OS allows) and wiped
// on destruction. Move-only.
class SecureBytes final {
public:
    explicit SecureBytes(qsizetype size);
    ~SecureBytes();
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    // The UTF-8 bytes of `text`; the temporary UTF-8 copy is wiped.
    [[nodiscard]] static SecureBytes fromUtf8(const QString &text);
    // Fresh random bytes from libsodium's CSPRNG.
    [[nodiscard]] static SecureBytes random(qsizetype size);

    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] unsigned char *data() { return m_data; }
    [[nodiscard]] const unsigned char *data() const { return m_data; }
    // char-typed view, for libsodium calls that take `const char *`.
    [[nodiscard]] const char *chars() const;

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

// Overwrites the bytes of `bytes` with zeros and empties it, for a
// short-lived plain copy of a secret (a decrypted token, a password's UTF-8).
// A copy shared with another QByteArray is only emptied (wiping it would wipe
// the other's too, or detach and wipe a fresh copy).
void wipe(QByteArray &bytes);

// Call before any libsodium use. Idempotent and thread-safe; aborts only if
// libsodium cannot initialise (no usable randomness source).
void ensureSodiumInitialized();

}  // namespace waveshelf
