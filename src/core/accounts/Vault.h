#pragma once

#include "accounts/KdfLimits.h"
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
    // What the users table stores: the Argon2id salt and limits of the
    // key-encryption key, and the wrapped data key.
    struct Material {
        QByteArray salt;
        QByteArray wrappedKey;
        KdfLimits limits = KdfLimits::interactive();  // rows from before schema 0004
        [[nodiscard]] bool isEmpty() const { return salt.isEmpty() && wrappedKey.isEmpty(); }
    };

    // Slow (Argon2): derive the KEK with `limits` and create a fresh data
    // key, wrapped for userId. Limits below interactive() are raised to it.
    [[nodiscard]] static Result<std::pair<std::shared_ptr<const Vault>, Material>>
    create(const QString &password, qint64 userId, KdfLimits limits = KdfLimits::recommended());
    // Slow (Argon2, the material's limits): unwrap. A wrong password or the
    // material of another user gives ErrorKind::WrongCredentials; malformed
    // material (or limits outside KdfLimits::isAcceptable) gives Crypto.
    [[nodiscard]] static Result<std::shared_ptr<const Vault>> unlock(const QString &password, qint64 userId,
                                                                     const Material &material);

    // Slow (Argon2): the same data key wrapped under `password` with a fresh
    // salt and `limits`, to raise an old user's limits. Everything sealed
    // with this vault stays readable. (A password change makes a new data
    // key instead: see PasswordChange.)
    [[nodiscard]] Result<Material> rewrap(const QString &password, KdfLimits limits = KdfLimits::recommended()) const;

    [[nodiscard]] qint64 userId() const { return m_userId; }
    // nonce || ciphertext, for this user and `field` (e.g. "access_token").
    [[nodiscard]] QByteArray seal(const QByteArray &plaintext, const QString &field) const;
    // ErrorKind::Crypto if the value was tampered with, or sealed for
    // another user or field.
    [[nodiscard]] Result<QByteArray> open(const QByteArray &sealed, const QString &field) const;
    // A keyed BLAKE2b-256 of `message` (32 bytes) under a key derived from the
    // data key for `purpose` (e.g. "library-list"): stable for this user, and
    // says nothing about `message` to anyone without the data key.
    [[nodiscard]] QByteArray keyedHash(const QByteArray &message, const QString &purpose) const;

private:
    Vault(qint64 userId, SecureBytes dataKey);

    qint64 m_userId;
    SecureBytes m_dataKey;
};

}  // namespace waveshelf
