#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// users passwd NAME: changes a local user's password. The vault's data key is
// re-wrapped under the new password, so the SoundCloud connection survives.
class UsersPasswdCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(UsersPasswdCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("users passwd"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList arguments() const override { return {QStringLiteral("NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;
};

}  // namespace waveshelf::cli
