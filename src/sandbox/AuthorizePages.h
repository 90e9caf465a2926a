#pragma once

#include <QString>

namespace waveshelf::sandbox {

struct AuthorizeRequest;

// The HTML of the sandbox's sign-in flow. Every value is HTML-escaped.
class AuthorizePages final {
public:
    // Username and password form (ids "username", "password") with "approve"/"deny".
    [[nodiscard]] static QString signIn(const AuthorizeRequest &request, const QString &appName, const QString &error,
                                        const QString &username);
    // The browser already has a session: "Signed in as <name>", approve/deny only.
    [[nodiscard]] static QString signedIn(const AuthorizeRequest &request, const QString &appName,
                                          const QString &username, const QString &fullName);
    [[nodiscard]] static QString error(const QString &message);
};

}  // namespace waveshelf::sandbox
