#include "network/TokenSession.h"

#include "common/LogCategories.h"
#include "network/TokenClient.h"
#include "storage/ConnectionStore.h"
#include "storage/RefreshLease.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <utility>

namespace waveshelf {

static_assert(TokenClient::kDeadlineMs < TokenSession::kLeaseMilliseconds, "a refresh must end before its lease does");

namespace {

Error notConnected()
{
    return Error{ErrorKind::NotFound,
                 QCoreApplication::translate("TokenSession", "This account is not connected to SoundCloud."),
                 QStringLiteral("no stored connection")};
}

// A holder sent the refresh token and was gone before storing the answer.
Error abandonedRefresh()
{
    return Error{ErrorKind::ReconnectNeeded,
                 QCoreApplication::translate("TokenSession",
                                             "Waveshelf was closed while it renewed your SoundCloud sign-in, so the "
                                             "sign-in may no longer work. Connect to SoundCloud again to go on; "
                                             "nothing else was lost."),
                 QStringLiteral("an expired refresh lease had an unanswered refresh")};
}

// The row changed under a refresh: another writer came first, or it is gone.
bool rowChanged(const Error &error)
{
    return ConnectionStore::isVersionConflict(error) || error.kind == ErrorKind::NotFound;
}

Error noRefreshToken()
{
    return Error{
        ErrorKind::ReconnectNeeded,
        QCoreApplication::translate("TokenSession", "SoundCloud no longer accepts this connection. Please reconnect."),
        QStringLiteral("no refresh token stored")};
}

}  // namespace

TokenSession::TokenSession(ConnectionStore &store, TokenClient &tokenClient, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokenClient(tokenClient)
    , m_leaseOwner(RefreshLease::newOwnerId())
    , m_pollTimer(new QTimer(this))
    , m_persistTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(kPollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &TokenSession::attempt);
    m_persistTimer->setInterval(kPersistRetryMs);
    connect(m_persistTimer, &QTimer::timeout, this, [this] { persistUnsaved(); });
}

TokenSession::~TokenSession()
{
    // A refresh on its way finishes without us (see refreshHoldingLease) and
    // releases the lease itself.
    if (m_refreshReceiver)
        return;
    // A refreshed pair still unwritten gets one last try; if that fails the
    // lease is kept (it expires by itself) so nobody spends the dead token early.
    if (m_unsaved && !persistUnsaved())
        return;
    // Going away mid-refresh (log out): let others refresh now rather than
    // wait for the lease to expire.
    releaseLease();
}

bool TokenSession::persistUnsaved()
{
    if (!m_unsaved)
        return true;
    // Keep (renew) the lease while the only live refresh token is in memory.
    const auto lease = m_store.tryAcquireRefreshLease(m_leaseOwner, kLeaseMilliseconds);
    if (!lease.ok() || !lease.value().acquired)
        return false;
    m_holdsLease = true;
    const auto saved = m_store.updateTokens(*m_unsaved, m_unsavedVersion, m_leaseOwner);
    if (!saved.ok() && rowChanged(saved.error())) {
        // A reconnect or a removal replaced the grant this pair belongs to.
        qCInfo(lcAuth) << "the connection changed meanwhile; dropping the refreshed tokens kept in memory";
        m_unsaved.reset();
        m_persistTimer->stop();
        releaseLease();
        return true;
    }
    if (!saved.ok()) {
        qCWarning(lcAuth) << "refreshed tokens still not stored:" << saved.error().detail;
        return false;
    }
    qCInfo(lcAuth) << "refreshed tokens stored after a retry (version" << saved.value().version << ")";
    m_unsaved.reset();
    m_holdsLease = false;
    m_persistTimer->stop();
    return true;
}

void TokenSession::accessToken(QObject *context, TokenCallback done, const QString &rejectedToken)
{
    if (m_refreshing) {
        m_waiters.append({context, std::move(done)});
        return;
    }
    if (m_unsaved && !persistUnsaved()) {
        // The refreshed pair lives in memory until the store takes it.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_unsaved->accessToken != rejectedToken && !m_unsaved->expiresWithin(now, 0))
            done(m_unsaved->accessToken);
        else
            done(Error{ErrorKind::Database,
                       QCoreApplication::translate("TokenSession",
                                                   "Waveshelf cannot save your SoundCloud connection right now (is "
                                                   "the disk full?). It keeps trying; do not quit yet."),
                       QStringLiteral("refreshed tokens not stored")});
        return;
    }
    const auto stored = m_store.load();
    if (!stored.ok()) {
        done(stored.error());
        return;
    }
    if (!stored.value().has_value()) {
        done(notConnected());
        return;
    }
    const QString current = stored.value()->tokens.accessToken;
    const bool rejected = !rejectedToken.isEmpty() && rejectedToken == current;
    // A grant a password change could not renew is renewed now (see GrantRotation).
    const bool dueSoon = stored.value()->rotationDue
        || stored.value()->tokens.expiresWithin(QDateTime::currentDateTimeUtc(), kRefreshMarginSeconds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool backingOff = m_noRefreshBefore.isValid() && now < m_noRefreshBefore
        && !stored.value()->tokens.expiresWithin(now, 0);
    if (!rejected && (!dueSoon || backingOff) && !current.isEmpty()) {
        done(current);
        return;
    }
    if (stored.value()->rotationDue)
        qCInfo(lcAuth) << "renewing the grant a password change left for its next use";
    m_waiters.append({context, std::move(done)});
    startRefresh(stored.value()->version, rejected ? current : QString());
}

void TokenSession::startRefresh(qint64 staleVersion, const QString &rejectedToken)
{
    m_refreshing = true;
    m_announcedWait = false;
    m_staleVersion = staleVersion;
    m_rejectedToken = rejectedToken;
    attempt();
}

bool TokenSession::isUsable(const StoredConnection &stored) const
{
    const QString &token = stored.tokens.accessToken;
    if (token.isEmpty() || (!m_rejectedToken.isEmpty() && token == m_rejectedToken) || stored.rotationDue)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.tokens.expiresWithin(now, kRefreshMarginSeconds))
        return true;
    // Someone else refreshed meanwhile: take their token even when it lives
    // shorter than our margin, as long as it has not expired.
    return stored.version != m_staleVersion && !stored.tokens.expiresWithin(now, 0);
}

// One step of a refresh cycle; runs again from the poll timer while another
// holder has the lease.
void TokenSession::attempt()
{
    // (a) Another process may have committed a new pair already.
    const auto stored = m_store.load();
    if (!stored.ok()) {
        finishRefresh(stored.error());
        return;
    }
    if (!stored.value().has_value()) {
        finishRefresh(notConnected());
        return;
    }
    if (isUsable(*stored.value())) {
        if (m_announcedWait)
            qCInfo(lcAuth) << "using the access token another process refreshed (version" << stored.value()->version
                           << ")";
        finishRefresh(stored.value()->tokens.accessToken);
        return;
    }
    if (stored.value()->tokens.refreshToken.isEmpty()) {
        breakConnection(noRefreshToken());
        return;
    }

    // (b) Only the lease holder may spend the single-use refresh token.
    const auto lease = m_store.tryAcquireRefreshLease(m_leaseOwner, kLeaseMilliseconds);
    if (!lease.ok()) {
        finishRefresh(lease.error().kind == ErrorKind::NotFound ? notConnected() : lease.error());
        return;
    }
    if (lease.value().abandonedRefresh) {
        breakConnection(abandonedRefresh());
        return;
    }
    if (!lease.value().acquired) {
        // (c) Someone else holds it (or the database is busy): poll the row.
        if (!m_announcedWait) {
            qCInfo(lcAuth) << "another process is refreshing this connection; waiting for it";
            m_announcedWait = true;
        }
        m_pollTimer->start();
        return;
    }
    m_holdsLease = true;

    // Re-read under the lease: a holder that finished between the read above
    // and our lease has committed a new pair.
    const auto current = m_store.load();
    if (!current.ok() || !current.value().has_value()) {
        releaseLease();
        finishRefresh(current.ok() ? Result<QString>(notConnected()) : Result<QString>(current.error()));
        return;
    }
    if (isUsable(*current.value())) {
        releaseLease();
        finishRefresh(current.value()->tokens.accessToken);
        return;
    }
    refreshHoldingLease(*current.value());
}

void TokenSession::refreshHoldingLease(const StoredConnection &stored)
{
    if (stored.tokens.refreshToken.isEmpty()) {
        releaseLease();
        breakConnection(noRefreshToken());
        return;
    }
    const qint64 version = stored.version;
    qCInfo(lcAuth) << "refreshing the access token (stored version" << version << ")";
    const QString currentAccess = stored.tokens.accessToken;
    const QDateTime currentExpiry = stored.tokens.expiresAt;
    const QString refreshToken = stored.tokens.refreshToken;
    // The answer must not die with this session (log out, switch user): once
    // sent, SoundCloud may already have retired the stored refresh token. So it
    // is received by an object of its own, which still commits the new pair
    // (and releases the lease) if the session is gone by then.
    // Mark it sent first: if this process dies before the answer is stored,
    // the next one must not send the (maybe spent) token again.
    const Result<void> marked = m_store.markRefreshSent(m_leaseOwner);
    if (!marked.ok()) {
        releaseLease();
        finishRefresh(marked.error());
        return;
    }
    auto *receiver = new QObject;
    m_refreshReceiver = receiver;
    std::shared_ptr<ConnectionStore> detachedStore(m_store.clone());
    QPointer<TokenSession> self(this);
    const QString owner = m_leaseOwner;
    m_tokenClient.refresh(
        refreshToken, receiver,
        [this, self, receiver, detachedStore, owner, version, currentAccess, currentExpiry,
         refreshToken](Result<TokenSet> answer) {
            receiver->deleteLater();
            if (!self) {
                if (answer.ok() && detachedStore->updateTokens(answer.value(), version, owner).ok())
                    qCInfo(lcAuth) << "stored a refresh answer that arrived after its session ended";
                else
                    (void)detachedStore->releaseRefreshLease(owner);
                return;
            }
            m_refreshReceiver = nullptr;
            if (!answer.ok()) {
                // The old refresh token is still the stored one: keep it.
                releaseLease();
                if (answer.error().kind == ErrorKind::ReconnectNeeded) {
                    breakConnection(answer.error());
                    return;
                }
                // A passing failure: back off, and keep using the current token
                // while it is still valid (a refresh starts before expiry).
                const QDateTime now = QDateTime::currentDateTimeUtc();
                m_noRefreshBefore = now.addSecs(kRefreshBackoffSeconds);
                // (Without a known expiry only a grant due for renewal gets here unrejected.)
                if (currentAccess != m_rejectedToken && (!currentExpiry.isValid() || now < currentExpiry)) {
                    qCInfo(lcAuth) << "refresh failed for now; using the current token until it expires";
                    finishRefresh(currentAccess);
                } else {
                    finishRefresh(answer.error());
                }
                return;
            }
            m_noRefreshBefore = QDateTime();
            // Commit the new pair, and release the lease in the same statement,
            // before anything uses it: the old refresh token is dead now.
            const auto saved = m_store.updateTokens(answer.value(), version, m_leaseOwner);
            if (!saved.ok() && rowChanged(saved.error())) {
                // Reconnected or removed meanwhile: this pair belongs to a grant
                // the row no longer holds. Drop it, free the lease, use the row.
                qCInfo(lcAuth) << "the connection changed while refreshing; dropping the refreshed tokens";
                releaseLease();
                finishWithStoredRow(saved.error());
                return;
            }
            if (!saved.ok()) {
                // Never drop it: SoundCloud has already retired the stored refresh
                // token. Keep the pair (and the lease) and write it again later.
                qCWarning(lcAuth) << "could not store refreshed tokens; keeping them and retrying:"
                                  << saved.error().detail;
                m_unsaved = answer.value();
                if (m_unsaved->refreshToken.isEmpty())
                    m_unsaved->refreshToken = refreshToken;
                m_unsavedVersion = version;
                m_persistTimer->start();
                finishRefresh(answer.value().accessToken);
                return;
            }
            m_holdsLease = false;
            finishRefresh(saved.value().tokens.accessToken);
        });
}

void TokenSession::finishWithStoredRow(const Error &whyNotOurs)
{
    const auto stored = m_store.load();
    if (!stored.ok())
        finishRefresh(stored.error());
    else if (!stored.value().has_value())
        finishRefresh(notConnected());
    else if (isUsable(*stored.value()))
        finishRefresh(stored.value()->tokens.accessToken);
    else
        finishRefresh(whyNotOurs);
}

void TokenSession::releaseLease()
{
    if (!m_holdsLease)
        return;
    m_holdsLease = false;
    const Result<void> released = m_store.releaseRefreshLease(m_leaseOwner);
    if (!released.ok())
        qCWarning(lcAuth) << "could not release the refresh lease (it expires by itself):" << released.error().detail;
}

void TokenSession::breakConnection(const Error &error)
{
    emit connectionBroken(error);
    finishRefresh(error);
}

void TokenSession::finishRefresh(const Result<QString> &outcome)
{
    m_pollTimer->stop();
    m_refreshing = false;
    m_announcedWait = false;
    m_rejectedToken.clear();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(outcome);
    }
}

}  // namespace waveshelf
