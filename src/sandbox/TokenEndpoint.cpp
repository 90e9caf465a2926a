#include "TokenEndpoint.h"

#include "GrantStore.h"
#include "PkceCheck.h"
#include "SandboxLog.h"
#include "SandboxOptions.h"
#include "SandboxRequest.h"

#include <QJsonObject>

namespace waveshelf::sandbox {

namespace {

SandboxReply oauthError(const QString &error, int status = 400)
{
    QJsonObject body;
    body.insert(QStringLiteral("error"), error);
    SandboxReply reply = SandboxReply::json(body, status);
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

SandboxReply invalidGrant()
{
    return oauthError(QStringLiteral("invalid_grant"));
}
SandboxReply invalidRequest()
{
    return oauthError(QStringLiteral("invalid_request"));
}

}  // namespace

TokenEndpoint::TokenEndpoint(const SandboxOptions &options, GrantStore &grants)
    : m_options(options)
    , m_grants(grants)
{
}

SandboxReply TokenEndpoint::handle(const SandboxRequest &request)
{
    const FormFields &form = request.form;
    if (form.hasRepeatedKeys())
        return invalidRequest();
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return invalidRequest();
    if (grantType != QStringLiteral("authorization_code") && grantType != QStringLiteral("refresh_token"))
        return oauthError(QStringLiteral("unsupported_grant_type"));

    const QString clientId = form.value(QStringLiteral("client_id"));
    const bool secretOk = m_options.clientSecret.isEmpty()
        || form.value(QStringLiteral("client_secret")) == m_options.clientSecret;
    if (clientId.isEmpty() || clientId != m_options.clientId || !secretOk) {
        qCDebug(lcSandbox) << "token request with bad client credentials";
        return oauthError(QStringLiteral("invalid_client"), 401);
    }
    return grantType == QStringLiteral("authorization_code") ? exchangeCode(request) : refresh(request);
}

SandboxReply TokenEndpoint::exchangeCode(const SandboxRequest &request)
{
    const FormFields &form = request.form;
    const QString codeValue = form.value(QStringLiteral("code"));
    const QString redirectUri = form.value(QStringLiteral("redirect_uri"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (codeValue.isEmpty() || redirectUri.isEmpty() || verifier.isEmpty())
        return invalidRequest();

    AuthorizationCode *code = m_grants.findCode(codeValue);
    if (!code)
        return invalidGrant();
    if (code->used) {
        // RFC 6749 §4.1.2: a code used twice revokes what it was exchanged for.
        qCInfo(lcSandbox) << "authorization code reused; revoking its grant";
        m_grants.revoke(code->grantId);
        return invalidGrant();
    }
    code->used = true;  // any attempt spends the code
    if (code->expiresAtMs <= GrantStore::nowMs() || code->clientId != form.value(QStringLiteral("client_id"))
        || code->redirectUri != redirectUri)
        return invalidGrant();
    if (!PkceCheck::isValidVerifier(verifier))
        return invalidRequest();
    if (PkceCheck::challengeFor(verifier) != code->codeChallenge) {
        qCDebug(lcSandbox) << "code_verifier does not match the code_challenge";
        return invalidGrant();
    }
    Grant &grant = m_grants.createGrant(code->username, code->clientId);
    code->grantId = grant.id;
    qCDebug(lcSandbox) << "code exchanged for sandbox user" << grant.username;
    return tokens(grant);
}

SandboxReply TokenEndpoint::refresh(const SandboxRequest &request)
{
    const QString token = request.form.value(QStringLiteral("refresh_token"));
    if (token.isEmpty())
        return invalidRequest();
    RefreshToken *record = m_grants.findRefreshToken(token);
    Grant *grant = record ? m_grants.grant(record->grantId) : nullptr;
    if (!record || !grant || grant->clientId != request.form.value(QStringLiteral("client_id")))
        return invalidGrant();
    if (record->used) {
        qCInfo(lcSandbox) << "refresh token reused; revoking the grant of sandbox user" << grant->username;
        grant->revoked = true;
        return invalidGrant();
    }
    if (grant->revoked)
        return invalidGrant();
    if (!m_rotate) {
        m_grants.renewAccessToken(*grant);
        return tokens(*grant, false);
    }
    m_grants.rotate(*grant);
    return tokens(*grant);
}

SandboxReply TokenEndpoint::tokens(const Grant &grant, bool withRefreshToken) const
{
    QJsonObject body;
    body.insert(QStringLiteral("access_token"), grant.accessToken);
    body.insert(QStringLiteral("expires_in"), m_grants.accessTokenLifetime());
    if (withRefreshToken)
        body.insert(QStringLiteral("refresh_token"), grant.refreshToken);
    body.insert(QStringLiteral("scope"), QString());
    SandboxReply reply = SandboxReply::json(body);
    reply.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.addHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return reply;
}

}  // namespace waveshelf::sandbox
