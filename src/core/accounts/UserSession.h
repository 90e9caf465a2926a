#pragma once

#include "accounts/LocalUser.h"
#include "accounts/Vault.h"

#include <memory>

namespace waveshelf {

// A logged-in local user and the user's unlocked vault.
struct UserSession {
    LocalUser user;
    std::shared_ptr<const Vault> vault;
};

}  // namespace waveshelf
