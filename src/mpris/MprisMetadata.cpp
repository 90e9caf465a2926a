#include "MprisMetadata.h"

#include "network/RemoteUrl.h"
#include "soundcloud/ArtworkUrl.h"
#include "soundcloud/Track.h"

namespace waveshelf {

QDBusObjectPath MprisMetadata::noTrack()
{
    return QDBusObjectPath(QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack"));
}

QDBusObjectPath MprisMetadata::trackId(const QString &urn)
{
    QString path = QStringLiteral("/io/github/waveshelf/Waveshelf/Track/");
    const QByteArray bytes = urn.toUtf8();
    if (bytes.isEmpty())
        path += QLatin1Char('_');  // an element may not be empty
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            path += QLatin1Char(byte);
        else
            path += QStringLiteral("_%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    return QDBusObjectPath(path);
}

QVariantMap MprisMetadata::of(const Track &track, qint64 durationMs)
{
    QVariantMap map;
    map.insert(QStringLiteral("mpris:trackid"), QVariant::fromValue(trackId(track.urn)));
    if (durationMs > 0)
        map.insert(QStringLiteral("mpris:length"), qlonglong(durationMs) * 1000);
    if (!track.artworkUrl.isEmpty() && RemoteUrl::isAcceptable(track.artworkUrl)) {
        // Other programs fetch it: never a local file or a plain-http host elsewhere.
        const QUrl art = ArtworkUrl::sized(track.artworkUrl, ArtworkUrl::Size::Large);
        map.insert(QStringLiteral("mpris:artUrl"), art.toString(QUrl::FullyEncoded));
    }
    if (!track.title.isEmpty())
        map.insert(QStringLiteral("xesam:title"), track.title);
    if (!track.artist.isEmpty())
        map.insert(QStringLiteral("xesam:artist"), QStringList{track.artist});
    if (!track.permalinkUrl.isEmpty())
        map.insert(QStringLiteral("xesam:url"), track.permalinkUrl.toString(QUrl::FullyEncoded));
    return map;
}

QVariantMap MprisMetadata::empty()
{
    return {{QStringLiteral("mpris:trackid"), QVariant::fromValue(noTrack())}};
}

}  // namespace waveshelf
