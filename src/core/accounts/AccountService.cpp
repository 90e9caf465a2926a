#include "accounts/AccountService.h"

#include "accounts/CredentialCheck.h"
#include "accounts/PasswordHasher.h"
#include "common/LogCategories.h"
#include "storage/UserRepository.h"

#include <optional>
#include <utility>

namespace waveshelf {

namespace {

using VaultOutcome = CredentialCheck::Outcome;

// What the slow part of a login hands back.
struct Unlocked {
    std::shared_ptr<const Vault> vault;
    Vault::Material firstVault;          // to store: the vault was made now
    std::optional<Credentials> upgrade;  // to store: remade at stronger limits
};

// Runs off the owner's thread. Touches only its arguments.
Result<Unlocked> unlockForLogin(const std::optional<StoredUser> &user, const QString &password, KdfLimits limits)
{
    const VaultOutcome outcome = CredentialCheck::verifyAndUnlock(user, password, limits);
    if (!outcome.ok())
        return outcome.error();
    Unlocked unlocked{outcome.value().first, outcome.value().second, std::nullopt};
    if (unlocked.firstVault.isEmpty()) {
        const auto upgrade = CredentialCheck::upgradeIfWeaker(*user, *unlocked.vault, password, limits);
        if (upgrade.ok())
            unlocked.upgrade = upgrade.value();
        else  // the login itself is fine; the next one tries again
            qCWarning(lcAccounts) << "Could not upgrade the key limits of user" << user->user.id;
    }
    return unlocked;
}

bool isForbiddenInUsername(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:  // C0/C1 controls, tabs, newlines
    case QChar::Other_Format:   // invisible format controls (bidi overrides, zero-width)
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

}  // namespace

AccountService::AccountService(UserRepository &users, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_throttle(users.database())
    , m_worker(lcAccounts)
{
    connect(&m_worker, &SerialWorker::busyChanged, this, &AccountService::busyChanged);
}

AccountService::~AccountService() = default;  // running jobs finish unobserved

Result<QString> AccountService::validateUsername(const QString &username)
{
    const QString trimmed = username.trimmed();
    const QList<uint> codePoints = trimmed.toUcs4();
    if (codePoints.isEmpty())
        return Error{ErrorKind::InvalidInput, tr("Please enter a username."), QStringLiteral("empty username")};
    if (codePoints.size() > kMaxUsernameLength) {
        return Error{ErrorKind::InvalidInput,
                     tr("A username can have at most %n characters.", nullptr, kMaxUsernameLength),
                     QStringLiteral("username too long")};
    }
    for (const uint codePoint : codePoints) {
        if (isForbiddenInUsername(char32_t(codePoint))) {
            return Error{ErrorKind::InvalidInput,
                         tr("A username cannot contain control characters or invisible formatting characters."),
                         QStringLiteral("control character in username")};
        }
    }
    return trimmed;
}

Result<void> AccountService::validatePassword(const QString &password)
{
    if (password.toUcs4().size() < kMinPasswordLength) {
        return Error{ErrorKind::InvalidInput,
                     tr("A password needs at least %n characters.", nullptr, kMinPasswordLength),
                     QStringLiteral("password too short")};
    }
    return {};
}

void AccountService::createAccount(const QString &username, const QString &password, QObject *context,
                                   SessionCallback done)
{
    if (!m_worker.accepts("createAccount"))
        return;
    const Delivery<UserSession> delivery(context, std::move(done));
    const Result<QString> name = validateUsername(username);
    if (!name.ok()) {
        delivery(name.error());
        return;
    }
    if (const Result<void> valid = validatePassword(password); !valid.ok()) {
        delivery(valid.error());
        return;
    }

    m_worker.run([password, limits = m_limits] { return PasswordHasher::hash(password, limits); },
                 [this, name = name.value(), password, delivery](const Result<QByteArray> &hash) {
                     if (!hash.ok())
                         m_worker.finish(delivery, hash.error());
                     else
                         continueCreate(name, password, hash.value(), delivery);
                 });
}

void AccountService::continueCreate(const QString &username, const QString &password, const QByteArray &hash,
                                    const Delivery<UserSession> &delivery)
{
    const Result<qint64> created = m_users.create(username, hash);
    if (!created.ok()) {
        m_worker.finish(delivery, created.error());
        return;
    }
    const qint64 userId = created.value();
    m_worker.run([password, userId, limits = m_limits] { return Vault::create(password, userId, limits); },
                 [this, username, userId, delivery](const VaultOutcome &vault) {
                     Result<void> stored = vault.ok() ? m_users.setVaultMaterial(userId, vault.value().second)
                                                      : Result<void>(vault.error());
                     if (!stored.ok()) {
                         // Leave no account behind that half exists.
                         if (!m_users.remove(userId).ok())
                             qCWarning(lcAccounts) << "Could not remove half-created user" << userId;
                         m_worker.finish(delivery, stored.error());
                         return;
                     }
                     qCInfo(lcAccounts) << "Created local user" << userId;
                     m_worker.finish(delivery, UserSession{LocalUser{userId, username}, vault.value().first});
                 });
}

void AccountService::logIn(const QString &username, const QString &password, QObject *context, SessionCallback done)
{
    if (!m_worker.accepts("logIn"))
        return;
    const Delivery<UserSession> delivery(context, std::move(done));
    const QString name = username.trimmed();
    if (name.isEmpty() || password.isEmpty()) {
        delivery(Error{ErrorKind::InvalidInput, tr("Please enter your username and password."),
                       QStringLiteral("empty username or password")});
        return;
    }
    const Result<std::optional<QDateTime>> blocked = m_throttle.blockedUntil(name, m_clock());
    if (!blocked.ok()) {
        delivery(blocked.error());
        return;
    }
    if (blocked.value()) {
        qCInfo(lcAccounts) << "Login refused: too many failed attempts for this name";
        delivery(throttleError(*blocked.value()));
        return;
    }
    const Result<std::optional<StoredUser>> found = m_users.findByUsername(name);
    if (!found.ok()) {
        delivery(found.error());
        return;
    }

    const std::optional<StoredUser> user = found.value();
    m_worker.run(
        [user, password, limits = m_limits] { return unlockForLogin(user, password, limits); },
        [this, user, name, delivery](const Result<Unlocked> &outcome) {
            if (!outcome.ok()) {
                qCInfo(lcAccounts) << "Login refused";  // never say who or why
                if (outcome.error().kind == ErrorKind::WrongCredentials) {
                    if (!m_throttle.recordFailure(name, m_clock()).ok())
                        qCWarning(lcAccounts) << "Could not record a failed login";
                }
                m_worker.finish(delivery, outcome.error());
                return;
            }
            if (!m_throttle.recordSuccess(name).ok())
                qCWarning(lcAccounts) << "Could not clear the login backoff";
            const Unlocked &unlocked = outcome.value();
            if (!unlocked.firstVault.isEmpty()) {
                if (Result<void> stored = m_users.storeFirstVault(user->user.id, unlocked.firstVault); !stored.ok()) {
                    m_worker.finish(delivery, stored.error());
                    return;
                }
            }
            if (unlocked.upgrade) {
                // Same data key; only if nobody changed the password meanwhile.
                const Result<void> upgraded = m_users.replaceCredentials(
                    user->user.id, user->passwordHash, unlocked.upgrade->passwordHash, unlocked.upgrade->vault);
                if (upgraded.ok())
                    qCInfo(lcAccounts) << "Raised the key limits of user" << user->user.id;
                else
                    qCWarning(lcAccounts) << "Could not store the raised key limits of user" << user->user.id;
            }
            qCInfo(lcAccounts) << "User" << user->user.id << "logged in";
            m_worker.finish(delivery, UserSession{user->user, unlocked.vault});
        });
}

Error AccountService::throttleError(const QDateTime &until) const
{
    const int seconds = int(qMax<qint64>(1, m_clock().secsTo(until)));
    return Error{ErrorKind::RateLimited,
                 tr("Too many failed attempts. Wait %n second(s), then try again.", nullptr, seconds),
                 QStringLiteral("login throttled")};
}

Result<bool> AccountService::hasAccounts() const
{
    const Result<QList<LocalUser>> users = m_users.list();
    if (!users.ok())
        return users.error();
    return !users.value().isEmpty();
}

}  // namespace waveshelf
