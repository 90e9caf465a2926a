#pragma once

#include "accounts/LocalUser.h"
#include "accounts/Vault.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace waveshelf {

class Database;

// A users row as stored.
struct StoredUser {
    LocalUser user;
    QByteArray passwordHash;
    Vault::Material vault;  // empty until setVaultMaterial
    // Something is sealed with the user's data key (a SoundCloud connection row).
    bool hasSealedData = false;
};

// The users table. Usernames are unique without regard to case (a unique
// index on the NFKC case-folded name); they are kept as typed for display.
class UserRepository final {
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database &db);

    // AlreadyExists if the name is taken, case-insensitively.
    [[nodiscard]] Result<qint64> create(const QString &username, const QByteArray &passwordHash);
    [[nodiscard]] Result<void> setVaultMaterial(qint64 userId, const Vault::Material &material);
    // Stores the first vault of a user who has none and nothing sealed, in
    // one conditional UPDATE. Crypto ("key missing or damaged") if the user
    // has sealed data without a vault; Database if a vault appeared meanwhile.
    [[nodiscard]] Result<void> storeFirstVault(qint64 userId, const Vault::Material &material);
    // Case-insensitive.
    [[nodiscard]] Result<std::optional<StoredUser>> findByUsername(const QString &username) const;
    // Every user, in the order of their username keys.
    [[nodiscard]] Result<QList<LocalUser>> list() const;
    // A password change or an upgrade of the limits: replaces the hash and
    // the vault material (with its limits) in one statement, only if the
    // stored hash is still `expectedHash`. NotFound if
    // no such user; ErrorKind::Database if the credentials changed meanwhile.
    [[nodiscard]] Result<void> replaceCredentials(qint64 userId, const QByteArray &expectedHash,
                                                  const QByteArray &newHash, const Vault::Material &material);
    // Removes the user and (by cascade) the user's SoundCloud connection. NotFound if no such user.
    [[nodiscard]] Result<void> remove(qint64 userId);

    // The key the uniqueness is checked on.
    [[nodiscard]] static QString usernameKey(const QString &username);
    // What "missing or damaged key" says to the user (see CredentialCheck).
    [[nodiscard]] static Error damagedVault(qint64 userId);

    // The database this repository works on (for work on the user's other
    // tables in the same transaction, e.g. a password change).
    [[nodiscard]] Database &database() const { return m_db; }

private:
    Database &m_db;
};

}  // namespace waveshelf
