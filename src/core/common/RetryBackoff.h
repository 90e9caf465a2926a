#pragma once

#include "common/Error.h"

#include <QDateTime>

#include <chrono>

namespace waveshelf {

// How long to hold back "Try again" after an error, so nobody hammers a
// rate-limited service: after a 429 until SoundCloud's reset time
// (Error::retryAt), capped at kMaxRetryBackoff, or kRateLimitBackoff when it
// named none; no wait after any other error.
inline constexpr std::chrono::milliseconds kRateLimitBackoff = std::chrono::seconds(30);
inline constexpr std::chrono::milliseconds kMaxRetryBackoff = std::chrono::minutes(15);

[[nodiscard]] std::chrono::milliseconds retryBackoff(const Error &error,
                                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

}  // namespace waveshelf
