#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// connect --browser --user NAME: connects a local user to SoundCloud through
// the system web browser (RFC 8252) with the app's ConnectController: its
// browser opener prints the authorize URL; the controller receives the answer
// on the loopback redirect URI and completes the connection (state, PKCE code
// exchange, /me, tokens sealed with the user's vault). --replace answers the
// different-account question. Before a first connection it names the
// signed-in SoundCloud account and asks y/N at the terminal (the address went
// through a browser other local users may have finished); --yes accepts
// without asking. Without a terminal and without --yes it refuses up front.
class ConnectCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)

public:
    static constexpr int kDefaultTimeoutSeconds = 300;

    [[nodiscard]] QString name() const override { return QStringLiteral("connect"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList requiredOptions() const override
    {
        return {QStringLiteral("--browser"), QStringLiteral("--user NAME")};
    }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;
};

}  // namespace waveshelf::cli
