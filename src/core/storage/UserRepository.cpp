#include "storage/UserRepository.h"

#include "common/LogCategories.h"
#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace waveshelf {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error alreadyExists()
{
    return Error{ErrorKind::AlreadyExists, UserRepository::tr("This username is already taken."),
                 QStringLiteral("unique username_key")};
}

Error noSuchUser(qint64 userId)
{
    return Error{ErrorKind::NotFound, UserRepository::tr("This account no longer exists."),
                 QStringLiteral("no user %1").arg(userId)};
}

// Binds salt, wrapped key, opslimit, memlimit, in that order.
void bindVaultMaterial(QSqlQuery &query, const Vault::Material &material)
{
    query.addBindValue(material.salt);
    query.addBindValue(material.wrappedKey);
    query.addBindValue(qint64(material.limits.opsLimit));
    query.addBindValue(qint64(material.limits.memLimit));
}

}  // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{
}

Error UserRepository::damagedVault(qint64 userId)
{
    return Error{ErrorKind::Crypto,
                 tr("Waveshelf's key for your SoundCloud connection is missing or damaged, so the connection "
                    "cannot be opened. Nothing was changed or deleted: restore the database from a backup, "
                    "or ask for help."),
                 QStringLiteral("user %1 has sealed data but no vault").arg(userId)};
}

QString UserRepository::usernameKey(const QString &username)
{
    // NFKC, then full case folding. QString::toCaseFolded() folds one
    // character to one, so "ß" would stay apart from "ss": a round trip
    // through upper case adds the one-to-many mappings ("ß" -> "SS"). The
    // price is a few extra collisions (Turkish "ı" and "i"), which is the
    // safe side for a uniqueness key.
    const QString folded = username.normalized(QString::NormalizationForm_KC).toCaseFolded();
    return folded.toUpper().toLower().toCaseFolded().normalized(QString::NormalizationForm_KC);
}

Result<qint64> UserRepository::create(const QString &username, const QByteArray &passwordHash)
{
    const QString key = usernameKey(username);
    const QString now = nowUtc();
    {
        QSqlQuery query(m_db.connection());
        query.prepare(
            QStringLiteral("INSERT INTO users (username, username_key, password_hash, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING id"));
        query.addBindValue(username);
        query.addBindValue(key);
        query.addBindValue(QString::fromLatin1(passwordHash));
        query.addBindValue(now);
        query.addBindValue(now);
        if (query.exec() && query.next())
            return query.value(0).toLongLong();
        if (query.lastError().type() == QSqlError::NoError)
            return storage::databaseError(query.lastError(), "creating a user returned no id");
    }
    // The insert failed: tell a taken name (the unique index) from other trouble.
    QSqlQuery check(m_db.connection());
    check.prepare(QStringLiteral("SELECT 1 FROM users WHERE username_key = ?"));
    check.addBindValue(key);
    if (check.exec() && check.next())
        return alreadyExists();
    return storage::databaseError(check.lastError(), "creating a user");
}

Result<void> UserRepository::setVaultMaterial(qint64 userId, const Vault::Material &material)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE users SET vault_salt = ?, vault_wrapped_key = ?, vault_kdf_opslimit = ?, "
                                 "vault_kdf_memlimit = ?, updated_at = ? WHERE id = ?"));
    bindVaultMaterial(query, material);
    query.addBindValue(nowUtc());
    query.addBindValue(userId);
    if (!storage::execLogged(query, "storing vault material"))
        return storage::databaseError(query.lastError(), "storing vault material");
    if (query.numRowsAffected() == 0)
        return noSuchUser(userId);
    return {};
}

Result<void> UserRepository::storeFirstVault(qint64 userId, const Vault::Material &material)
{
    QSqlQuery query(m_db.connection());
    // Never over a vault, never for a user with sealed data: that data would
    // be lost for good under a new key.
    query.prepare(QStringLiteral(
        "UPDATE users SET vault_salt = ?, vault_wrapped_key = ?, vault_kdf_opslimit = ?, vault_kdf_memlimit = ?, "
        "updated_at = ? WHERE id = ? AND vault_salt IS NULL AND vault_wrapped_key IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM soundcloud_connections c WHERE c.user_id = users.id)"));
    bindVaultMaterial(query, material);
    query.addBindValue(nowUtc());
    query.addBindValue(userId);
    if (!storage::execLogged(query, "storing a first vault"))
        return storage::databaseError(query.lastError(), "storing a first vault");
    if (query.numRowsAffected() == 1)
        return {};
    QSqlQuery check(m_db.connection());
    check.prepare(QStringLiteral("SELECT vault_wrapped_key IS NOT NULL, "
                                 "EXISTS (SELECT 1 FROM soundcloud_connections c WHERE c.user_id = users.id) "
                                 "FROM users WHERE id = ?"));
    check.addBindValue(userId);
    if (!storage::execLogged(check, "checking a user"))
        return storage::databaseError(check.lastError(), "checking a user");
    if (!check.next())
        return noSuchUser(userId);
    if (!check.value(0).toBool() && check.value(1).toBool())
        return damagedVault(userId);
    return Error{ErrorKind::Database, tr("This account was changed elsewhere meanwhile. Please try again."),
                 QStringLiteral("vault stored concurrently")};
}

Result<std::optional<StoredUser>> UserRepository::findByUsername(const QString &username) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, username, password_hash, vault_salt, vault_wrapped_key, "
                                 "vault_kdf_opslimit, vault_kdf_memlimit, "
                                 "EXISTS (SELECT 1 FROM soundcloud_connections c WHERE c.user_id = users.id) "
                                 "FROM users WHERE username_key = ?"));
    query.addBindValue(usernameKey(username));
    if (!storage::execLogged(query, "finding a user"))
        return storage::databaseError(query.lastError(), "finding a user");
    if (!query.next())
        return std::optional<StoredUser>();
    StoredUser stored;
    stored.user.id = query.value(0).toLongLong();
    stored.user.username = query.value(1).toString();
    stored.passwordHash = query.value(2).toString().toLatin1();
    stored.vault.salt = query.value(3).toByteArray();
    stored.vault.wrappedKey = query.value(4).toByteArray();
    stored.vault.limits = KdfLimits{quint64(query.value(5).toLongLong()), quint64(query.value(6).toLongLong())};
    stored.hasSealedData = query.value(7).toBool();
    return std::optional<StoredUser>(std::move(stored));
}

Result<QList<LocalUser>> UserRepository::list() const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, username FROM users ORDER BY username_key"));
    if (!storage::execLogged(query, "listing users"))
        return storage::databaseError(query.lastError(), "listing users");
    QList<LocalUser> users;
    while (query.next())
        users.append(LocalUser{query.value(0).toLongLong(), query.value(1).toString()});
    return users;
}

Result<void> UserRepository::replaceCredentials(qint64 userId, const QByteArray &expectedHash,
                                                const QByteArray &newHash, const Vault::Material &material)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "UPDATE users SET password_hash = ?, vault_salt = ?, vault_wrapped_key = ?, vault_kdf_opslimit = ?, "
        "vault_kdf_memlimit = ?, updated_at = ? WHERE id = ? AND password_hash = ?"));
    query.addBindValue(QString::fromLatin1(newHash));
    bindVaultMaterial(query, material);
    query.addBindValue(nowUtc());
    query.addBindValue(userId);
    query.addBindValue(QString::fromLatin1(expectedHash));
    if (!storage::execLogged(query, "changing a password"))
        return storage::databaseError(query.lastError(), "changing a password");
    if (query.numRowsAffected() == 1)
        return {};
    // Nothing matched: the user is gone, or someone changed the password first.
    QSqlQuery check(m_db.connection());
    check.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
    check.addBindValue(userId);
    if (!storage::execLogged(check, "checking a user"))
        return storage::databaseError(check.lastError(), "checking a user");
    if (!check.next())
        return noSuchUser(userId);
    return Error{ErrorKind::Database, tr("The password was changed elsewhere meanwhile. Nothing was changed."),
                 QStringLiteral("credentials changed concurrently")};
}

Result<void> UserRepository::remove(qint64 userId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!storage::execLogged(query, "removing a user"))
        return storage::databaseError(query.lastError(), "removing a user");
    if (query.numRowsAffected() == 0)
        return noSuchUser(userId);
    qCInfo(lcStorage) << "Removed local user" << userId;
    return {};
}

}  // namespace waveshelf
