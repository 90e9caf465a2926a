#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// disconnect --user NAME: forgets the user's SoundCloud tokens, as the app's
// "Disconnect" does.
class DisconnectCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(DisconnectCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("disconnect"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList requiredOptions() const override { return {QStringLiteral("--user NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;
};

}  // namespace waveshelf::cli
