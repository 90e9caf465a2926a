#pragma once

#include "commands/Command.h"
#include "common/Result.h"
#include "soundcloud/LibraryList.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// What every library listing (tracks, likes, stream, playlists, following,
// search...) shares: --user, --password-stdin, --json and --limit; the list
// it names is walked with the core's pager from ApiClient::firstPage, every
// page or up to --limit items, and printed by ListPrinter.
class ListingCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ListingCommand)

public:
    [[nodiscard]] QStringList requiredOptions() const override { return {QStringLiteral("--user NAME")}; }
    [[nodiscard]] bool readsPasswords() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] ExitCode run(CommandContext &context) override;

protected:
    // Options beyond the shared ones.
    virtual void addListOptions(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    // The list the command line names; InvalidInput (a usage error, before any
    // password is asked for) when it names none.
    [[nodiscard]] virtual Result<LibraryList> list(const QCommandLineParser &parser) const = 0;
};

}  // namespace waveshelf::cli
