#include "FuzzResponse.h"

namespace waveshelf::fuzz {

QByteArray FuzzResponse::bytes(const uint8_t *data, size_t size)
{
    // A deep copy: the fuzzer's buffer must not be kept past the call.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

FuzzResponse FuzzResponse::parse(const QByteArray &input)
{
    FuzzResponse response;
    const qsizetype newline = input.indexOf('\n');
    const QByteArray header = newline < 0 ? input : input.left(newline);
    response.body = newline < 0 ? QByteArray() : input.mid(newline + 1);

    const qsizetype space = header.indexOf(' ');
    bool ok = false;
    const int status = (space < 0 ? header : header.left(space)).toInt(&ok);
    if (ok)
        response.status = status;
    if (space >= 0)
        response.contentType = header.mid(space + 1);
    return response;
}

QList<FuzzResponse> FuzzResponse::parseAll(const QByteArray &input)
{
    QList<FuzzResponse> responses;
    static const QByteArray separator = QByteArrayLiteral("\n===\n");
    qsizetype from = 0;
    while (true) {
        const qsizetype at = input.indexOf(separator, from);
        responses.append(parse(input.mid(from, at < 0 ? -1 : at - from)));
        if (at < 0)
            break;
        from = at + separator.size();
    }
    return responses;
}

}  // namespace waveshelf::fuzz
