// TokenResponseParser on arbitrary answers of the token endpoint.
// Input: "STATUS CONTENT-TYPE\nBODY" (see FuzzResponse.h).
// Checks, beyond "no crash, no sanitizer report":
//  - a token set only from a 200 with a non-empty access token, and an expiry
//    that is unknown or within ten years of the answer;
//  - ReconnectNeeded only for a 4xx (never for a 5xx, 429 or transport failure);
//  - no Error text or log line repeats the marker "SECRET" from the body (token
//    values and descriptions never reach a detail or a log).

#include "FuzzResponse.h"
#include "LogGuard.h"
#include "auth/TokenResponseParser.h"

#include <QDateTime>

#include <cstdlib>

using namespace waveshelf;

namespace {

const QByteArray kMarker = QByteArrayLiteral("SECRET");

void check(bool condition)
{
    if (!condition)
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::LogGuard::install();
    fuzz::LogGuard::forbid({kMarker});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fuzz::FuzzResponse answer = fuzz::FuzzResponse::parse(fuzz::FuzzResponse::bytes(data, size));
    static const QDateTime receivedAt(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);

    const Result<TokenSet> tokens = TokenResponseParser::parse(answer.status, answer.contentType, answer.body,
                                                               receivedAt);
    if (tokens.ok()) {
        check(answer.status == 200);
        check(!tokens.value().accessToken.isEmpty());
        const QDateTime expiry = tokens.value().expiresAt;
        check(!expiry.isValid() || (expiry >= receivedAt && expiry <= receivedAt.addYears(11)));
    } else {
        const Error &error = tokens.error();
        check(!error.message.isEmpty());
        if (error.kind == ErrorKind::ReconnectNeeded)
            check(answer.status >= 400 && answer.status < 500 && answer.status != 429);
        check(!error.message.toUtf8().contains(kMarker));
        check(!error.detail.toUtf8().contains(kMarker));
    }
    // Without a time of receipt the expiry is unknown, never garbage.
    const Result<TokenSet> timeless = TokenResponseParser::parse(answer.status, answer.contentType, answer.body, {});
    if (timeless.ok())
        check(!timeless.value().expiresAt.isValid());
    return 0;
}
