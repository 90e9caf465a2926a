#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// users add NAME: creates a local user, as the app's "Create account" does.
class UsersAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(UsersAddCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("users add"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList arguments() const override { return {QStringLiteral("NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;
};

}  // namespace waveshelf::cli
