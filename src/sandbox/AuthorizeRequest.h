#pragma once

#include "FormFields.h"

#include <QString>

namespace waveshelf::sandbox {

struct SandboxOptions;

// The OAuth parameters of an authorize request, from the query (GET) or from the
// sign-in form's hidden fields (POST, checked again: hidden fields are not trusted).
struct AuthorizeRequest {
    QString clientId;
    QString redirectUri;
    QString responseType;
    QString codeChallenge;
    QString codeChallengeMethod;
    QString state;
    bool hasState = false;
    QString scope;
    bool hasRepeatedParameters = false;

    struct Problem {
        int status = 0;  // 0: none
        QString message;
    };

    [[nodiscard]] static AuthorizeRequest fromFields(const FormFields &fields);
    [[nodiscard]] Problem validate(const SandboxOptions &options) const;
    // The fields the sign-in form carries along.
    [[nodiscard]] FormFields carriedFields() const;
};

}  // namespace waveshelf::sandbox
