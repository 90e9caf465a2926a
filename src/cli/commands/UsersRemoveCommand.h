#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// users remove NAME: after that user's password, deletes the user, their
// SoundCloud connection (tokens included) and their browser profile folder.
class UsersRemoveCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(UsersRemoveCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("users remove"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList arguments() const override { return {QStringLiteral("NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;
};

}  // namespace waveshelf::cli
