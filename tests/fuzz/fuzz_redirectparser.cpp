// RedirectParser on arbitrary redirect URLs.
// Input: the expected state on the first line, the URL the browser reached after it.
// Checks, beyond "no crash, no sanitizer report":
//  - a URL always matches itself (RedirectParser::matches is reflexive);
//  - an accepted code is 1*VSCHAR and only comes with the expected, non-empty state;
//  - neither Error::detail nor any log line repeats the marker "SECRET" from the URL
//    (no part of the answer leaks into a detail or a log).

#include "FuzzResponse.h"
#include "LogGuard.h"
#include "auth/RedirectParser.h"

#include <QUrl>
#include <QUrlQuery>

#include <cstdlib>

using namespace waveshelf;

namespace {

const QByteArray kMarker = QByteArrayLiteral("SECRET");

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void parseOne(const QUrl &url, const QByteArray &state)
{
    static const QUrl redirectUri(QStringLiteral("http://127.0.0.1:8765/callback"));
    (void)RedirectParser::matches(url, redirectUri);
    (void)RedirectParser::matches(redirectUri, url);
    if (url.isValid() && !url.isRelative())
        check(RedirectParser::matches(url, url));

    const Result<QString> code = RedirectParser::parse(url, state);
    if (code.ok()) {
        check(!state.isEmpty());
        check(!code.value().isEmpty());
        for (const QChar c : code.value())
            check(c.unicode() >= 0x20 && c.unicode() <= 0x7E);
    } else {
        check(!code.error().message.isEmpty());
        check(!code.error().detail.toUtf8().contains(kMarker));
    }
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
    const QByteArray input = fuzz::FuzzResponse::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray state = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray rawUrl = newline < 0 ? input : input.mid(newline + 1);

    // As a browser engine hands it over (decoded text), and as raw bytes off the wire.
    parseOne(QUrl(QString::fromUtf8(rawUrl)), state);
    parseOne(QUrl::fromEncoded(rawUrl), state);
    parseOne(QUrl(QString::fromUtf8(rawUrl), QUrl::StrictMode), state);
    // The first line as a redirect URI to match against.
    (void)RedirectParser::matches(QUrl::fromEncoded(rawUrl), QUrl(QString::fromUtf8(state)));
    return 0;
}
