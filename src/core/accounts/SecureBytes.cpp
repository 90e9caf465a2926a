#include "accounts/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <sodium.h>

#include <cstring>
#include <new>
#include <utility>

namespace waveshelf {

void ensureSodiumInitialized()
{
    // sodium_init() is idempotent and thread-safe; it returns 1 when already done.
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
}

SecureBytes::SecureBytes(qsizetype size)
    : m_size(size)
{
    ensureSodiumInitialized();
    // Always allocate at least one byte so data() is never null (libsodium
    // functions may be handed an empty password).
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(qMax<qsizetype>(size, 1))));
    if (!m_data)
        throw std::bad_alloc();
}

SecureBytes::~SecureBytes()
{
    sodium_free(m_data);  // wipes before releasing; accepts nullptr
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        sodium_free(m_data);
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBytes out(utf8.size());
    if (!utf8.isEmpty()) {
        std::memcpy(out.m_data, utf8.constData(), size_t(utf8.size()));
        sodium_memzero(utf8.data(), size_t(utf8.size()));
    }
    return out;
}

SecureBytes SecureBytes::random(qsizetype size)
{
    SecureBytes out(size);
    randombytes_buf(out.m_data, size_t(size));
    return out;
}

const char *SecureBytes::chars() const
{
    return reinterpret_cast<const char *>(m_data);
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

}  // namespace waveshelf
