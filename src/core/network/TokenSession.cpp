#include "network/TokenSession.h"

#include "common/LogCategories.h"
#include "network/TokenClient.h"
#include "storage/ConnectionStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace waveshelf {

namespace {

Error notConnected()
{
    return Error{ErrorKind::NotFound,
                 QCoreApplication::translate("TokenSession", "This account is not connected to SoundCloud."),
                 QStringLiteral("no stored connection")};
}

}  // namespace

TokenSession::TokenSession(ConnectionStore &store, TokenClient &tokenClient, QObject *parent)
    : QObject(parent), m_store(store), m_tokenClient(tokenClient)
{
}

void TokenSession::accessToken(QObject *context, TokenCallback done, const QString &rejectedToken)
{
    if (m_refreshing) {
        m_waiters.append({context, std::move(done)});
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
    const bool dueSoon = stored.value()->tokens.expiresWithin(QDateTime::currentDateTimeUtc(), kRefreshMarginSeconds);
    if (!rejected && !dueSoon && !current.isEmpty()) {
        done(current);
        return;
    }
    m_waiters.append({context, std::move(done)});
    startRefresh();
}

void TokenSession::startRefresh()
{
    const auto stored = m_store.load();
    if (!stored.ok() || !stored.value().has_value()) {
        finishRefresh(stored.ok() ? Result<QString>(notConnected()) : Result<QString>(stored.error()));
        return;
    }
    const qint64 version = stored.value()->version;
    const QString refreshToken = stored.value()->tokens.refreshToken;
    if (refreshToken.isEmpty()) {
        const Error error{ErrorKind::ReconnectNeeded,
                          QCoreApplication::translate("TokenSession",
                                                      "SoundCloud no longer accepts this connection. Please reconnect."),
                          QStringLiteral("no refresh token stored")};
        emit connectionBroken(error);
        finishRefresh(error);
        return;
    }

    m_refreshing = true;
    qCInfo(lcAuth) << "refreshing the access token (stored version" << version << ")";
    m_tokenClient.refresh(refreshToken, this, [this, version](Result<TokenSet> answer) {
        if (!answer.ok()) {
            if (answer.error().kind == ErrorKind::ReconnectNeeded)
                emit connectionBroken(answer.error());
            finishRefresh(answer.error());
            return;
        }
        // Commit the new pair before anything uses it: the old refresh token is dead now.
        const auto saved = m_store.updateTokens(answer.value(), version);
        if (!saved.ok()) {
            qCWarning(lcAuth) << "could not store refreshed tokens:" << saved.error().detail;
            finishRefresh(saved.error());
            return;
        }
        finishRefresh(saved.value().tokens.accessToken);
    });
}

void TokenSession::finishRefresh(const Result<QString> &outcome)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(outcome);
    }
}

}  // namespace waveshelf
