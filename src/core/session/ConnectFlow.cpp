#include "session/ConnectFlow.h"

#include "auth/RedirectParser.h"
#include "common/LogCategories.h"
#include "network/ApiClient.h"
#include "network/TokenClient.h"
#include "storage/ConnectionStore.h"

#include <QCoreApplication>

namespace waveshelf {

ConnectFlow::ConnectFlow(QNetworkAccessManager &network, TokenClient &tokenClient, ConnectionStore &store,
                         const QUrl &authorizeUrl, const QString &clientId, const QUrl &redirectUri,
                         const QUrl &apiBase, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokenClient(tokenClient)
    , m_store(store)
    , m_request(AuthorizationRequest::create(authorizeUrl, clientId, redirectUri))
    , m_apiBase(apiBase)
{
}

void ConnectFlow::complete(const QUrl &redirectUrl)
{
    if (m_finished || m_completing)
        return;
    m_completing = true;
    const Result<QString> code = RedirectParser::parse(redirectUrl, m_request.state);
    if (!code.ok()) {
        qCInfo(lcAuth) << "connect attempt ended at the redirect:" << code.error().detail;
        fail(code.error());
        return;
    }
    emit exchanging();
    m_tokenClient.exchangeCode(code.value(), m_request.codeVerifier, this, [this](Result<TokenSet> tokens) {
        if (!tokens.ok()) {
            fail(tokens.error());
            return;
        }
        const TokenSet issued = tokens.value();
        ApiClient::fetchMeWithToken(
            m_network, m_apiBase, issued.accessToken, this, [this, issued](Result<SoundCloudAccount> me) {
                if (!me.ok()) {
                    fail(me.error());
                    return;
                }
                const auto existing = m_store.load();
                const bool hasExisting = existing.ok() && existing.value().has_value();
                if (hasExisting && existing.value()->account.urn != me.value().urn) {
                    qCInfo(lcAuth) << "signed in to" << me.value().urn << "instead of the stored"
                                   << existing.value()->account.urn << "- asking before replacing";
                    m_pending.emplace(me.value(), issued);
                    emit differentAccount(existing.value()->account, me.value());
                    return;
                }
                if (!hasExisting && m_confirmFirstConnection) {
                    qCInfo(lcAuth) << "signed in to" << me.value().urn << "- asking before a first connection";
                    m_pending.emplace(me.value(), issued);
                    m_askedAboutFirstConnection = true;
                    emit confirmAccount(me.value());
                    return;
                }
                store(me.value(), issued);
            });
    });
}

void ConnectFlow::store(const SoundCloudAccount &account, const TokenSet &tokens)
{
    const auto saved = m_store.save(account, tokens);
    if (!saved.ok()) {
        fail(saved.error());
        return;
    }
    m_finished = true;
    qCInfo(lcAuth) << "connected SoundCloud account" << account.urn;
    emit connected(account);
}

void ConnectFlow::confirm()
{
    if (m_finished || !m_pending)
        return;
    const auto [account, tokens] = *std::exchange(m_pending, std::nullopt);
    store(account, tokens);
}

void ConnectFlow::decline()
{
    if (m_finished || !m_pending)
        return;
    const QString username = m_pending->first.username;
    m_pending.reset();  // the signed-in account's tokens are dropped, never stored
    if (m_askedAboutFirstConnection) {
        qCInfo(lcAuth) << "first connection declined; nothing stored";
        fail(Error{ErrorKind::Cancelled,
                   QCoreApplication::translate("ConnectFlow",
                                               "Not connected: you did not confirm the SoundCloud account %1, so "
                                               "nothing was saved.")
                       .arg(username),
                   QStringLiteral("first connection declined")});
        return;
    }
    fail(Error{
        ErrorKind::Cancelled,
        QCoreApplication::translate("ConnectFlow", "Kept your SoundCloud connection as it was; nothing was changed."),
        QStringLiteral("different account declined")});
}

void ConnectFlow::cancelByUser()
{
    if (m_finished || m_completing)
        return;
    fail(Error{ErrorKind::Cancelled,
               QCoreApplication::translate("ConnectFlow",
                                           "The SoundCloud window was closed before the connection was finished. "
                                           "Nothing was changed."),
               QStringLiteral("popup closed")});
}

void ConnectFlow::fail(const Error &error)
{
    m_finished = true;
    emit failed(error);
}

}  // namespace waveshelf
