#include "auth/LoopbackAnswer.h"

#include <QLocale>

namespace waveshelf {

namespace {

QByteArray renderPage(const QString &title, const QString &heading, const QString &text)
{
    static const QString kTemplate = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        "<title>%2</title><style>"
        "body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;"
        "font-family:system-ui,-apple-system,'Segoe UI',sans-serif;background:#f4f4f6;color:#222}"
        "main{background:#fff;max-width:30em;margin:1em;padding:2em 2.5em;border-radius:12px;"
        "box-shadow:0 2px 12px rgba(0,0,0,.08);text-align:center}"
        "h1{font-size:1.3em;margin:0 0 .6em}p{margin:0;line-height:1.5;color:#444}"
        "</style></head><body><main><h1>%3</h1><p>%4</p></main></body></html>\n");
    return kTemplate
        .arg(QLocale().bcp47Name().toHtmlEscaped(), title.toHtmlEscaped(), heading.toHtmlEscaped(),
             text.toHtmlEscaped())
        .toUtf8();
}

}  // namespace

QByteArray LoopbackAnswer::toHttpResponse() const
{
    const QByteArray body = renderPage(title, heading, text);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Content-Length: "
        + QByteArray::number(body.size())
        + "\r\n"
          "Cache-Control: no-store\r\n"
          "Referrer-Policy: no-referrer\r\n"
          "X-Content-Type-Options: nosniff\r\n"
          "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'\r\n";
    if (status == 405)
        response += "Allow: GET\r\n";
    response += "Connection: close\r\n\r\n";
    if (!headOnly)
        response += body;
    return response;
}

}  // namespace waveshelf
