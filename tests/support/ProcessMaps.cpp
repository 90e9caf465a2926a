#include "ProcessMaps.h"

#include <QFile>

namespace waveshelf::test {

bool ProcessMaps::contains(const char *name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    return maps.readAll().contains(name);
}

}  // namespace waveshelf::test
