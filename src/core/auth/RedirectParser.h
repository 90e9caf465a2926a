#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace waveshelf {

// Recognises the browser navigation that carries the authorization answer
// and reads the code out of it. Pure functions, no network.
class RedirectParser final {
    Q_DECLARE_TR_FUNCTIONS(RedirectParser)

public:
    // Exact match on scheme, host, port (default ports resolved), user info
    // and path; query and fragment are ignored. "/callback/" is not "/callback".
    [[nodiscard]] static bool matches(const QUrl &candidate, const QUrl &redirectUri);

    // Reads a redirect that matches(): checks state (constant time) first,
    // then error, then returns the fully decoded code.
    // AccessDenied: error=access_denied. StateMismatch: state missing, wrong,
    // or given twice with different values. Protocol: no code, another
    // error=..., conflicting duplicate code/error, a code in the fragment only.
    [[nodiscard]] static Result<QString> parse(const QUrl &url, const QByteArray &expectedState);
};

}  // namespace waveshelf
