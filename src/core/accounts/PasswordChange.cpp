#include "accounts/PasswordChange.h"

#include "accounts/AccountService.h"
#include "accounts/CredentialCheck.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Vault.h"
#include "common/LogCategories.h"
#include "common/Result.h"
#include "storage/UserRepository.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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

PasswordChange::PasswordChange(UserRepository &users, QObject *parent) : QObject(parent), m_users(users) {}

PasswordChange::~PasswordChange() = default;  // a running job finishes unobserved

void PasswordChange::change(const QString &username, const QString &oldPassword, const QString &newPassword)
{
    if (m_busy) {
        qCWarning(lcAccounts) << "password change ignored: another one is running";
        return;
    }
    const QString name = username.trimmed();
    if (name.isEmpty() || oldPassword.isEmpty()) {
        emit failed(Error{ErrorKind::InvalidInput, AccountService::tr("Please enter your username and password."),
                          QStringLiteral("empty username or password")});
        return;
    }
    if (const Result<void> valid = AccountService::validatePassword(newPassword); !valid.ok()) {
        emit failed(valid.error());
        return;
    }
    const Result<std::optional<StoredUser>> found = m_users.findByUsername(name);
    if (!found.ok()) {
        emit failed(found.error());
        return;
    }

    setBusy(true);
    const std::optional<StoredUser> user = found.value();
    // The watcher is our child: if we are deleted first, the result is dropped.
    auto *watcher = new QFutureWatcher<Result<NewCredentials>>(this);
    connect(watcher, &QFutureWatcher<Result<NewCredentials>>::finished, this, [this, watcher, user] {
        watcher->deleteLater();
        const Result<NewCredentials> fresh = watcher->future().result();
        if (!fresh.ok()) {
            qCInfo(lcAccounts) << "Password change refused";  // never say who or why
            finishWithError(fresh.error());
            return;
        }
        const Result<void> stored = m_users.replaceCredentials(user->user.id, user->passwordHash,
                                                               fresh.value().passwordHash, fresh.value().vault);
        if (!stored.ok()) {
            finishWithError(stored.error());
            return;
        }
        qCInfo(lcAccounts) << "User" << user->user.id << "changed their password";
        setBusy(false);
        emit changed(user->user);
    });
    watcher->setFuture(QtConcurrent::run([user, oldPassword, newPassword] {
        return rewrapFor(user, oldPassword, newPassword);
    }));
}

void PasswordChange::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void PasswordChange::finishWithError(const Error &error)
{
    setBusy(false);
    emit failed(error);
}

}  // namespace waveshelf
