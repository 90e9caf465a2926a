#pragma once

#include "commands/ListingCommand.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// following --user NAME: the people the user follows (/me/followings).
class FollowingCommand final : public ListingCommand {
    Q_DECLARE_TR_FUNCTIONS(FollowingCommand)

public:
    [[nodiscard]] QString name() const override { return QStringLiteral("following"); }
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString details() const override;

protected:
    [[nodiscard]] Result<LibraryList> list(const QCommandLineParser &parser) const override;
};

}  // namespace waveshelf::cli
