#include "PlayerState.h"

#include "library/LibraryItemCodec.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace waveshelf {

namespace {

constexpr quint32 kMagic = 0x57535053;  // "WSPS"

Error unreadable(const char *why)
{
    return Error{ErrorKind::Protocol,
                 QCoreApplication::translate("PlayerState", "The saved queue could not be read; it starts empty."),
                 QString::fromLatin1(why)};
}

}  // namespace

QByteArray PlayerState::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kFormatVersion << qint32(currentIndex) << positionMs << double(volume) << muted << shuffle
        << qint32(repeat) << LibraryItemCodec::encode(tracks);
    return bytes;
}

Result<PlayerState> PlayerState::decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint8 version = 0;
    in >> magic >> version;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return unreadable("not a player state");
    if (version != kFormatVersion)
        return unreadable("another format version");
    PlayerState state;
    qint32 index = -1;
    qint32 repeat = 0;
    double volume = 1.0;
    QByteArray chunk;
    in >> index >> state.positionMs >> volume >> state.muted >> state.shuffle >> repeat >> chunk;
    if (in.status() != QDataStream::Ok)
        return unreadable("truncated player state");
    const Result<void> decoded = LibraryItemCodec::decodeInto(chunk, state.tracks);
    if (!decoded.ok())
        return decoded.error();
    state.currentIndex = index >= 0 && index < state.tracks.size() ? index : (state.tracks.isEmpty() ? -1 : 0);
    state.positionMs = qMax<qint64>(0, state.positionMs);
    state.volume = float(qBound(0.0, volume, 1.0));
    state.repeat = qBound(0, int(repeat), 2);
    return state;
}

}  // namespace waveshelf
