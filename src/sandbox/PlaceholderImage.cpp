#include "PlaceholderImage.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtEndian>

#include <array>

namespace waveshelf::sandbox {

namespace {

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> result{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1u) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            result[n] = c;
        }
        return result;
    }();
    quint32 crc = 0xffffffffu;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<quint8>(byte)) & 0xffu] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const char *type, const QByteArray &payload)
{
    const QByteArray typed = QByteArray(type) + payload;
    return bigEndian(static_cast<quint32>(payload.size())) + typed + bigEndian(crc32(typed));
}

QPair<int, int> sizeFor(const QString &name)
{
    static const QRegularExpression explicitSize(QStringLiteral("-t(\\d{2,3})x(\\d{2,3})"));
    const QRegularExpressionMatch match = explicitSize.match(name);
    if (match.hasMatch())
        return {match.captured(1).toInt(), match.captured(2).toInt()};
    if (name.startsWith(QStringLiteral("waveform")))
        return {600, 100};
    if (name.contains(QStringLiteral("-small")))
        return {32, 32};
    if (name.contains(QStringLiteral("-crop")) || name.contains(QStringLiteral("-original")))
        return {400, 400};
    return {100, 100};
}

}  // namespace

QByteArray PlaceholderImage::encodePng(int width, int height, const QByteArray &rgb)
{
    QByteArray raw;
    raw.reserve(qsizetype(width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0');  // filter: none
        raw.append(rgb.mid(qsizetype(y) * width * 3, qsizetype(width) * 3));
    }
    QByteArray header = bigEndian(static_cast<quint32>(width)) + bigEndian(static_cast<quint32>(height));
    header.append(char(8));                            // bit depth
    header.append(char(2));                            // colour type: RGB
    header.append(3, '\0');                            // compression, filter, interlace
    const QByteArray zlib = qCompress(raw, 6).mid(4);  // drop Qt's length prefix
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + chunk("IHDR", header) + chunk("IDAT", zlib)
        + chunk("IEND", QByteArray());
}

QByteArray PlaceholderImage::png(const QString &name)
{
    const auto [width, height] = sizeFor(name);
    const QByteArray digest = QCryptographicHash::hash(name.section(u'-', 0, 1).toUtf8(), QCryptographicHash::Sha1);
    const int r = static_cast<quint8>(digest[0]);
    const int g = static_cast<quint8>(digest[1]);
    const int b = static_cast<quint8>(digest[2]);
    QByteArray rgb;
    rgb.resize(qsizetype(width) * height * 3);
    char *out = rgb.data();
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int shade = 60 + (140 * (x + y)) / (width + height);
            *out++ = static_cast<char>((r * shade) / 200);
            *out++ = static_cast<char>((g * shade) / 200);
            *out++ = static_cast<char>((b * shade) / 200);
        }
    }
    return encodePng(width, height, rgb);
}

}  // namespace waveshelf::sandbox
