#include "library/LibraryItemCodec.h"

#include <QDataStream>
#include <QIODevice>

#include <limits>

namespace waveshelf {

namespace {

constexpr quint32 kMagic = 0x57534c43;  // "WSLC"
constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
constexpr auto kStreamVersion = QDataStream::Qt_6_4;

enum class ItemKind : quint8 {
    Track = 1,
    Playlist = 2,
    User = 3,
};

// The stream's field writers and readers: strings as UTF-8, times as ms.
struct Writer {
    QDataStream &out;
    void text(const QString &value) { out << value.toUtf8(); }
    void url(const QUrl &value) { out << value.toEncoded(); }
    void time(const QDateTime &value) { out << (value.isValid() ? value.toMSecsSinceEpoch() : kNoTime); }
};

struct Reader {
    QDataStream &in;
    QString text()
    {
        QByteArray bytes;
        in >> bytes;
        return QString::fromUtf8(bytes);
    }
    QUrl url()
    {
        QByteArray bytes;
        in >> bytes;
        return bytes.isEmpty() ? QUrl() : QUrl::fromEncoded(bytes);
    }
    QDateTime time()
    {
        qint64 ms = kNoTime;
        in >> ms;
        return ms == kNoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }
    template <typename T>
    T number()
    {
        T value{};
        in >> value;
        return value;
    }
};

void write(Writer &w, const Track &t)
{
    w.text(t.urn);
    w.text(t.title);
    w.text(t.artist);
    w.text(t.artistUrn);
    w.out << t.durationMs;
    w.text(t.genre);
    w.text(t.access);
    w.url(t.permalinkUrl);
    w.url(t.artworkUrl);
    w.time(t.createdAt);
    w.time(t.addedAt);
    w.out << t.playbackCount << t.likesCount << t.liked;
}

void read(Reader &r, Track &t)
{
    t.urn = r.text();
    t.title = r.text();
    t.artist = r.text();
    t.artistUrn = r.text();
    t.durationMs = r.number<qint64>();
    t.genre = r.text();
    t.access = r.text();
    t.permalinkUrl = r.url();
    t.artworkUrl = r.url();
    t.createdAt = r.time();
    t.addedAt = r.time();
    t.playbackCount = r.number<qint64>();
    t.likesCount = r.number<qint64>();
    t.liked = r.number<bool>();
}

void write(Writer &w, const Playlist &p)
{
    w.text(p.urn);
    w.text(p.title);
    w.text(p.owner);
    w.text(p.ownerUrn);
    w.out << qint32(p.trackCount) << p.durationMs;
    w.text(p.playlistType);
    w.url(p.permalinkUrl);
    w.url(p.artworkUrl);
    w.time(p.createdAt);
}

void read(Reader &r, Playlist &p)
{
    p.urn = r.text();
    p.title = r.text();
    p.owner = r.text();
    p.ownerUrn = r.text();
    p.trackCount = r.number<qint32>();
    p.durationMs = r.number<qint64>();
    p.playlistType = r.text();
    p.permalinkUrl = r.url();
    p.artworkUrl = r.url();
    p.createdAt = r.time();
}

void write(Writer &w, const SoundCloudUser &u)
{
    w.text(u.urn);
    w.text(u.username);
    w.text(u.fullName);
    w.text(u.city);
    w.url(u.avatarUrl);
    w.url(u.permalinkUrl);
    w.out << qint32(u.trackCount) << qint32(u.playlistCount) << qint32(u.followersCount);
}

void read(Reader &r, SoundCloudUser &u)
{
    u.urn = r.text();
    u.username = r.text();
    u.fullName = r.text();
    u.city = r.text();
    u.avatarUrl = r.url();
    u.permalinkUrl = r.url();
    u.trackCount = r.number<qint32>();
    u.playlistCount = r.number<qint32>();
    u.followersCount = r.number<qint32>();
}

template <typename Item>
QByteArray encodeAll(ItemKind kind, const QList<Item> &items)
{
    QByteArray bytes;
    bytes.reserve(items.size() * 256);
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kMagic << LibraryItemCodec::kFormatVersion << quint8(kind) << quint32(items.size());
    Writer writer{out};
    for (const Item &item : items)
        write(writer, item);
    return bytes;
}

Error unreadable(const char *why)
{
    return Error{ErrorKind::Protocol, QString(), QStringLiteral("cached chunk unreadable: %1").arg(QLatin1String(why))};
}

template <typename Item>
Result<void> decodeAll(ItemKind kind, const QByteArray &bytes, QList<Item> &items)
{
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint32 magic = 0;
    quint8 version = 0;
    quint8 storedKind = 0;
    quint32 count = 0;
    in >> magic >> version >> storedKind >> count;
    if (in.status() != QDataStream::Ok || magic != kMagic)
        return unreadable("not a chunk");
    if (version != LibraryItemCodec::kFormatVersion)
        return unreadable("another format version");
    if (storedKind != quint8(kind))
        return unreadable("another kind of item");
    if (qsizetype(count) > bytes.size())  // every item takes at least a byte
        return unreadable("count too large");
    items.reserve(items.size() + qsizetype(count));
    Reader reader{in};
    for (quint32 i = 0; i < count; ++i) {
        Item item;
        read(reader, item);
        if (in.status() != QDataStream::Ok)
            return unreadable("truncated");
        items.append(std::move(item));
    }
    if (!in.atEnd())
        return unreadable("trailing bytes");
    return {};
}

}  // namespace

QByteArray LibraryItemCodec::encode(const QList<Track> &items)
{
    return encodeAll(ItemKind::Track, items);
}

QByteArray LibraryItemCodec::encode(const QList<Playlist> &items)
{
    return encodeAll(ItemKind::Playlist, items);
}

QByteArray LibraryItemCodec::encode(const QList<SoundCloudUser> &items)
{
    return encodeAll(ItemKind::User, items);
}

Result<void> LibraryItemCodec::decodeInto(const QByteArray &bytes, QList<Track> &out)
{
    return decodeAll(ItemKind::Track, bytes, out);
}

Result<void> LibraryItemCodec::decodeInto(const QByteArray &bytes, QList<Playlist> &out)
{
    return decodeAll(ItemKind::Playlist, bytes, out);
}

Result<void> LibraryItemCodec::decodeInto(const QByteArray &bytes, QList<SoundCloudUser> &out)
{
    return decodeAll(ItemKind::User, bytes, out);
}

}  // namespace waveshelf
