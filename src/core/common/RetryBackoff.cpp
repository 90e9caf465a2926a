#include "common/RetryBackoff.h"

#include <algorithm>

namespace waveshelf {

std::chrono::milliseconds retryBackoff(const Error &error, const QDateTime &now)
{
    if (error.kind != ErrorKind::RateLimited)
        return std::chrono::milliseconds(0);
    if (!error.retryAt.isValid() || error.retryAt <= now)
        return kRateLimitBackoff;
    return std::min(std::chrono::milliseconds(now.msecsTo(error.retryAt)), kMaxRetryBackoff);
}

}  // namespace waveshelf
