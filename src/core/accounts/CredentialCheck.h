#pragma once

#include "accounts/KdfLimits.h"
#include "accounts/Vault.h"
#include "common/Result.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <utility>

namespace waveshelf {

// What a users row keeps of a password: its hash and the data key wrapped under it.
struct Credentials {
    QByteArray passwordHash;
    Vault::Material vault;
};

// The slow check behind a login and a password change: the password against
// the stored Argon2id hash (an unknown user costs the same, against a dummy
// hash at `limits`), then the user's vault unlocked. Runs off the GUI thread;
// touches only its arguments.
class CredentialCheck final {
    Q_DECLARE_TR_FUNCTIONS(CredentialCheck)

public:
    // The unlocked vault, plus the material to store (UserRepository::storeFirstVault)
    // when the vault had to be created now (account creation was interrupted
    // before it was stored, and nothing is sealed yet).
    using Outcome = Result<std::pair<std::shared_ptr<const Vault>, Vault::Material>>;

    // `limits`: for a vault made now and for the dummy hash. A user with
    // sealed data but no vault gets UserRepository::damagedVault (nothing is made).
    [[nodiscard]] static Outcome verifyAndUnlock(const std::optional<StoredUser> &user, const QString &password,
                                                 KdfLimits limits);
    // After a successful verifyAndUnlock: the user's credentials remade at
    // `limits` (same data key, fresh salts) if the hash or the wrapping was
    // made with weaker ones; nullopt if nothing is weaker. Slow when it remakes.
    [[nodiscard]] static Result<std::optional<Credentials>> upgradeIfWeaker(const StoredUser &user, const Vault &vault,
                                                                            const QString &password, KdfLimits limits);
    // WrongCredentials in the same words for an unknown user and a wrong password.
    [[nodiscard]] static Error wrongCredentials();
};

}  // namespace waveshelf
