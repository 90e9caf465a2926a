#pragma once

#include "accounts/Vault.h"
#include "auth/TokenSet.h"
#include "common/Result.h"
#include "soundcloud/SoundCloudAccount.h"
#include "storage/ConnectionRepository.h"
#include "storage/RefreshLease.h"

#include <memory>
#include <optional>

namespace waveshelf {

class Database;

// A local user's SoundCloud connection, decrypted.
struct StoredConnection {
    SoundCloudAccount account;
    TokenSet tokens;
    qint64 version = 0;  // pass back to updateTokens
    // The grant is to be renewed at the next online use (a password change
    // could not spend the refresh token): TokenSession refreshes first.
    bool rotationDue = false;
};

// The SoundCloud connection of the user whose vault it holds: tokens are
// sealed with that vault before they reach the database and opened after.
// This is what the rest of the app uses; ConnectionRepository is its raw layer.
//
// Tokens stay with the service that issued them. Each connection records the
// service (ServiceIdentity) of the configuration that made it, and the store
// hands out only connections of its own `service`: load() of another one is
// ErrorKind::OtherService, nothing is sent anywhere, and the row stays as it
// is for when the configuration names that service again. A connection from
// before schema 0007 takes the store's service at its first load, unless the
// store belongs to a sandbox session (AppConfig::sandboxSession), which also
// never replaces or removes a connection made with a service on another
// computer (or of unknown origin).
class ConnectionStore final {
public:
    // user id = vault->userId()
    ConnectionStore(Database &db, std::shared_ptr<const Vault> vault, ServiceIdentity service,
                    bool sandboxSession = false);

    [[nodiscard]] qint64 userId() const;
    // Another store for the same user and database (for work that may
    // outlive this one, such as a refresh answer still on its way).
    [[nodiscard]] std::unique_ptr<ConnectionStore> clone() const;
    // Crypto if the stored tokens do not open with this vault; OtherService
    // if they were issued by another service.
    [[nodiscard]] Result<std::optional<StoredConnection>> load();
    // Inserts or replaces the connection (account + tokens, issued by this
    // store's service) in one transaction; returns what was stored, with the
    // bumped version. OtherService when a sandbox session meets a connection
    // made elsewhere.
    [[nodiscard]] Result<StoredConnection> save(const SoundCloudAccount &account, const TokenSet &tokens);
    // Replaces the tokens if the stored version still equals expectedVersion.
    // An empty refresh token (or scope) keeps the stored one. On a version
    // mismatch: ErrorKind::Database, see isVersionConflict(). NotFound if the
    // connection was removed.
    // With `releaseLeaseOf`, the same statement also releases that owner's
    // refresh lease (the new pair and the release commit together).
    [[nodiscard]] Result<StoredConnection> updateTokens(const TokenSet &tokens, qint64 expectedVersion,
                                                        const QString &releaseLeaseOf = QString());
    // OtherService when a sandbox session meets a connection made elsewhere.
    [[nodiscard]] Result<void> remove();
    // Opens the stored tokens with this store's vault and seals them again
    // with `newVault` (same user), in one conditional UPDATE (see
    // ConnectionRepository::replaceSealedTokens); `markRotationDue` also marks
    // the grant for renewal at its next use. True when a connection was
    // re-sealed; false when none is stored. Call inside the transaction that
    // stores `newVault`'s material.
    [[nodiscard]] Result<bool> resealUnder(const Vault &newVault, bool markRotationDue);

    // The refresh lease of this connection, see RefreshLease: only its holder
    // may spend the refresh token. Not acquired while another owner's lease is
    // live or the database is busy: poll again.
    [[nodiscard]] Result<LeaseAttempt> tryAcquireRefreshLease(const QString &owner, qint64 durationMs);
    [[nodiscard]] Result<void> releaseRefreshLease(const QString &owner);
    // Call right before sending the refresh token, holding the lease (see
    // RefreshLease::markSent); an error means: do not send it.
    [[nodiscard]] Result<void> markRefreshSent(const QString &owner);

    // True for the error updateTokens gives when another writer came first.
    [[nodiscard]] static bool isVersionConflict(const Error &error);

private:
    [[nodiscard]] Result<StoredConnection> decrypt(const ConnectionRow &row) const;
    // OtherService when this is a sandbox session and the stored row was made
    // elsewhere (then it may not be replaced or removed); reads the row only then.
    [[nodiscard]] Result<void> checkMayChange() const;
    [[nodiscard]] Error otherService(const ConnectionRow &row) const;
    // Seals a token; its temporary UTF-8 copy is wiped.
    [[nodiscard]] QByteArray sealed(const QString &token, const QString &field) const;

    Database &m_db;
    ConnectionRepository m_repository;
    RefreshLease m_lease;
    std::shared_ptr<const Vault> m_vault;
    ServiceIdentity m_service;
    bool m_sandboxSession = false;
};

}  // namespace waveshelf
