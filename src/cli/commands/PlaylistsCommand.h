#pragma once

#include "commands/ListingCommand.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// playlists --user NAME [--liked]: the user's playlists and albums
// (/me/playlists), or the ones they liked (/me/likes/playlists).
class PlaylistsCommand final : public ListingCommand {
    Q_DECLARE_TR_FUNCTIONS(PlaylistsCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("playlists"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;

protected:
    void addListOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] Result<LibraryList> list(const QCommandLineParser &parser) const override;
};

}  // namespace waveshelf::cli
