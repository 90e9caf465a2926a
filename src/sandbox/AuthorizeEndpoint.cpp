#include "AuthorizeEndpoint.h"

#include "AuthorizePages.h"
#include "AuthorizeRequest.h"
#include "GrantStore.h"
#include "SandboxData.h"
#include "SandboxLog.h"
#include "SandboxOptions.h"
#include "SandboxRequest.h"

#include <QUrl>

namespace waveshelf::sandbox {

namespace {

// The app's redirect URI with `fields` appended to its query, every value
// percent-encoded so that it comes back exactly as sent.
QUrl redirectTo(const QString &redirectUri, const FormFields &fields)
{
    QUrl target(redirectUri, QUrl::StrictMode);
    QByteArray query = target.query(QUrl::FullyEncoded).toUtf8();
    if (!query.isEmpty())
        query += '&';
    query += fields.encoded();
    target.setQuery(QString::fromUtf8(query), QUrl::StrictMode);
    return target;
}

QByteArray sessionCookie(const QString &sessionId)
{
    return AuthorizeEndpoint::sessionCookieName().toUtf8() + '=' + sessionId.toUtf8()
        + QByteArrayLiteral("; Path=/; HttpOnly; SameSite=Lax");
}

}  // namespace

AuthorizeEndpoint::AuthorizeEndpoint(const SandboxOptions &options, const SandboxData &data, GrantStore &grants)
    : m_options(options)
    , m_data(data)
    , m_grants(grants)
{
}

QString AuthorizeEndpoint::sessionCookieName()
{
    return QStringLiteral("sandbox_session");
}

SandboxReply AuthorizeEndpoint::show(const SandboxRequest &request) const
{
    const AuthorizeRequest params = AuthorizeRequest::fromFields(request.query);
    const AuthorizeRequest::Problem problem = params.validate(m_options);
    if (problem.status != 0) {
        qCDebug(lcSandbox) << "authorize request refused:" << problem.message;
        return SandboxReply::html(AuthorizePages::error(problem.message), problem.status);
    }
    const QString username = sessionUser(request);
    if (const SandboxUser *user = m_data.userByUsername(username)) {
        return SandboxReply::html(AuthorizePages::signedIn(params, m_options.clientId, user->username, user->fullName));
    }
    return signInPage(params, QString(), QString());
}

SandboxReply AuthorizeEndpoint::submit(const SandboxRequest &request, const QString &issuer)
{
    const AuthorizeRequest params = AuthorizeRequest::fromFields(request.form);
    const AuthorizeRequest::Problem problem = params.validate(m_options);
    if (problem.status != 0)
        return SandboxReply::html(AuthorizePages::error(problem.message), problem.status);

    const QString decision = request.form.value(QStringLiteral("decision"));
    if (decision == QStringLiteral("deny")) {
        FormFields fields;
        fields.add(QStringLiteral("error"), QStringLiteral("access_denied"));
        fields.add(QStringLiteral("error_description"), QStringLiteral("The user denied the request."));
        if (params.hasState)
            fields.add(QStringLiteral("state"), params.state);
        fields.add(QStringLiteral("iss"), issuer);
        return SandboxReply::redirect(redirectTo(params.redirectUri, fields));
    }
    if (decision == QStringLiteral("switch")) {
        SandboxReply reply = signInPage(params, QString(), QString());
        reply.addHeader(QByteArrayLiteral("Set-Cookie"),
                        sessionCookieName().toUtf8() + QByteArrayLiteral("=; Path=/; HttpOnly; Max-Age=0"));
        return reply;
    }
    if (decision != QStringLiteral("approve"))
        return SandboxReply::html(AuthorizePages::error(QStringLiteral("Unknown decision.")), 400);

    if (request.form.contains(QStringLiteral("username"))) {
        const QString username = request.form.value(QStringLiteral("username"));
        const SandboxUser *user = m_data.signIn(username, request.form.value(QStringLiteral("password")));
        if (!user)
            return signInPage(params, QStringLiteral("Wrong username or password."), username);
        SandboxReply reply = approve(params, user->username, issuer);
        reply.addHeader(QByteArrayLiteral("Set-Cookie"), sessionCookie(m_grants.createSession(user->username)));
        return reply;
    }
    const QString username = sessionUser(request);
    if (username.isEmpty())
        return signInPage(params, QStringLiteral("Your session has ended. Please sign in."), QString());
    return approve(params, username, issuer);
}

SandboxReply AuthorizeEndpoint::approve(const AuthorizeRequest &params, const QString &username, const QString &issuer)
{
    AuthorizationCode code;
    code.clientId = params.clientId;
    code.redirectUri = params.redirectUri;
    code.codeChallenge = params.codeChallenge;
    code.username = username;
    code.expiresAtMs = GrantStore::nowMs() + qint64(kCodeLifetimeSeconds) * 1000;
    FormFields fields;
    fields.add(QStringLiteral("code"), m_grants.createCode(code));
    if (params.hasState)
        fields.add(QStringLiteral("state"), params.state);
    fields.add(QStringLiteral("iss"), issuer);
    qCDebug(lcSandbox) << "authorization approved for sandbox user" << username;
    return SandboxReply::redirect(redirectTo(params.redirectUri, fields));
}

SandboxReply AuthorizeEndpoint::signInPage(const AuthorizeRequest &params, const QString &error,
                                           const QString &username) const
{
    return SandboxReply::html(AuthorizePages::signIn(params, m_options.clientId, error, username));
}

QString AuthorizeEndpoint::sessionUser(const SandboxRequest &request) const
{
    const QString prefix = sessionCookieName() + u'=';
    const QList<QByteArray> cookies = request.cookie.split(';');
    for (const QByteArray &cookie : cookies) {
        const QString trimmed = QString::fromUtf8(cookie.trimmed());
        if (trimmed.startsWith(prefix))
            return m_grants.sessionUser(trimmed.mid(prefix.size()));
    }
    return QString();
}

}  // namespace waveshelf::sandbox
