#pragma once

#include "common/Result.h"
#include "network/HttpReply.h"

#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace waveshelf {

class TokenSession;

// One GET to SoundCloud's API with "Authorization: OAuth <token>" that does NOT follow
// a redirect (the answer, a 302 included, is handed back as it is). A 401 refreshes the
// token through the TokenSession and replays once. A URL outside the API's scheme, host
// and port is refused before anything is sent: the token never leaves for another server.
class AuthorizedGet final {
    Q_DECLARE_TR_FUNCTIONS(AuthorizedGet)

public:
    using Done = std::function<void(Result<HttpReply>)>;

    static void run(QNetworkAccessManager &network, TokenSession &tokens, const QUrl &apiBase, const QUrl &url,
                    QObject *context, Done done);

    [[nodiscard]] static bool isApiUrl(const QUrl &apiBase, const QUrl &url);
};

}  // namespace waveshelf
