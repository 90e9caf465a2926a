#include "accounts/CredentialCheck.h"

#include "accounts/PasswordHasher.h"
#include "common/LogCategories.h"

namespace waveshelf {

Error CredentialCheck::wrongCredentials()
{
    return Error{ErrorKind::WrongCredentials,
                 tr("The username or password is not correct."),
                 QStringLiteral("credentials refused")};
}

CredentialCheck::Outcome CredentialCheck::verifyAndUnlock(const std::optional<StoredUser> &user,
                                                          const QString &password)
{
    if (!user) {
        // Spend what a real verify spends, so timing does not tell who exists.
        const bool matched = PasswordHasher::verify(PasswordHasher::dummyHash(), password);
        Q_UNUSED(matched)
        return wrongCredentials();
    }
    if (!PasswordHasher::verify(user->passwordHash, password))
        return wrongCredentials();
    if (user->vault.isEmpty()) {
        // Account creation was interrupted before the vault was stored: there
        // is nothing sealed yet, so make the vault now.
        qCInfo(lcAccounts) << "User" << user->user.id << "has no vault yet; creating it";
        return Vault::create(password, user->user.id);
    }
    Result<std::shared_ptr<const Vault>> vault = Vault::unlock(password, user->user.id, user->vault);
    if (!vault.ok()) {
        // The password matched the hash, so the vault material is damaged.
        Error error = vault.error();
        error.kind = ErrorKind::Crypto;
        error.message = tr("Your saved data could not be unlocked. It may be damaged.");
        return error;
    }
    return std::make_pair(std::move(vault).value(), Vault::Material{});
}

}  // namespace waveshelf
