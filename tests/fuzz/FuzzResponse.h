#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace waveshelf::fuzz {

// An HTTP answer made of fuzzer bytes, in a shape a person can write a seed in:
//
//   STATUS CONTENT-TYPE\n
//   BODY
//
// e.g. "400 application/json\n{\"error\":\"invalid_grant\"}". A first line
// without a number gives status 200; no newline gives an empty body.
// parseAll() reads several answers separated by lines "===" (one per page).
struct FuzzResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;

    [[nodiscard]] static QByteArray bytes(const uint8_t *data, size_t size);
    [[nodiscard]] static FuzzResponse parse(const QByteArray &input);
    [[nodiscard]] static QList<FuzzResponse> parseAll(const QByteArray &input);
};

}  // namespace waveshelf::fuzz
