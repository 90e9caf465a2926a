#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf {
class PlaylistEditor;
struct Playlist;
}  // namespace waveshelf

class QJsonObject;

namespace waveshelf::cli {

// playlist create|add|remove|rename|delete --user NAME: changes one of the
// connected account's playlists through PlaylistEditor (each write reads the
// playlist fresh and whole first and never drops a track it did not mean to).
//   playlist create TITLE [TRACK_URN…]        a private playlist
//   playlist add PLAYLIST_URN TRACK_URN…      at the end, leaving out what it holds
//   playlist remove PLAYLIST_URN TRACK_URN…   every place each track holds
//   playlist rename PLAYLIST_URN TITLE
//   playlist delete PLAYLIST_URN
// --json prints the playlist as it is afterwards (urn, title, track_count, and
// what changed).
class PlaylistEditCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(PlaylistEditCommand)

public:
    enum class Action {
        Create,
        Add,
        Remove,
        Rename,
        Delete
    };

    explicit PlaylistEditCommand(Action action);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList arguments() const override;
    [[nodiscard]] QString moreArguments() const override;
    [[nodiscard]] QStringList requiredOptions() const override { return {QStringLiteral("--user NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;

private:
    [[nodiscard]] ExitCode create(CommandContext &context, PlaylistEditor &editor, const QStringList &words);
    [[nodiscard]] ExitCode change(CommandContext &context, PlaylistEditor &editor, const QStringList &words);
    [[nodiscard]] ExitCode rename(CommandContext &context, PlaylistEditor &editor, const QStringList &words);
    [[nodiscard]] ExitCode remove(CommandContext &context, PlaylistEditor &editor, const QStringList &words);
    static void print(CommandContext &context, const Playlist &playlist, const QString &text, const QJsonObject &extra);

    Action m_action;
};

}  // namespace waveshelf::cli
