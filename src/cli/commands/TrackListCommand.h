#pragma once

#include "commands/ListingCommand.h"

#include <QCoreApplication>

namespace waveshelf::cli {

// A list of tracks --user NAME: tracks (/me/tracks), likes, stream (the feed),
// recent (recently played), playlist URN (one playlist's tracks).
class TrackListCommand final : public ListingCommand {
    Q_DECLARE_TR_FUNCTIONS(TrackListCommand)

public:
    // argument: how usage names the list's urn ("URN"), or empty when it takes none.
    TrackListCommand(QString name, LibraryList::Kind kind, QString summary, QString argument = QString());

    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] QString summary() const override { return m_summary; }
    [[nodiscard]] QString details() const override;
    [[nodiscard]] QStringList arguments() const override;

protected:
    [[nodiscard]] Result<LibraryList> list(const QCommandLineParser &parser) const override;

private:
    QString m_name;
    LibraryList::Kind m_kind;
    QString m_summary;
    QString m_argument;
};

}  // namespace waveshelf::cli
