#include "commands/TrackListCommand.h"

#include "ListPrinter.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace waveshelf::cli {

TrackListCommand::TrackListCommand(QString name, LibraryList::Kind kind, QString summary, QString argument)
    : m_name(std::move(name))
    , m_kind(kind)
    , m_summary(std::move(summary))
    , m_argument(std::move(argument))
{
}

QString TrackListCommand::details() const
{
    const QString columns = m_kind == LibraryList::Kind::Stream
        ? tr("The table has a title, artist, duration, added (when it reached your stream) and access column.")
        : tr("The table has a title, artist, duration, genre and access column (preview or blocked; empty when "
             "playable).");
    QString about = columns + u' ' + ListPrinter::trackFields();
    if (m_kind == LibraryList::Kind::PlaylistTracks)
        about += u'\n' + tr("URN is a playlist's, as \"playlists --json\" shows it: soundcloud:playlists:123.");
    if (m_kind == LibraryList::Kind::RelatedTracks)
        about += u'\n' + tr("URN is a track's, as \"--json\" lists show it: soundcloud:tracks:123.");
    return about;
}

QStringList TrackListCommand::arguments() const
{
    return m_argument.isEmpty() ? QStringList() : QStringList{m_argument};
}

Result<LibraryList> TrackListCommand::list(const QCommandLineParser &parser) const
{
    if (m_argument.isEmpty())
        return LibraryList::of(m_kind);
    static const QRegularExpression playlistUrn(QStringLiteral("^soundcloud:playlists:[0-9]{1,19}$"));
    static const QRegularExpression trackUrn(QStringLiteral("^soundcloud:tracks:[0-9]{1,19}$"));
    const QString urn = parser.positionalArguments().value(0).trimmed();
    if (m_kind == LibraryList::Kind::RelatedTracks && !trackUrn.match(urn).hasMatch()) {
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not a track's URN; they look like soundcloud:tracks:123.").arg(urn),
                     QStringLiteral("bad track urn")};
    }
    if (m_kind != LibraryList::Kind::RelatedTracks && !playlistUrn.match(urn).hasMatch()) {
        return Error{ErrorKind::InvalidInput,
                     tr("\"%1\" is not a playlist's URN; they look like soundcloud:playlists:123.").arg(urn),
                     QStringLiteral("bad playlist urn")};
    }
    return LibraryList::of(m_kind, urn);
}

}  // namespace waveshelf::cli
