#pragma once

#include <QByteArray>
#include <QString>

namespace waveshelf::sandbox {

// A misbehaviour the sandbox shows on the next request(s) whose path starts with
// pathPrefix ("/oauth/token", "/me/tracks", "/me" also matches "/me/tracks").
// Each matching request uses up one of `count`; faults are tried in the order injected.
// A faulted request still counts in the request counters.
struct Fault {
    enum class Kind {
        // `status` (a standard HTTP code such as 500, 502, 503, 504) with `body`
        // (default: a small SoundCloud-style JSON error) of `contentType`.
        Status,
        // 429. On /oauth/token: {"error":"rate_limit_exceeded"}. Elsewhere, with
        // rateLimitDetails: SoundCloud's {"errors":[{"meta":{…,"reset_time":…}}]} body
        // and x-ratelimit-* headers; without: a plain-text body and no such headers.
        RateLimited,
        // 403 with an HTML page from a CDN, as seen during outages.
        HtmlForbidden,
        // 200 with application/json that is cut off half-way.
        MalformedJson,
        // The normal answer, written delayMs later. The request is processed at once
        // (a slow refresh has already rotated the token when the client gives up), and
        // the delay blocks neither the sandbox nor its other connections. A very long
        // delay works as "never answers".
        Slow,
        // The connection is closed without a single byte of answer. The request is not
        // processed. Note: QNetworkAccessManager silently re-sends a request once or
        // twice after such a close, so use count >= 3 to make a Qt client see the error.
        Drop,
        // 302 to `location`, as is (a stream's CDN redirect to somewhere it should not go).
        Redirect,
    };

    QString pathPrefix;
    QByteArray method;  // "PUT", "GET"...: only requests of that method; empty: any
    Kind kind = Kind::Status;
    int count = 1;
    int status = 503;
    QByteArray body;
    QByteArray contentType;
    bool rateLimitDetails = true;
    int delayMs = 0;
    QByteArray location;

    [[nodiscard]] static Fault withStatus(const QString &pathPrefix, int status, int count = 1);
    [[nodiscard]] static Fault rateLimited(const QString &pathPrefix, bool withDetails = true, int count = 1);
    [[nodiscard]] static Fault htmlForbidden(const QString &pathPrefix, int count = 1);
    [[nodiscard]] static Fault malformedJson(const QString &pathPrefix, int count = 1);
    [[nodiscard]] static Fault slow(const QString &pathPrefix, int delayMs, int count = 1);
    [[nodiscard]] static Fault drop(const QString &pathPrefix, int count = 1);
    [[nodiscard]] static Fault redirect(const QString &pathPrefix, const QByteArray &location, int count = 1);
};

}  // namespace waveshelf::sandbox
