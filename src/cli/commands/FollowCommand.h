#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// follow|unfollow --user NAME USER_URN: follows or stops following a person on
// SoundCloud (FollowClient). --json prints {"urn", "following"}.
class FollowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(FollowCommand)

public:
    explicit FollowCommand(bool follow);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList arguments() const override { return {QStringLiteral("USER_URN")}; }
    [[nodiscard]] QStringList requiredOptions() const override { return {QStringLiteral("--user NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;

private:
    bool m_follow;
};

}  // namespace waveshelf::cli
