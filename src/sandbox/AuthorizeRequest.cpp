#include "AuthorizeRequest.h"

#include "PkceCheck.h"
#include "SandboxOptions.h"

namespace waveshelf::sandbox {

AuthorizeRequest AuthorizeRequest::fromFields(const FormFields &fields)
{
    AuthorizeRequest request;
    request.clientId = fields.value(QStringLiteral("client_id"));
    request.redirectUri = fields.value(QStringLiteral("redirect_uri"));
    request.responseType = fields.value(QStringLiteral("response_type"));
    request.codeChallenge = fields.value(QStringLiteral("code_challenge"));
    request.codeChallengeMethod = fields.value(QStringLiteral("code_challenge_method"));
    request.state = fields.value(QStringLiteral("state"));
    request.hasState = fields.contains(QStringLiteral("state"));
    request.scope = fields.value(QStringLiteral("scope"));
    request.hasRepeatedParameters = fields.hasRepeatedKeys();
    return request;
}

AuthorizeRequest::Problem AuthorizeRequest::validate(const SandboxOptions &options) const
{
    if (hasRepeatedParameters)
        return {400, QStringLiteral("A parameter was sent more than once.")};
    if (clientId.isEmpty())
        return {400, QStringLiteral("The request has no client_id.")};
    if (clientId != options.clientId)
        return {400, QStringLiteral("No app is registered with this client_id.")};
    bool registered = false;
    for (const QUrl &uri : options.redirectUris)
        registered = registered || uri.toString(QUrl::FullyEncoded) == redirectUri;
    if (redirectUri.isEmpty() || !registered)
        return {400,
                QStringLiteral("The redirect_uri does not match the app's registration "
                               "exactly.")};
    if (responseType != QStringLiteral("code"))
        return {400, QStringLiteral("Unsupported response_type: only \"code\" is allowed.")};
    if (codeChallenge.isEmpty())
        return {400, QStringLiteral("PKCE is required: the request has no code_challenge.")};
    if (codeChallengeMethod != QStringLiteral("S256"))
        return {400, QStringLiteral("code_challenge_method must be S256.")};
    if (!PkceCheck::isWellFormedChallenge(codeChallenge))
        return {400,
                QStringLiteral("The code_challenge is not a BASE64URL-encoded SHA-256 "
                               "digest.")};
    if (!scope.isEmpty())
        return {403, QStringLiteral("The requested scope is not allowed for this app.")};
    return {};
}

FormFields AuthorizeRequest::carriedFields() const
{
    FormFields fields;
    fields.add(QStringLiteral("client_id"), clientId);
    fields.add(QStringLiteral("redirect_uri"), redirectUri);
    fields.add(QStringLiteral("response_type"), responseType);
    fields.add(QStringLiteral("code_challenge"), codeChallenge);
    fields.add(QStringLiteral("code_challenge_method"), codeChallengeMethod);
    if (hasState)
        fields.add(QStringLiteral("state"), state);
    return fields;
}

}  // namespace waveshelf::sandbox
