#include "soundcloud/ArtworkUrl.h"

#include <QRegularExpression>

namespace waveshelf {

QUrl ArtworkUrl::sized(const QUrl &url, Size size)
{
    static const QRegularExpression large(QStringLiteral(R"(-large(\.[A-Za-z0-9]+)?$)"));
    QString path = url.path();
    const QRegularExpressionMatch match = large.match(path);
    if (!match.hasMatch())
        return url;
    QString suffix;
    switch (size) {
    case Size::Small:
        suffix = QStringLiteral("-t67x67");
        break;
    case Size::Medium:
        suffix = QStringLiteral("-t300x300");
        break;
    case Size::Large:
        suffix = QStringLiteral("-t500x500");
        break;
    }
    path.replace(match.capturedStart(), match.capturedLength(), suffix + match.captured(1));
    QUrl result = url;
    result.setPath(path);
    return result;
}

ArtworkUrl::Size ArtworkUrl::fitting(int pixels)
{
    if (pixels <= 67)
        return Size::Small;
    if (pixels <= 300)
        return Size::Medium;
    return Size::Large;
}

}  // namespace waveshelf
