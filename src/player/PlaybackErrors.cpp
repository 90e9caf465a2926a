#include "PlaybackErrors.h"

#include "soundcloud/Track.h"

#include <QRegularExpression>

namespace waveshelf {

QString PlaybackErrors::quoted(const Track &track)
{
    return track.title.isEmpty() ? track.urn : track.title;
}

Error PlaybackErrors::blocked(const Track &track)
{
    return Error{ErrorKind::AccessDenied,
                 tr("“%1” is blocked on SoundCloud where you are, so it cannot be played.").arg(quoted(track)),
                 QStringLiteral("access blocked")};
}

Error PlaybackErrors::fromTokenFailure(const Error &cause)
{
    if (cause.kind != ErrorKind::NotFound)
        return cause;
    return Error{ErrorKind::ReconnectNeeded, tr("Connect to SoundCloud first: this account is not connected."),
                 QStringLiteral("no SoundCloud connection (%1)").arg(cause.detail)};
}

QString PlaybackErrors::withoutQueries(QString text)
{
    static const QRegularExpression query(QStringLiteral("\\?[^\\s,]*"));
    return text.replace(query, QStringLiteral("?…"));
}

}  // namespace waveshelf
