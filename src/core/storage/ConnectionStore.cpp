#include "storage/ConnectionStore.h"

#include "accounts/SecureBytes.h"
#include "common/LogCategories.h"

#include <QCoreApplication>

#include <utility>

namespace waveshelf {

namespace {

QString accessTokenField()
{
    return QStringLiteral("access_token");
}

QString refreshTokenField()
{
    return QStringLiteral("refresh_token");
}

}  // namespace

ConnectionStore::ConnectionStore(Database &db, std::shared_ptr<const Vault> vault, ServiceIdentity service,
                                 bool sandboxSession)
    : m_db(db)
    , m_repository(db)
    , m_lease(db)
    , m_vault(std::move(vault))
    , m_service(std::move(service))
    , m_sandboxSession(sandboxSession)
{
    Q_ASSERT(m_vault);
}

std::unique_ptr<ConnectionStore> ConnectionStore::clone() const
{
    return std::make_unique<ConnectionStore>(m_db, m_vault, m_service, m_sandboxSession);
}

qint64 ConnectionStore::userId() const
{
    return m_vault->userId();
}

Result<std::optional<StoredConnection>> ConnectionStore::load()
{
    const Result<std::optional<ConnectionRow>> row = m_repository.find(userId());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<StoredConnection>();
    ConnectionRow current = *row.value();
    if (current.service.isEmpty() && !m_sandboxSession) {
        // Made before connections recorded their service: it takes this one, once.
        const Result<bool> adopted = m_repository.adoptService(userId(), m_service);
        if (!adopted.ok())
            return adopted.error();
        if (adopted.value())
            qCInfo(lcStorage) << "The connection of user" << userId() << "is now recorded as made with"
                              << m_service.displayHost();
        const Result<std::optional<ConnectionRow>> reread = m_repository.find(userId());
        if (!reread.ok())
            return reread.error();
        if (!reread.value())
            return std::optional<StoredConnection>();
        current = *reread.value();
    }
    if (current.service != m_service) {
        qCInfo(lcStorage) << "Not using the connection of user" << userId() << "made with"
                          << current.service.displayHost() << "while configured for" << m_service.displayHost();
        return otherService(current);
    }
    Result<StoredConnection> connection = decrypt(current);
    if (!connection.ok())
        return connection.error();
    return std::optional<StoredConnection>(std::move(connection).value());
}

Result<StoredConnection> ConnectionStore::save(const SoundCloudAccount &account, const TokenSet &tokens)
{
    ConnectionRow row;
    row.userId = userId();
    row.soundCloudUrn = account.urn;
    row.soundCloudUsername = account.username;
    row.accessTokenEnc = sealed(tokens.accessToken, accessTokenField());
    if (!tokens.refreshToken.isEmpty())
        row.refreshTokenEnc = sealed(tokens.refreshToken, refreshTokenField());
    row.expiresAt = tokens.expiresAt;
    row.scope = tokens.scope;
    row.service = m_service;
    if (const Result<void> allowed = checkMayChange(); !allowed.ok())
        return allowed.error();
    const Result<ConnectionRow> stored = m_repository.upsert(row);
    if (!stored.ok())
        return stored.error();
    qCInfo(lcStorage) << "Saved the SoundCloud connection of user" << userId() << "version" << stored.value().version;
    return decrypt(stored.value());
}

Result<StoredConnection> ConnectionStore::updateTokens(const TokenSet &tokens, qint64 expectedVersion,
                                                       const QString &releaseLeaseOf)
{
    const QByteArray accessEnc = sealed(tokens.accessToken, accessTokenField());
    const QByteArray refreshEnc = tokens.refreshToken.isEmpty() ? QByteArray()
                                                                : sealed(tokens.refreshToken, refreshTokenField());
    const Result<ConnectionRow> stored = m_repository.updateTokens(userId(), accessEnc, refreshEnc, tokens.expiresAt,
                                                                   tokens.scope, expectedVersion, releaseLeaseOf);
    if (!stored.ok())
        return stored.error();
    return decrypt(stored.value());
}

Result<void> ConnectionStore::remove()
{
    if (const Result<void> allowed = checkMayChange(); !allowed.ok())
        return allowed.error();
    return m_repository.remove(userId());
}

Result<void> ConnectionStore::checkMayChange() const
{
    if (!m_sandboxSession)
        return {};
    const Result<std::optional<ConnectionRow>> found = m_repository.find(userId());
    if (!found.ok())
        return found.error();
    const std::optional<ConnectionRow> &row = found.value();
    if (!row || row->service == m_service || (!row->service.isEmpty() && row->service.isOnThisComputer()))
        return {};
    qCInfo(lcStorage) << "A sandbox session leaves alone the connection of user" << userId() << "made with"
                      << (row->service.isEmpty() ? QStringLiteral("an unrecorded service")
                                                 : row->service.displayHost());
    return otherService(*row);
}

Error ConnectionStore::otherService(const ConnectionRow &row) const
{
    const QString account = row.soundCloudUsername.isEmpty() ? row.soundCloudUrn : row.soundCloudUsername;
    if (row.service.isEmpty() || (m_sandboxSession && !row.service.isOnThisComputer())) {
        return Error{ErrorKind::OtherService,
                     QCoreApplication::translate("ConnectionStore",
                                                 "%1 is connected to SoundCloud outside the sandbox. The sandbox "
                                                 "leaves that connection alone: try the sandbox as another local user.")
                         .arg(account),
                     QStringLiteral("connection of user %1 made elsewhere, sandbox session").arg(userId())};
    }
    return Error{ErrorKind::OtherService,
                 QCoreApplication::translate("ConnectionStore",
                                             "%1 is connected to another SoundCloud service (%2). Reconnect to use "
                                             "this one, or switch back to %2 in Settings.")
                     .arg(account, row.service.displayHost()),
                 QStringLiteral("connection of user %1 made with %2, configured for %3")
                     .arg(QString::number(userId()), row.service.displayHost(), m_service.displayHost())};
}

Result<bool> ConnectionStore::resealUnder(const Vault &newVault, bool markRotationDue)
{
    Q_ASSERT(newVault.userId() == userId());
    const Result<std::optional<ConnectionRow>> row = m_repository.find(userId());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return false;
    // Plain bytes only between open and seal, wiped at once.
    const auto reseal = [this, &newVault](const QByteArray &sealedValue, const QString &field) -> Result<QByteArray> {
        if (sealedValue.isEmpty())
            return QByteArray();
        Result<QByteArray> plain = m_vault->open(sealedValue, field);
        if (!plain.ok())
            return plain.error();
        QByteArray result = newVault.seal(plain.value(), field);
        wipe(plain.value());
        return result;
    };
    const Result<QByteArray> access = reseal(row.value()->accessTokenEnc, accessTokenField());
    if (!access.ok())
        return access.error();
    const Result<QByteArray> refresh = reseal(row.value()->refreshTokenEnc, refreshTokenField());
    if (!refresh.ok())
        return refresh.error();
    const Result<void> replaced = m_repository.replaceSealedTokens(
        userId(), access.value(), refresh.value(), row.value()->version, QDateTime::currentMSecsSinceEpoch(),
        markRotationDue);
    if (!replaced.ok())
        return replaced.error();
    return true;
}

Result<LeaseAttempt> ConnectionStore::tryAcquireRefreshLease(const QString &owner, qint64 durationMs)
{
    return m_lease.tryAcquire(userId(), owner, QDateTime::currentDateTimeUtc(), durationMs);
}

Result<void> ConnectionStore::releaseRefreshLease(const QString &owner)
{
    return m_lease.release(userId(), owner);
}

Result<void> ConnectionStore::markRefreshSent(const QString &owner)
{
    return m_lease.markSent(userId(), owner, QDateTime::currentDateTimeUtc());
}

bool ConnectionStore::isVersionConflict(const Error &error)
{
    return error.kind == ErrorKind::Database && error.detail == ConnectionRepository::versionConflictDetail();
}

QByteArray ConnectionStore::sealed(const QString &token, const QString &field) const
{
    QByteArray plain = token.toUtf8();
    QByteArray result = m_vault->seal(plain, field);
    wipe(plain);
    return result;
}

Result<StoredConnection> ConnectionStore::decrypt(const ConnectionRow &row) const
{
    StoredConnection connection;
    connection.account.urn = row.soundCloudUrn;
    connection.account.username = row.soundCloudUsername;
    connection.version = row.version;
    connection.rotationDue = row.rotationDue;
    connection.tokens.expiresAt = row.expiresAt;
    connection.tokens.scope = row.scope;

    // The plain UTF-8 copies are wiped once read (the QStrings stay in use).
    Result<QByteArray> access = m_vault->open(row.accessTokenEnc, accessTokenField());
    if (!access.ok())
        return access.error();
    connection.tokens.accessToken = QString::fromUtf8(access.value());
    wipe(access.value());
    if (!row.refreshTokenEnc.isEmpty()) {
        Result<QByteArray> refresh = m_vault->open(row.refreshTokenEnc, refreshTokenField());
        if (!refresh.ok())
            return refresh.error();
        connection.tokens.refreshToken = QString::fromUtf8(refresh.value());
        wipe(refresh.value());
    }
    return connection;
}

}  // namespace waveshelf
