#pragma once

#include "SandboxReply.h"

#include <QString>

namespace waveshelf::sandbox {

class GrantStore;
class SandboxData;
struct AuthorizeRequest;
struct SandboxOptions;
struct SandboxRequest;

// GET /authorize shows the sign-in (or "signed in as") page; POST /authorize signs in,
// approves or denies, and redirects back to the app with a code or an error.
class AuthorizeEndpoint final {
public:
    static constexpr int kCodeLifetimeSeconds = 600;

    AuthorizeEndpoint(const SandboxOptions &options, const SandboxData &data, GrantStore &grants);

    [[nodiscard]] SandboxReply show(const SandboxRequest &request) const;
    [[nodiscard]] SandboxReply submit(const SandboxRequest &request, const QString &issuer);

    [[nodiscard]] static QString sessionCookieName();

private:
    [[nodiscard]] QString sessionUser(const SandboxRequest &request) const;
    [[nodiscard]] SandboxReply signInPage(const AuthorizeRequest &params, const QString &error,
                                          const QString &username) const;
    [[nodiscard]] SandboxReply approve(const AuthorizeRequest &params, const QString &username, const QString &issuer);

    const SandboxOptions &m_options;
    const SandboxData &m_data;
    GrantStore &m_grants;
};

}  // namespace waveshelf::sandbox
