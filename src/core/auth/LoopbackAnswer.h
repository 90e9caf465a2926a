#pragma once

#include <QByteArray>
#include <QString>

namespace waveshelf {

// One answer of the loopback receiver to the web browser: a status line and,
// unless it answers a HEAD request, a small self-contained page (no scripts,
// no outside resources, not cached, no referrer).
struct LoopbackAnswer {
    int status = 400;
    QByteArray reason;
    QString title;
    QString heading;
    QString text;
    bool headOnly = false;

    // The whole HTTP/1.1 response, "Connection: close".
    [[nodiscard]] QByteArray toHttpResponse() const;
};

}  // namespace waveshelf
