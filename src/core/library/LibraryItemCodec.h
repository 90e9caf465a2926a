#pragma once

#include "common/Result.h"
#include "soundcloud/Playlist.h"
#include "soundcloud/SoundCloudUser.h"
#include "soundcloud/Track.h"

#include <QByteArray>
#include <QList>

namespace waveshelf {

// The compact, versioned binary form of a chunk of list items, as the offline
// cache seals it: QDataStream (Qt 6.4 format), a header (magic "WSLC", format
// version, item kind, count), then each item's fields in a fixed order;
// strings and URLs as UTF-8, times as ms since the epoch (UTC; a sentinel for
// none). A chunk of another kind or format version does not decode.
class LibraryItemCodec final {
public:
    LibraryItemCodec() = delete;

    static constexpr quint8 kFormatVersion = 1;

    [[nodiscard]] static QByteArray encode(const QList<Track> &items);
    [[nodiscard]] static QByteArray encode(const QList<Playlist> &items);
    [[nodiscard]] static QByteArray encode(const QList<SoundCloudUser> &items);

    // Appends the chunk's items to `out`. Protocol error if `bytes` is not a
    // chunk of this kind and version (`out` may then hold part of it).
    [[nodiscard]] static Result<void> decodeInto(const QByteArray &bytes, QList<Track> &out);
    [[nodiscard]] static Result<void> decodeInto(const QByteArray &bytes, QList<Playlist> &out);
    [[nodiscard]] static Result<void> decodeInto(const QByteArray &bytes, QList<SoundCloudUser> &out);
};

}  // namespace waveshelf
