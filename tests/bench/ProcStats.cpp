#include "ProcStats.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace waveshelf::bench {

namespace {

QString procPath(qint64 pid, const QString &file)
{
    const QString who = pid == 0 ? QStringLiteral("self") : QString::number(pid);
    return QStringLiteral("/proc/") + who + QLatin1Char('/') + file;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The number after "key:" in a /proc status file, or -1.
qint64 statusField(const QByteArray &status, const QByteArray &key)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

}  // namespace

qint64 ProcStats::residentKib(qint64 pid)
{
    return statusField(readAll(procPath(pid, QStringLiteral("status"))), "VmRSS:");
}

double ProcStats::cpuMs(qint64 pid)
{
    const QByteArray stat = readAll(procPath(pid, QStringLiteral("stat")));
    // utime and stime are fields 14 and 15; those after the command's ")" start at 3.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

qint64 ProcStats::contextSwitches(qint64 pid)
{
    const QDir tasks(procPath(pid, QStringLiteral("task")));
    qint64 total = 0;
    const QStringList threads = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &thread : threads) {
        const QByteArray status = readAll(tasks.filePath(thread + QStringLiteral("/status")));
        total += qMax<qint64>(0, statusField(status, "voluntary_ctxt_switches:"))
            + qMax<qint64>(0, statusField(status, "nonvoluntary_ctxt_switches:"));
    }
    return threads.isEmpty() ? -1 : total;
}

bool ProcStats::maps(const char *name, qint64 pid)
{
    return readAll(procPath(pid, QStringLiteral("maps"))).contains(name);
}

}  // namespace waveshelf::bench
