#pragma once

#include "accounts/UserSession.h"
#include "common/Result.h"
#include "soundcloud/SoundCloudAccount.h"

#include <QCoreApplication>

#include <memory>

namespace waveshelf {
class AppCore;
class UserContext;
}  // namespace waveshelf

namespace waveshelf::cli {

struct CommandContext;

// Logs a local user in the way the app's login page does (AccountService:
// Argon2id verify, vault unlock, the same refusal for an unknown user and a
// wrong password) and builds the user's UserContext.
class SessionOpener final {
    Q_DECLARE_TR_FUNCTIONS(SessionOpener)

public:
    // Through the core's AccountService, so with the configuration's
    // key-derivation limits, as the app.
    [[nodiscard]] static Result<UserSession> logIn(AppCore &core, const QString &username, const QString &password);
    // The user named by --user, with the password asked for at the terminal
    // or read with --password-stdin.
    [[nodiscard]] static Result<UserSession> logInFromCommandLine(CommandContext &context);
    [[nodiscard]] static std::unique_ptr<UserContext> contextFor(const UserSession &session, AppCore &core);
    // The SoundCloud account the user connected; ReconnectNeeded (exit 3) if none.
    [[nodiscard]] static Result<SoundCloudAccount> requireConnection(const UserContext &context);

    // What a listing command (tracks, likes, playlists) starts with: --limit read,
    // the user logged in and known to be connected, and the page size to ask for.
    struct Listing {
        std::unique_ptr<UserContext> user;
        int limit = 0;  // 0: everything
        int pageSize = 0;
    };
    [[nodiscard]] static Result<Listing> openForListing(CommandContext &context);
};

}  // namespace waveshelf::cli
