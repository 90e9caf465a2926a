#pragma once

#include "config/ConfigProblem.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace waveshelf {

// The one rule for settings values, used by ConfigLoader (settings file and
// environment) and the settings dialog alike. Endpoints carry tokens and the
// client secret, so they must be https, or plain http only to this computer
// (127.0.0.0/8, ::1, localhost), with a server name and without a user name or
// password in them; the redirect URI has no "#" part; a client ID has no spaces.
// A database URL is empty (SQLite) or postgresql://user@host[:port]/database
// with plain driver options as the query, and never a password.
class ConfigCheck final {
    Q_DECLARE_TR_FUNCTIONS(ConfigCheck)

public:
    // An endpoint as typed or read: trimmed and parsed strictly (empty stays empty).
    [[nodiscard]] static QUrl endpointUrl(const QString &text);
    // Nothing when `url` may be used for `field`; else which rule it breaks, in plain words.
    [[nodiscard]] static std::optional<ConfigProblem> endpoint(ConfigField field, const QUrl &url);
    [[nodiscard]] static std::optional<ConfigProblem> clientId(const QString &trimmedClientId);
    [[nodiscard]] static std::optional<ConfigProblem> databaseUrl(const QString &trimmedUrl);

    // The host names this computer: localhost or a loopback address.
    [[nodiscard]] static bool isThisComputer(const QString &host);
    // The field's name as the settings dialog labels it ("Token URL").
    [[nodiscard]] static QString fieldName(ConfigField field);
};

}  // namespace waveshelf
