#pragma once

#include <QString>
#include <QStringList>

namespace waveshelf::oauth {

// The OAuth error codes we recognise (RFC 6749 sections 4.1.2.1 and 5.2,
// RFC 6750, plus SoundCloud's rate_limit_exceeded).
inline bool isKnownErrorCode(const QString &code)
{
    static const QStringList known{
        QStringLiteral("invalid_request"),        QStringLiteral("invalid_client"),
        QStringLiteral("invalid_grant"),          QStringLiteral("unauthorized_client"),
        QStringLiteral("unsupported_grant_type"), QStringLiteral("invalid_scope"),
        QStringLiteral("access_denied"),          QStringLiteral("unsupported_response_type"),
        QStringLiteral("server_error"),           QStringLiteral("temporarily_unavailable"),
        QStringLiteral("rate_limit_exceeded"),    QStringLiteral("invalid_token"),
        QStringLiteral("insufficient_scope"),
    };
    return known.contains(code);
}

// The error code as it may appear in Error::detail: a server could put
// anything in that field, so only codes we know are echoed.
inline QString errorCodeForDetail(const QString &code)
{
    return isKnownErrorCode(code) ? code : QStringLiteral("(unrecognized)");
}

}  // namespace waveshelf::oauth
