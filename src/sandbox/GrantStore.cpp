#include "GrantStore.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace waveshelf::sandbox {

GrantStore::GrantStore(int accessTokenLifetimeSeconds)
    : m_lifetimeSeconds(accessTokenLifetimeSeconds)
{
}

void GrantStore::setAccessTokenLifetime(int seconds)
{
    m_lifetimeSeconds = seconds;
}

QString GrantStore::createCode(const AuthorizationCode &code)
{
    QString value = randomToken(24);
    m_codes.insert(value, code);
    return value;
}

AuthorizationCode *GrantStore::findCode(const QString &code)
{
    const auto it = m_codes.find(code);
    return it == m_codes.end() ? nullptr : &it.value();
}

Grant &GrantStore::createGrant(const QString &username, const QString &clientId)
{
    const int id = m_nextGrantId++;
    Grant &grant = m_grants[id];
    grant.id = id;
    grant.username = username;
    grant.clientId = clientId;
    issueTokens(grant);
    return grant;
}

void GrantStore::rotate(Grant &grant)
{
    if (RefreshToken *old = findRefreshToken(grant.refreshToken))
        old->used = true;
    issueTokens(grant);
}

void GrantStore::renewAccessToken(Grant &grant)
{
    issueAccessToken(grant);
}

void GrantStore::revoke(int grantId)
{
    if (Grant *found = grant(grantId))
        found->revoked = true;
}

void GrantStore::revokeAllOf(const QString &username)
{
    for (Grant &candidate : m_grants) {
        if (candidate.username == username)
            candidate.revoked = true;
    }
}

Grant *GrantStore::grant(int id)
{
    const auto it = m_grants.find(id);
    return it == m_grants.end() ? nullptr : &it.value();
}

RefreshToken *GrantStore::findRefreshToken(const QString &token)
{
    const auto it = m_refreshTokens.find(token);
    return it == m_refreshTokens.end() ? nullptr : &it.value();
}

const Grant *GrantStore::grantForAccessToken(const QString &token) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd() || it->expiresAtMs <= nowMs())
        return nullptr;
    const auto grantIt = m_grants.constFind(it->grantId);
    if (grantIt == m_grants.constEnd() || grantIt->revoked)
        return nullptr;
    return &grantIt.value();
}

void GrantStore::expireAllAccessTokens()
{
    const qint64 past = nowMs() - 1;
    for (AccessToken &token : m_accessTokens)
        token.expiresAtMs = past;
}

bool GrantStore::isLatestGrantRevoked(const QString &username) const
{
    const Grant *latest = nullptr;
    for (const Grant &candidate : m_grants) {
        if (candidate.username == username && (!latest || candidate.id > latest->id))
            latest = &candidate;
    }
    return latest && latest->revoked;
}

QString GrantStore::createSession(const QString &username)
{
    QString id = randomToken(18);
    m_sessions.insert(id, username);
    return id;
}

QString GrantStore::sessionUser(const QString &sessionId) const
{
    return m_sessions.value(sessionId);
}

QString GrantStore::randomToken(int bytes)
{
    QByteArray raw;
    raw.reserve(bytes);
    for (int i = 0; i < bytes; ++i)
        raw.append(static_cast<char>(QRandomGenerator::system()->bounded(256)));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 GrantStore::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void GrantStore::issueTokens(Grant &grant)
{
    issueAccessToken(grant);
    grant.refreshToken = randomToken(24);
    m_refreshTokens.insert(grant.refreshToken, {grant.id, false});
}

void GrantStore::issueAccessToken(Grant &grant)
{
    grant.accessToken = QStringLiteral("2-") + QString::number(grant.id) + u'-' + randomToken(18);
    m_accessTokens.insert(grant.accessToken, {grant.id, nowMs() + qint64(m_lifetimeSeconds) * 1000});
}

}  // namespace waveshelf::sandbox
