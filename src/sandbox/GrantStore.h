#pragma once

#include <QHash>
#include <QString>

namespace waveshelf::sandbox {

// An authorization code waiting to be exchanged.
struct AuthorizationCode {
    QString clientId;
    QString redirectUri;
    QString codeChallenge;
    QString username;
    qint64 expiresAtMs = 0;
    bool used = false;
    int grantId = -1;  // the grant its exchange created
};

// One connection of a user to the app: the token family born from one code exchange.
struct Grant {
    int id = -1;
    QString username;
    QString clientId;
    QString accessToken;   // current
    QString refreshToken;  // current
    bool revoked = false;
};

struct AccessToken {
    int grantId = -1;
    qint64 expiresAtMs = 0;
};

struct RefreshToken {
    int grantId = -1;
    bool used = false;
};

// Codes, grants, tokens and browser sessions of the sandbox. Lives on the server's
// thread; not locked.
class GrantStore final {
public:
    explicit GrantStore(int accessTokenLifetimeSeconds);

    void setAccessTokenLifetime(int seconds);
    [[nodiscard]] int accessTokenLifetime() const { return m_lifetimeSeconds; }

    [[nodiscard]] QString createCode(const AuthorizationCode &code);
    [[nodiscard]] AuthorizationCode *findCode(const QString &code);

    // A new grant with a fresh token pair.
    Grant &createGrant(const QString &username, const QString &clientId);
    // Issues a new token pair for the grant; the old refresh token becomes used.
    void rotate(Grant &grant);
    // Issues a new access token only; the refresh token stays valid (a server that
    // does not rotate refresh tokens).
    void renewAccessToken(Grant &grant);
    void revoke(int grantId);
    void revokeAllOf(const QString &username);
    [[nodiscard]] Grant *grant(int id);
    [[nodiscard]] RefreshToken *findRefreshToken(const QString &token);
    // The grant an access token belongs to, if the token is known, unexpired and its
    // grant not revoked.
    [[nodiscard]] const Grant *grantForAccessToken(const QString &token) const;
    void expireAllAccessTokens();
    // Whether the user's most recent grant has been revoked (false if none).
    [[nodiscard]] bool isLatestGrantRevoked(const QString &username) const;

    [[nodiscard]] QString createSession(const QString &username);
    [[nodiscard]] QString sessionUser(const QString &sessionId) const;

    [[nodiscard]] static QString randomToken(int bytes);
    [[nodiscard]] static qint64 nowMs();

private:
    void issueTokens(Grant &grant);
    void issueAccessToken(Grant &grant);

    int m_lifetimeSeconds;
    int m_nextGrantId = 1;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<int, Grant> m_grants;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, QString> m_sessions;
};

}  // namespace waveshelf::sandbox
