#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace waveshelf {

struct AppConfig;

// What one endpoint said to the check, in plain words.
struct EndpointVerdict {
    enum class Outcome {
        Answers,        // it is there and behaves like SoundCloud's
        RefusesClient,  // it is there, but does not know the client ID (or secret, or redirect URI)
        Fails,          // no answer, a server error, or not the endpoint it should be
    };
    Outcome outcome = Outcome::Fails;
    QString message;  // a sentence naming the endpoint and what it said
};

struct EndpointCheckReport {
    EndpointVerdict authorize;
    EndpointVerdict token;

    [[nodiscard]] bool allAnswer() const
    {
        return authorize.outcome == EndpointVerdict::Outcome::Answers
            && token.outcome == EndpointVerdict::Outcome::Answers;
    }
};

// The "Test" of the first-run guide: do the authorize and token endpoints of a
// configuration answer? Both at once, nothing stored, no secret in a log line.
// - GET the authorize URL with the client ID, redirect URI and a fresh PKCE
//   challenge (redirects not followed): a page or a redirect is an answer; a 400
//   or 401/403, or a redirect back with an error, refuses the client; 404, 5xx
//   and no answer fail.
// - POST the token endpoint with a made-up code: SoundCloud's JSON error
//   invalid_grant is the answer expected, invalid_client refuses the client, a
//   network error, a 5xx or an HTML page fail.
// Each request gives up after kTimeoutMs.
class EndpointCheck final {
    Q_DECLARE_TR_FUNCTIONS(EndpointCheck)

public:
    static constexpr int kTimeoutMs = 10'000;

    // Fails only when the configuration itself cannot be used (InvalidInput, said by ConfigCheck).
    static void run(QNetworkAccessManager &network, const AppConfig &config, QObject *context,
                    std::function<void(Result<EndpointCheckReport>)> done);
};

}  // namespace waveshelf
