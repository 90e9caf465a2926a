#pragma once

#include <QDateTime>
#include <QString>

namespace waveshelf {

// What the token endpoint hands out. expiresAt is absolute, in UTC
// (invalid when the server sent no expires_in). refreshToken may be empty
// when a refresh answer carried none: the caller then keeps the old one.
struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;
    QString scope;

    // True when the access token is expired or will be within `margin` seconds.
    [[nodiscard]] bool expiresWithin(const QDateTime &nowUtc, qint64 marginSeconds) const
    {
        return expiresAt.isValid() && nowUtc.secsTo(expiresAt) <= marginSeconds;
    }
};

}  // namespace waveshelf
