#include "accounts/PasswordChange.h"

#include "accounts/AccountService.h"
#include "accounts/CredentialCheck.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "common/LogCategories.h"
#include "common/Result.h"
#include "storage/UserRepository.h"

#include <optional>

namespace waveshelf {

namespace {

// What the slow part hands back: the new hash and the re-wrapped data key.
struct NewCredentials {
    QByteArray passwordHash;
    Vault::Material vault;
};

// Runs off the owner's thread. Touches only its arguments.
Result<NewCredentials> rewrapFor(const std::optional<StoredUser> &user, const QString &oldPassword,
                                 const QString &newPassword)
{
    const CredentialCheck::Outcome unlocked = CredentialCheck::verifyAndUnlock(user, oldPassword);
    if (!unlocked.ok())
        return unlocked.error();
    NewCredentials fresh;
    if (!unlocked.value().second.isEmpty()) {
        // The vault was only made now (an interrupted account creation):
        // nothing is sealed with it yet, so a new one under the new password will do.
        auto created = Vault::create(newPassword, user->user.id);
        if (!created.ok())
            return created.error();
        fresh.vault = created.value().second;
    } else {
        auto rewrapped = unlocked.value().first->rewrap(newPassword);
        if (!rewrapped.ok())
            return rewrapped.error();
        fresh.vault = std::move(rewrapped).value();
    }
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash.ok())
        return hash.error();
    fresh.passwordHash = std::move(hash).value();
    return fresh;
}

}  // namespace

PasswordChange::PasswordChange(UserRepository &users, QObject *parent)
    : QObject(parent), m_users(users), m_worker(lcAccounts)
{
    connect(&m_worker, &SerialWorker::busyChanged, this, &PasswordChange::busyChanged);
}

PasswordChange::~PasswordChange() = default;  // a running job finishes unobserved

void PasswordChange::change(const QString &username, const QString &oldPassword, const QString &newPassword,
                            QObject *context, std::function<void(Result<LocalUser>)> done)
{
    if (!m_worker.accepts("password change"))
        return;
    const Delivery<LocalUser> delivery(context, std::move(done));
    const QString name = username.trimmed();
    if (name.isEmpty() || oldPassword.isEmpty()) {
        delivery(Error{ErrorKind::InvalidInput, AccountService::tr("Please enter your username and password."),
                       QStringLiteral("empty username or password")});
        return;
    }
    if (const Result<void> valid = AccountService::validatePassword(newPassword); !valid.ok()) {
        delivery(valid.error());
        return;
    }
    const Result<std::optional<StoredUser>> found = m_users.findByUsername(name);
    if (!found.ok()) {
        delivery(found.error());
        return;
    }

    const std::optional<StoredUser> user = found.value();
    m_worker.run([user, oldPassword, newPassword] { return rewrapFor(user, oldPassword, newPassword); },
                 [this, user, delivery](const Result<NewCredentials> &fresh) {
                     if (!fresh.ok()) {
                         qCInfo(lcAccounts) << "Password change refused";  // never say who or why
                         m_worker.finish(delivery, fresh.error());
                         return;
                     }
                     const Result<void> stored = m_users.replaceCredentials(
                         user->user.id, user->passwordHash, fresh.value().passwordHash, fresh.value().vault);
                     if (!stored.ok()) {
                         m_worker.finish(delivery, stored.error());
                         return;
                     }
                     qCInfo(lcAccounts) << "User" << user->user.id << "changed their password";
                     m_worker.finish(delivery, user->user);
                 });
}

}  // namespace waveshelf
