#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// playlists --user NAME: the user's playlists and albums (/me/playlists).
class PlaylistsCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PlaylistsCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("playlists"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList requiredOptions() const override { return {QStringLiteral("--user NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;
};

}  // namespace waveshelf::cli
