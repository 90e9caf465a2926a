#include "accounts/PasswordChange.h"

#include "accounts/AccountService.h"
#include "accounts/CredentialCheck.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "common/LogCategories.h"
#include "common/Result.h"
#include "library/LibraryCacheRepository.h"
#include "storage/ConnectionStore.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "storage/WriteTransaction.h"

#include <optional>

namespace waveshelf {

namespace {

// What the slow part hands back: the vault unlocked with the old password,
// and the new credentials around a new data key.
struct Rekeyed {
    std::shared_ptr<const Vault> oldVault;
    std::shared_ptr<const Vault> newVault;
    Credentials fresh;
};

// Runs off the owner's thread. Touches only its arguments.
Result<Rekeyed> rekeyFor(const std::optional<StoredUser> &user, const QString &oldPassword, const QString &newPassword,
                         KdfLimits limits)
{
    const CredentialCheck::Outcome unlocked = CredentialCheck::verifyAndUnlock(user, oldPassword, limits);
    if (!unlocked.ok())
        return unlocked.error();
    // A new data key: a copy of the old users row (and the old password)
    // must not open what is sealed from now on.
    auto created = Vault::create(newPassword, user->user.id, limits);
    if (!created.ok())
        return created.error();
    auto hash = PasswordHasher::hash(newPassword, limits);
    if (!hash.ok())
        return hash.error();
    Rekeyed result;
    result.oldVault = unlocked.value().first;
    result.newVault = created.value().first;
    result.fresh.vault = created.value().second;
    result.fresh.passwordHash = std::move(hash).value();
    return result;
}

const char *describe(GrantRenewal grant)
{
    switch (grant) {
    case GrantRenewal::NoConnection:
        return "no SoundCloud connection";
    case GrantRenewal::Renewed:
        return "SoundCloud grant renewed";
    case GrantRenewal::AtNextUse:
        return "SoundCloud grant renewed at its next use";
    }
    return "";
}

}  // namespace

PasswordChange::PasswordChange(UserRepository &users, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_worker(lcAccounts)
{
    connect(&m_worker, &SerialWorker::busyChanged, this, &PasswordChange::busyChanged);
}

PasswordChange::~PasswordChange() = default;  // a running job finishes unobserved

void PasswordChange::change(const QString &username, const QString &oldPassword, const QString &newPassword,
                            QObject *context, std::function<void(Result<PasswordChanged>)> done)
{
    if (!m_worker.accepts("password change"))
        return;
    const Delivery<PasswordChanged> delivery(context, std::move(done));
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
    m_worker.run([user, oldPassword, newPassword,
                  limits = m_limits] { return rekeyFor(user, oldPassword, newPassword, limits); },
                 [this, user, delivery](const Result<Rekeyed> &rekeyed) {
                     if (!rekeyed.ok()) {
                         qCInfo(lcAccounts) << "Password change refused";  // never say who or why
                         m_worker.finish(delivery, rekeyed.error());
                         return;
                     }
                     // The old password is proven: renew the grant, then store.
                     const auto storeAfter = [this, user, delivery, rekeyed](GrantRenewal renewal) {
                         const Rekeyed &keys = rekeyed.value();
                         const bool renewed = renewal == GrantRenewal::Renewed;
                         const Result<bool> stored = store(*user, keys.fresh, keys.oldVault, *keys.newVault, renewed);
                         if (!stored.ok()) {
                             m_worker.finish(delivery, stored.error());
                             return;
                         }
                         GrantRenewal grant = GrantRenewal::NoConnection;
                         if (stored.value())
                             grant = renewed ? GrantRenewal::Renewed : GrantRenewal::AtNextUse;
                         qCInfo(lcAccounts) << "User" << user->user.id << "changed their password;" << describe(grant);
                         m_worker.finish(delivery, PasswordChanged{UserSession{user->user, keys.newVault}, grant});
                     };
                     if (m_renewGrant)
                         m_renewGrant(rekeyed.value().oldVault, this, storeAfter);
                     else
                         storeAfter(GrantRenewal::AtNextUse);
                 });
}

Result<bool> PasswordChange::store(const StoredUser &user, const Credentials &fresh,
                                   const std::shared_ptr<const Vault> &oldVault, const Vault &newVault, bool renewed)
{
    // The users row and everything sealed under the old key change together or not at all.
    Database &db = m_users.database();
    WriteTransaction transaction(db);
    if (Result<void> begun = transaction.begin("changing a password"); !begun.ok())
        return begun.error();
    if (Result<void> replaced = m_users.replaceCredentials(user.user.id, user.passwordHash, fresh.passwordHash,
                                                           fresh.vault);
        !replaced.ok())
        return replaced.error();
    // Re-sealing needs no service: it hands no token out (ConnectionStore).
    ConnectionStore connection(db, oldVault, ServiceIdentity{});
    const Result<bool> resealed = connection.resealUnder(newVault, !renewed);
    if (!resealed.ok())
        return resealed.error();
    // The offline library cache was sealed, and its lists named, under the old
    // key: nobody can read it any more, so it goes now rather than count against
    // the cache's bound (it fills again from SoundCloud).
    if (Result<void> dropped =
            LibraryCacheRepository(db.connection(), db.dialect(), user.user.id).removeAllInTransaction();
        !dropped.ok())
        return dropped.error();
    if (Result<void> committed = transaction.commit(); !committed.ok())
        return committed.error();
    // The old hash, wrapped key and sealed tokens leave the write-ahead log too.
    if (const Result<void> moved = db.checkpoint(); !moved.ok())
        qCWarning(lcAccounts) << "after a password change:" << moved.error().detail;
    return resealed.value();
}

}  // namespace waveshelf
