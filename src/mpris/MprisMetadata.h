#pragma once

#include <QDBusObjectPath>
#include <QVariantMap>

namespace waveshelf {

struct Track;

// The MPRIS 2 track metadata (a{sv}) of a Track, and its mpris:trackid.
class MprisMetadata final {
public:
    // What mpris:trackid says when nothing is current (the MPRIS 2 spec's NoTrack).
    [[nodiscard]] static QDBusObjectPath noTrack();
    // A valid D-Bus object path derived from the urn, one per urn: every byte
    // outside [A-Za-z0-9] is written as "_" and two hex digits
    // ("soundcloud:tracks:7" -> "/io/github/waveshelf/Waveshelf/Track/soundcloud_3atracks_3a7").
    [[nodiscard]] static QDBusObjectPath trackId(const QString &urn);
    // mpris:trackid, mpris:length (µs, when known), mpris:artUrl (the 500x500
    // artwork), xesam:title, xesam:artist (a list), xesam:url (the permalink).
    [[nodiscard]] static QVariantMap of(const Track &track, qint64 durationMs);
    // Only mpris:trackid = NoTrack.
    [[nodiscard]] static QVariantMap empty();
};

}  // namespace waveshelf
