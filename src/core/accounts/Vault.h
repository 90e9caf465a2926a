#pragma once

#include "accounts/SecureBytes.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <utility>

namespace waveshelf {

// A local user's unlocked data key. Secrets of that user (the SoundCloud
// tokens) are sealed with it; the key itself is stored only wrapped under a
// key derived from the user's password (Argon2id), so the database alone
// reveals nothing. Share as std::shared_ptr<const Vault>; thread-safe to use.
//
// Format: every sealed value and the wrapped key are nonce (24 bytes) ||
// XChaCha20-Poly1305 ciphertext. The associated data binds the user id and
// the purpose ("waveshelf/v1/user/<id>/data-key", ".../<field>"), so a
// ciphertext copied to another user or another field fails to open.
class Vault final {
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    // What the users table stores: the Argon2id salt and the wrapped data key.
    struct Material {
        QByteArray salt;
        QByteArray wrappedKey;
        [[nodiscard]] bool isEmpty() const { return salt.isEmpty() && wrappedKey.isEmpty(); }
    };

    // Slow (Argon2): derive the KEK and create a fresh data key, wrapped for userId.
    [[nodiscard]] static Result<std::pair<std::shared_ptr<const Vault>, Material>>
    create(const QString &password, qint64 userId);
    // Slow (Argon2): unwrap. A wrong password or the material of another user
    // gives ErrorKind::WrongCredentials; malformed material gives Crypto.
    [[nodiscard]] static Result<std::shared_ptr<const Vault>>
    unlock(const QString &password, qint64 userId, const Material &material);

    // Slow (Argon2): the same data key wrapped under `newPassword` with a fresh
    // salt, for a password change. Everything sealed with this vault stays readable.
    [[nodiscard]] Result<Material> rewrap(const QString &newPassword) const;

    [[nodiscard]] qint64 userId() const { return m_userId; }
    // nonce || ciphertext, for this user and `field` (e.g. "access_token").
    [[nodiscard]] QByteArray seal(const QByteArray &plaintext, const QString &field) const;
    // ErrorKind::Crypto if the value was tampered with, or sealed for
    // another user or field.
    [[nodiscard]] Result<QByteArray> open(const QByteArray &sealed, const QString &field) const;

private:
    Vault(qint64 userId, SecureBytes dataKey);

    qint64 m_userId;
    SecureBytes m_dataKey;
};

}  // namespace waveshelf
