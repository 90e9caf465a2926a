#pragma once

#include "auth/TokenSet.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace waveshelf {

// Reads an answer of the token endpoint, for both the code exchange and a
// refresh. Pure function: the caller does the HTTP.
//
// ReconnectNeeded only for a 4xx that names invalid_grant or invalid_client
// (in any of SoundCloud's forms). Everything else keeps the stored tokens:
// RateLimited for 429; Unreachable for status 0, 5xx, HTML pages and empty
// bodies; Protocol for malformed JSON, a 200 without access_token and other
// OAuth errors. Error::detail holds at most the HTTP status and a known OAuth
// error code, never the body or a token.
class TokenResponseParser final {
    Q_DECLARE_TR_FUNCTIONS(TokenResponseParser)

public:
    [[nodiscard]] static Result<TokenSet> parse(int httpStatus, const QByteArray &contentType, const QByteArray &body,
                                                const QDateTime &receivedAtUtc);
};

}  // namespace waveshelf
