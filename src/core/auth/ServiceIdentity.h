#pragma once

#include <QString>

namespace waveshelf {

struct AppConfig;

// The SoundCloud service that issued a connection's tokens, as the
// configuration that connected named it: its token URL, the API's origin
// (scheme://host:port) and the client ID. Tokens go only to the service that
// issued them: ConnectionStore refuses to hand out a connection whose service
// is not the current configuration's.
struct ServiceIdentity {
    QString tokenUrl;
    QString apiOrigin;
    QString clientId;

    // The identity of the service `config` talks to.
    [[nodiscard]] static ServiceIdentity of(const AppConfig &config);
    // host[:port] of the API, for messages ("api.soundcloud.com", "127.0.0.1:8080").
    [[nodiscard]] QString displayHost() const;
    // True when the API runs on this computer (the sandbox, a test double).
    [[nodiscard]] bool isOnThisComputer() const;
    // A connection stored before schema 0007 has none.
    [[nodiscard]] bool isEmpty() const { return tokenUrl.isEmpty() && apiOrigin.isEmpty() && clientId.isEmpty(); }

    [[nodiscard]] bool operator==(const ServiceIdentity &other) const
    {
        return tokenUrl == other.tokenUrl && apiOrigin == other.apiOrigin && clientId == other.clientId;
    }
    [[nodiscard]] bool operator!=(const ServiceIdentity &other) const { return !(*this == other); }
};

}  // namespace waveshelf
