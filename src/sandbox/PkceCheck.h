#pragma once

#include <QString>

namespace waveshelf::sandbox {

// RFC 7636 checks as the sandbox's authorization server does them (S256 only).
class PkceCheck final {
public:
    // 43–128 characters of [A-Za-z0-9-._~].
    [[nodiscard]] static bool isValidVerifier(const QString &verifier);
    // BASE64URL-NOPAD(SHA256(ASCII(verifier))): always 43 characters.
    [[nodiscard]] static QString challengeFor(const QString &verifier);
    // 43 characters of the base64url alphabet, as every S256 challenge is.
    [[nodiscard]] static bool isWellFormedChallenge(const QString &challenge);
};

}  // namespace waveshelf::sandbox
