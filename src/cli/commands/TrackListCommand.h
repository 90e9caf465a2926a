#pragma once

#include "commands/Command.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// tracks / likes --user NAME: one of the user's track lists (/me/tracks,
// /me/likes/tracks), every page, as a table or as JSON.
class TrackListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(TrackListCommand)

public:
    // name: "tracks" or "likes"; apiPath: e.g. "/me/tracks".
    TrackListCommand(QString name, QString apiPath, QString summary);

    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] QString summary() const override { return m_summary; }
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList requiredOptions() const override { return {QStringLiteral("--user NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;

private:
    QString m_name;
    QString m_apiPath;
    QString m_summary;
};

}  // namespace waveshelf::cli
