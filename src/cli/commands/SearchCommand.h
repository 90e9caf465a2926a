#pragma once

#include "commands/ListingCommand.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// search --user NAME [--users|--playlists] QUERY: SoundCloud's search
// (/tracks?q=, /users?q=, /playlists?q=), every page or up to --limit.
class SearchCommand final : public ListingCommand {
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("search"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList arguments() const override { return {QStringLiteral("QUERY")}; }

protected:
    void addListOptions(QCommandLineParser &parser) const override;
    [[nodiscard]] Result<LibraryList> list(const QCommandLineParser &parser) const override;
};

}  // namespace waveshelf::cli
