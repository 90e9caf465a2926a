#pragma once

#include "accounts/Vault.h"
#include "common/Result.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <utility>

namespace waveshelf {

// The slow check behind a login and a password change: the password against
// the stored Argon2id hash (an unknown user costs the same, against a dummy
// hash), then the user's vault unlocked. Runs off the GUI thread; touches
// only its arguments.
class CredentialCheck final {
    Q_DECLARE_TR_FUNCTIONS(CredentialCheck)

public:
    // The unlocked vault, plus the material to store when the vault had to be
    // created now (account creation was interrupted before it was stored).
    using Outcome = Result<std::pair<std::shared_ptr<const Vault>, Vault::Material>>;

    [[nodiscard]] static Outcome verifyAndUnlock(const std::optional<StoredUser> &user, const QString &password);
    // WrongCredentials in the same words for an unknown user and a wrong password.
    [[nodiscard]] static Error wrongCredentials();
};

}  // namespace waveshelf
