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
    return Error{ErrorKind::AlreadyExists,
                 QCoreApplication::translate("UserRepository", "This username is already taken."),
                 QStringLiteral("unique username_key")};
}

}  // namespace

UserRepository::UserRepository(Database &db) : m_db(db) {}

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
        query.prepare(QStringLiteral(
            "INSERT INTO users (username, username_key, password_hash, created_at, updated_at) "
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
    query.prepare(QStringLiteral(
        "UPDATE users SET vault_salt = ?, vault_wrapped_key = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(material.salt);
    query.addBindValue(material.wrappedKey);
    query.addBindValue(nowUtc());
    query.addBindValue(userId);
    if (!storage::execLogged(query, "storing vault material"))
        return storage::databaseError(query.lastError(), "storing vault material");
    if (query.numRowsAffected() == 0)
        return Error{ErrorKind::NotFound, QCoreApplication::translate("UserRepository", "This account no longer exists."),
                     QStringLiteral("no user %1").arg(userId)};
    return {};
}

Result<std::optional<StoredUser>> UserRepository::findByUsername(const QString &username) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, username, password_hash, vault_salt, vault_wrapped_key "
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
    return std::optional<StoredUser>(std::move(stored));
}

Result<void> UserRepository::remove(qint64 userId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
    query.addBindValue(userId);
    if (!storage::execLogged(query, "removing a user"))
        return storage::databaseError(query.lastError(), "removing a user");
    if (query.numRowsAffected() == 0)
        return Error{ErrorKind::NotFound, QCoreApplication::translate("UserRepository", "This account no longer exists."),
                     QStringLiteral("no user %1").arg(userId)};
    qCInfo(lcStorage) << "Removed local user" << userId;
    return {};
}

}  // namespace waveshelf
