#include "BuiltPath.h"

#include <QtGlobal>

namespace waveshelf::test {

QString BuiltPath::of(const char *variable)
{
    const QString value = qEnvironmentVariable(variable);
    if (value.isEmpty())
        qFatal("%s is not set: run this test through CTest, which sets it (ctest -R <test> -V shows it)", variable);
    return value;
}

}  // namespace waveshelf::test
