#include "accounts/CredentialCheck.h"

#include "accounts/PasswordHasher.h"
#include "common/LogCategories.h"

namespace waveshelf {

Error CredentialCheck::wrongCredentials()
{
    return Error{ErrorKind::WrongCredentials, tr("The username or password is not correct."),
                 QStringLiteral("credentials refused")};
}

CredentialCheck::Outcome CredentialCheck::verifyAndUnlock(const std::optional<StoredUser> &user,
                                                          const QString &password, KdfLimits limits)
{
    if (!user) {
        // Spend what a real verify spends, so timing does not tell who exists.
        const bool matched = PasswordHasher::verify(PasswordHasher::dummyHash(limits), password);
        Q_UNUSED(matched)
        return wrongCredentials();
    }
    if (!PasswordHasher::verify(user->passwordHash, password))
        return wrongCredentials();
    if (user->vault.isEmpty()) {
        if (user->hasSealedData) {
            // A new key would make what is sealed unreadable for good: keep
            // everything as it is and say so.
            qCWarning(lcAccounts) << "User" << user->user.id << "has sealed data but no vault";
            return UserRepository::damagedVault(user->user.id);
        }
        // Account creation was interrupted before the vault was stored: there
        // is nothing sealed yet, so make the vault now.
        qCInfo(lcAccounts) << "User" << user->user.id << "has no vault yet; creating it";
        return Vault::create(password, user->user.id, limits);
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

Result<std::optional<Credentials>> CredentialCheck::upgradeIfWeaker(const StoredUser &user, const Vault &vault,
                                                                    const QString &password, KdfLimits limits)
{
    limits = KdfLimits::atLeastInteractive(limits);
    const bool weakerWrap = user.vault.limits.isWeakerThan(limits);
    const std::optional<KdfLimits> hashLimits = PasswordHasher::limitsOf(user.passwordHash);
    const bool weakerHash = !hashLimits || hashLimits->isWeakerThan(limits);
    if (!weakerWrap && !weakerHash)
        return std::optional<Credentials>();
    Credentials fresh;
    Result<Vault::Material> material = vault.rewrap(password, limits);
    if (!material.ok())
        return material.error();
    fresh.vault = std::move(material).value();
    Result<QByteArray> hash = PasswordHasher::hash(password, limits);
    if (!hash.ok())
        return hash.error();
    fresh.passwordHash = std::move(hash).value();
    return std::optional<Credentials>(std::move(fresh));
}

}  // namespace waveshelf
