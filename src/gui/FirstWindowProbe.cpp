#include "FirstWindowProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QWindow>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <time.h>
#include <unistd.h>
#endif

namespace waveshelf {

namespace {

// Milliseconds since the kernel started this process (its start time, in
// clock ticks after boot, against the boot-time clock now); -1 if unknown.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime); the fields after the command name ")" start at 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000.0;
#else
    return -1;
#endif
}

qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

}  // namespace

FirstWindowProbe::FirstWindowProbe(QObject *parent)
    : QObject(parent)
{
}

void FirstWindowProbe::installIfRequested()
{
    if (!qEnvironmentVariableIsSet(kEnvironmentVariable))
        return;
    QCoreApplication *app = QCoreApplication::instance();
    app->installEventFilter(new FirstWindowProbe(app));
}

bool FirstWindowProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Expose) {
        auto *window = qobject_cast<QWindow *>(watched);
        if (window && window->isExposed()) {
            m_seen = true;
            // Queued: the widgets paint the exposed window first.
            QMetaObject::invokeMethod(this, &FirstWindowProbe::report, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

void FirstWindowProbe::report()
{
    std::printf("first-window ms=%.1f rss_kib=%lld\n", msSinceProcessStart(), static_cast<long long>(residentKib()));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

}  // namespace waveshelf
