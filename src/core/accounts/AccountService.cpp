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

bool isForbiddenInUsername(char32_t codePoint)
{
    switch (QChar::category(codePoint)) {
    case QChar::Other_Control:       // C0/C1 controls, tabs, newlines
    case QChar::Other_Format:        // invisible format controls (bidi overrides, zero-width)
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

}  // namespace

AccountService::AccountService(UserRepository &users, QObject *parent)
    : QObject(parent), m_users(users), m_worker(lcAccounts)
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
        return Error{ErrorKind::InvalidInput, tr("A username can have at most %n characters.", nullptr, kMaxUsernameLength),
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
        return Error{ErrorKind::InvalidInput, tr("A password needs at least %n characters.", nullptr, kMinPasswordLength),
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

    m_worker.run([password] { return PasswordHasher::hash(password); },
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
    m_worker.run([password, userId] { return Vault::create(password, userId); },
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

void AccountService::logIn(const QString &username, const QString &password, QObject *context,
                           SessionCallback done)
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
    const QString throttleKey = UserRepository::usernameKey(name);
    if (const auto until = m_throttle.blockedUntil(throttleKey, m_clock())) {
        const int seconds = int(qMax<qint64>(1, m_clock().secsTo(*until)));
        qCInfo(lcAccounts) << "Login refused: too many failed attempts for this name";
        delivery(Error{ErrorKind::RateLimited,
                       tr("Too many failed attempts. Wait %n second(s), then try again.", nullptr, seconds),
                       QStringLiteral("login throttled")});
        return;
    }
    const Result<std::optional<StoredUser>> found = m_users.findByUsername(name);
    if (!found.ok()) {
        delivery(found.error());
        return;
    }

    const std::optional<StoredUser> user = found.value();
    m_worker.run([user, password] { return CredentialCheck::verifyAndUnlock(user, password); },
                 [this, user, throttleKey, delivery](const VaultOutcome &outcome) {
                     if (!outcome.ok()) {
                         qCInfo(lcAccounts) << "Login refused";  // never say who or why
                         if (outcome.error().kind == ErrorKind::WrongCredentials)
                             m_throttle.recordFailure(throttleKey, m_clock());
                         m_worker.finish(delivery, outcome.error());
                         return;
                     }
                     m_throttle.recordSuccess(throttleKey);
                     const Vault::Material &fresh = outcome.value().second;
                     if (!fresh.isEmpty()) {
                         if (Result<void> stored = m_users.setVaultMaterial(user->user.id, fresh); !stored.ok()) {
                             m_worker.finish(delivery, stored.error());
                             return;
                         }
                     }
                     qCInfo(lcAccounts) << "User" << user->user.id << "logged in";
                     m_worker.finish(delivery, UserSession{user->user, outcome.value().first});
                 });
}

}  // namespace waveshelf
