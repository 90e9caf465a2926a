#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// whoami --user NAME: the SoundCloud account the user is connected to, as
// SoundCloud's /me says now.
class WhoamiCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(WhoamiCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("whoami"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QStringList requiredOptions() const override { return {QStringLiteral("--user NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;
};

}  // namespace waveshelf::cli
