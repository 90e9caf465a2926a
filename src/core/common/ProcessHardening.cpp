#include "common/ProcessHardening.h"

#include "common/LogCategories.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <sys/resource.h>

#include <cerrno>
#include <cstring>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace waveshelf {

namespace {

#ifdef Q_OS_UNIX
Error hardeningError(const char *what)
{
    return Error{
        ErrorKind::InvalidInput,
        QCoreApplication::translate("ProcessHardening", "Waveshelf could not protect its memory from core dumps."),
        QStringLiteral("%1 failed: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)))};
}
#endif

}  // namespace

Result<void> ProcessHardening::apply()
{
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        const Error error = hardeningError("setrlimit(RLIMIT_CORE, 0)");
        qCWarning(lcConfig) << error.detail;
        return error;
    }
#endif
#ifdef Q_OS_LINUX
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        const Error error = hardeningError("prctl(PR_SET_DUMPABLE, 0)");
        qCWarning(lcConfig) << error.detail;
        return error;
    }
#endif
    return {};
}

}  // namespace waveshelf
