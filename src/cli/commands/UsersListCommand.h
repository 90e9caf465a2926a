#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// users list: every local user and the SoundCloud account each connected,
// read without unlocking anything (no password, no token shown).
class UsersListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(UsersListCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("users list"); }
    [[nodiscard]] QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;
};

}  // namespace waveshelf::cli
