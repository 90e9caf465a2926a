#pragma once

#include "TestDataDir.h"
#include "accounts/UserSession.h"
#include "common/Error.h"
#include "config/AppConfig.h"
#include "soundcloud/SoundCloudAccount.h"

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace waveshelf {
class ApiClient;
class AppCore;
class ConnectionStore;
class Database;
class TokenClient;
class TokenSession;
class UserContext;
namespace sandbox {
class SandboxHost;
}
}  // namespace waveshelf

namespace waveshelf::test {

// A local user with a real SQLite database and vault, and the user's context
// (AppCore::createUserContext, as the app builds it) pointed at an in-process
// sandbox: what a logged-in session has.
class ConnectedUserFixture final {
public:
    // `kdfLimits`: the local user's Argon2id cost (tests: interactive, fast;
    // the benchmark: what the app uses).
    explicit ConnectedUserFixture(sandbox::SandboxHost &sandbox, const QString &localName = QStringLiteral("dana"),
                                  KdfLimits kdfLimits = KdfLimits::interactive());
    ~ConnectedUserFixture();

    // Runs the whole connect flow over HTTP for a sandbox account; true when stored.
    [[nodiscard]] bool connectAs(const QString &sandboxUser, const QString &sandboxPassword);

    // What one /me request through the user's ApiClient came back with.
    struct MeOutcome {
        bool answered = false;
        std::optional<SoundCloudAccount> account;
        std::optional<Error> error;
    };
    void fetchMe(QObject *context, MeOutcome &outcome);
    // Marks the stored access token expired (locally), as if an hour had passed.
    [[nodiscard]] bool expireLocally();

    // The local user's Waveshelf password.
    [[nodiscard]] static QString localPassword() { return QStringLiteral("correct horse battery"); }
    [[nodiscard]] const AppConfig &config() const { return m_config; }
    [[nodiscard]] AppCore &core() { return *m_core; }
    [[nodiscard]] QNetworkAccessManager &network();
    [[nodiscard]] Database &database();
    [[nodiscard]] const UserSession &session() const { return m_session; }
    [[nodiscard]] UserContext &context() { return *m_user; }
    [[nodiscard]] ConnectionStore &store();
    [[nodiscard]] TokenClient &tokenClient();
    [[nodiscard]] TokenSession &tokenSession();
    [[nodiscard]] ApiClient &api();

private:
    TestDataDir m_dir;
    AppConfig m_config;
    std::unique_ptr<AppCore> m_core;
    UserSession m_session;
    // After the core: destroyed first, as the app logs out before it closes.
    std::unique_ptr<UserContext> m_user;
};

}  // namespace waveshelf::test
