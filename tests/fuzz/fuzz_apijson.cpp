// ApiJson on arbitrary API answers: parseMe, parseTrackPage, parsePlaylistPage,
// classifyFailure and rateLimitReset.
// Input: "STATUS CONTENT-TYPE\nBODY" (see FuzzResponse.h).
// Checks, beyond "no crash, no sanitizer report":
//  - every failure has a message; 401 means ReconnectNeeded, 429 RateLimited,
//    5xx Unreachable;
//  - a parsed page's next_href is empty or a valid URL;
//  - a rate-limit reset, when found, is a valid UTC time;
//  - no Error text or log line repeats the marker "SECRET" from the body.

#include "FuzzResponse.h"
#include "LogGuard.h"
#include "soundcloud/ApiJson.h"

#include <cstdlib>

using namespace waveshelf;

namespace {

const QByteArray kMarker = QByteArrayLiteral("SECRET");

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkError(const Error &error)
{
    check(!error.message.isEmpty());
    check(!error.message.toUtf8().contains(kMarker));
    check(!error.detail.toUtf8().contains(kMarker));
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

    const Result<SoundCloudAccount> me = ApiJson::parseMe(answer.body);
    if (me.ok())
        check(!me.value().urn.isEmpty());
    else
        checkError(me.error());

    const Result<TrackPage> tracks = ApiJson::parseTrackPage(answer.body);
    if (tracks.ok()) {
        check(tracks.value().nextHref.isEmpty() || tracks.value().nextHref.isValid());
        for (const Track &track : tracks.value().tracks)
            (void)track.isPlayable();
    } else {
        checkError(tracks.error());
    }

    const Result<PlaylistPage> playlists = ApiJson::parsePlaylistPage(answer.body);
    if (playlists.ok())
        check(playlists.value().nextHref.isEmpty() || playlists.value().nextHref.isValid());
    else
        checkError(playlists.error());

    const Error failure = ApiJson::classifyFailure(answer.status, answer.contentType, answer.body);
    checkError(failure);
    if (answer.status == 401)
        check(failure.kind == ErrorKind::ReconnectNeeded);
    if (answer.status == 429)
        check(failure.kind == ErrorKind::RateLimited);
    if (answer.status >= 500)
        check(failure.kind == ErrorKind::Unreachable);

    const QDateTime reset = ApiJson::rateLimitReset(answer.body);
    if (reset.isValid())
        check(reset.timeSpec() == Qt::UTC);
    return 0;
}
