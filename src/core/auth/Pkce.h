#pragma once

#include <QByteArray>

namespace waveshelf {

// Proof Key for Code Exchange (RFC 7636), S256 only, plus the OAuth `state`.
// Every random value comes from libsodium's CSPRNG.
class Pkce final {
public:
    // 64 characters of [A-Za-z0-9-._~], each drawn uniformly (no modulo bias).
    [[nodiscard]] static QByteArray generateVerifier();
    // BASE64URL-NOPAD(SHA256(verifier)): what goes into code_challenge.
    [[nodiscard]] static QByteArray challengeFor(const QByteArray &verifier);
    // 256 random bits, base64url without padding (43 characters).
    [[nodiscard]] static QByteArray generateState();
    // 43..128 characters, all of them from the unreserved set above.
    [[nodiscard]] static bool isValidVerifier(const QByteArray &v);
};

}  // namespace waveshelf
