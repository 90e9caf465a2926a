#include "soundcloud/ShareLink.h"

namespace waveshelf {

QString ShareLink::timeText(qint64 positionMs)
{
    const qint64 seconds = qMax<qint64>(0, positionMs) / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds / 60) % 60;
    const QString secondsText = QStringLiteral("%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(secondsText);
    return QStringLiteral("%1:%2").arg(minutes).arg(secondsText);
}

QUrl ShareLink::atTime(const QUrl &permalink, qint64 positionMs)
{
    if (!permalink.isValid() || permalink.isRelative())
        return {};
    QUrl link = permalink;
    link.setFragment(QStringLiteral("t=") + timeText(positionMs));
    return link;
}

}  // namespace waveshelf
